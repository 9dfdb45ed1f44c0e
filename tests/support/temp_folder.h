// An empty folder of the system's temporary folder for one test, named after the test program's
// process so that programs running side by side (ctest -j) never share one.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace cs::testing {

// <tmp>/coinstudio-<purpose>-<pid>-<name>, emptied (whatever an earlier run left is removed) and created.
inline std::filesystem::path freshTempFolder(std::string_view purpose, std::string_view name) {
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() /
        ("coinstudio-" + std::string(purpose) + "-" + std::to_string(::getpid()) + "-" + std::string(name));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

// The same, named after the test running now (a fixture's SetUp).
inline std::filesystem::path freshTempFolderForThisTest(std::string_view purpose) {
    return freshTempFolder(purpose, ::testing::UnitTest::GetInstance()->current_test_info()->name());
}

} // namespace cs::testing
