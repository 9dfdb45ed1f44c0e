// The editor's files on their own (no window): a host made of an AppState and a list of what was asked
// of it stands in for Studio.
#include "scenario_text.h"
#include "status_checks.h"
#include "temp_folder.h"

#include "app/editor_files.h"
#include "core/editor/scenario_files.h"
#include "core/file_io.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace cs {
namespace {

namespace fs = std::filesystem;

class RecordingHost final : public EditorFiles::Host {
  public:
    AppState appState = makeStartState(testing::builtInLibrary());
    EditorFiles* files = nullptr;
    std::vector<fs::path> saved;
    std::vector<std::string> notices;

    const AppState& state() const override { return appState; }
    void apply(const Command& command) override {
        if (!files->applyEffect(command)) applyCommand(appState, command);
    }
    void update(const Command& command) override { applyCommand(appState, command); }
    bool openScenarioFile(const fs::path&) override { return false; }
    void closeScenario() override { applyCommand(appState, cmd::CloseScenario{}); }
    void notice(const std::string& text) override { notices.push_back(text); }
    const ScenarioDocument* document() const override { return nullptr; }
    bool isBuiltIn(const fs::path&) const override { return false; }
    bool savingNothing() const override { return false; }
    void savedFromEditor(const fs::path& file, const Scenario&) override { saved.push_back(file); }
};

std::string contentsOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class EditorFilesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = testing::freshTempFolder("editorfiles", ::testing::UnitTest::GetInstance()->current_test_info()->name());
        host_.files = &files_;
        files_.setAutosaveFolder(dir_ / "autosave");
        host_.apply(cmd::OpenEditor{}); // nothing open: a new scenario from the template, saved nowhere
        ASSERT_TRUE(host_.appState.editor.open);
        ASSERT_TRUE(host_.appState.editor.file.empty());
    }
    void TearDown() override { fs::remove_all(dir_); }

    void retitle(const std::string& title) {
        host_.apply(cmd::EditScenario{edit::SetText{FieldRef{Part::Scenario, 0, Field::Title, -1, "en", ""}, title}});
    }

    fs::path dir_;
    RecordingHost host_;
    EditorFiles files_{host_, COINSTUDIO_SOURCE_DIR, testing::builtInLibrary()};
};

TEST_F(EditorFilesTest, SaveAsWritesTheScenarioIntoTheFolderAndItBecomesTheOpenFile) {
    retitle("Nursing week 3");
    ASSERT_TRUE(host_.appState.editor.dirty());
    host_.apply(cmd::SaveScenarioAs{(dir_ / "course").string()});
    const fs::path file = dir_ / "course" / scenarioFileName(host_.appState.editor.scenario);
    ASSERT_TRUE(fs::exists(file));
    EXPECT_NE(contentsOf(file).find("Nursing week 3"), std::string::npos);
    EXPECT_EQ(host_.saved, std::vector<fs::path>{file});
    EXPECT_EQ(fs::path(host_.appState.editor.file), file);
    EXPECT_FALSE(host_.appState.editor.dirty());
}

TEST_F(EditorFilesTest, SaveAsNeverReplacesAFileThatIsAlreadyThere) {
    const fs::path folder = dir_ / "shared";
    fs::create_directories(folder);
    const fs::path theirs = folder / scenarioFileName(host_.appState.editor.scenario);
    ASSERT_OK(writeFileAtomic(theirs, std::string_view("# someone else's scenario\n")));
    retitle("Mine");
    host_.apply(cmd::SaveScenarioAs{folder.string()});
    EXPECT_EQ(contentsOf(theirs), "# someone else's scenario\n");
    EXPECT_TRUE(host_.saved.empty());
    EXPECT_TRUE(host_.appState.editor.statusIsError);
    EXPECT_NE(host_.appState.editor.status.find(theirs.string()), std::string::npos) << host_.appState.editor.status;
    EXPECT_TRUE(host_.appState.editor.dirty()) << "the edit stays in memory";
}

TEST_F(EditorFilesTest, ASaveTheDiskDidNotConfirmIsNotCountedAsDoneAndSaysSaveAgain) {
    retitle("Unconfirmed");
    setWriteFaultErrorHookForTesting([](WriteStage s) { return s == WriteStage::SyncFolder ? EIO : 0; });
    host_.apply(cmd::SaveScenarioAs{(dir_ / "course").string()});
    setWriteFaultHookForTesting({});
    const EditorState& e = host_.appState.editor;
    EXPECT_TRUE(e.statusIsError);
    EXPECT_TRUE(e.status.starts_with("Saved, but not safely:")) << e.status;
    EXPECT_NE(e.status.find("Save again to be sure"), std::string::npos) << e.status;
    EXPECT_EQ(e.status.find("Not saved"), std::string::npos) << "the file is there: " << e.status;
    EXPECT_TRUE(e.dirty()) << "the edit stays unsaved until a save is confirmed";

    // The file is there: Save writes it again (Save as would refuse to replace it).
    const fs::path file = dir_ / "course" / scenarioFileName(e.scenario);
    EXPECT_EQ(fs::path(e.file), file);
    host_.apply(cmd::SaveScenario{});
    EXPECT_FALSE(e.statusIsError) << e.status;
    EXPECT_FALSE(e.dirty());
    EXPECT_NE(contentsOf(file).find("Unconfirmed"), std::string::npos);
}

TEST_F(EditorFilesTest, ADiskFullSaveSaysToMakeRoomAndKeepsTheEdit) {
    retitle("Too big for the disk");
    setWriteFaultErrorHookForTesting([](WriteStage s) { return s == WriteStage::Write ? ENOSPC : 0; });
    host_.apply(cmd::SaveScenarioAs{(dir_ / "course").string()});
    setWriteFaultHookForTesting({});
    const EditorState& e = host_.appState.editor;
    EXPECT_TRUE(e.status.starts_with("Not saved:")) << e.status;
    EXPECT_NE(e.status.find("make room on the disk"), std::string::npos) << e.status;
    EXPECT_TRUE(e.dirty());
    EXPECT_TRUE(host_.saved.empty());
}

TEST_F(EditorFilesTest, UnsavedEditsAreCopiedAsideUntilTheyAreSaved) {
    const auto copies = [&] {
        std::size_t n = 0;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir_ / "autosave", ec))
            n += e.path().extension() == ".toml";
        return n;
    };
    retitle("Draft one");
    files_.autosaveNow();
    EXPECT_EQ(copies(), 1u);
    host_.apply(cmd::SaveScenarioAs{(dir_ / "course").string()});
    ASSERT_EQ(host_.saved.size(), 1u);
    EXPECT_EQ(copies(), 0u) << "saved: no copy is kept";
}

} // namespace
} // namespace cs
