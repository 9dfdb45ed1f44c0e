// Learner data files: keys, exact Unicode round trips, caps, damaged files and backups, setting aside.
#include "core/file_io.h"
#include "core/user_data/learner_data.h"
#include "core/user_data/recent_files.h"
#include "core/user_data/settings.h"
#include "file_bytes.h"
#include "status_checks.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace cs {
namespace {

using testing::slurp;
using testing::writeRaw;

namespace fs = std::filesystem;

class UserDataLearnerFileTest : public ::testing::Test {
  protected:
    void SetUp() override {
        root_ = testing::freshTempFolderForThisTest("learner");
        data_ = root_ / "data" / "coinstudio";
    }
    void TearDown() override {
        setWriteFaultHookForTesting({});
        fs::remove_all(root_);
    }

    fs::path root_;
    fs::path data_;
};

Scenario scenarioWithId(std::string id) {
    Scenario s;
    s.id = std::move(id);
    s.languages = {"en", "fr"};
    s.title.byLang = {{"en", "The coin model"}, {"fr", "Le modèle de la pièce"}};
    return s;
}

// Texts a learner may write: French accents, Cree syllabics, emoji, and everything TOML must escape.
const std::vector<std::string>& unusualTexts() {
    static const std::vector<std::string> texts{
        "Ça m’a fait réfléchir à l’été où j’ai déménagé à Montréal — « privilèges » non mérités.",
        "ᓀᐦᐃᔭᐍᐏᐣ (nêhiyawêwin) ᑕᓂᓯ",
        "emoji: 🪙🙂👩🏽‍⚕️ and a flag 🇨🇦",
        "two\nlines\n\nand a blank one\n",
        "\nstarts with a line break",
        "windows\r\nline ends\r\n",
        "quotes \" and \"\"\" and ''' and a trailing backslash \\",
        "tabs\tand\tcontrol \x01\x1f\x7f characters",
        "ends with quotes \"\"",
        "\"\"\"",
        "a # not a comment = not a key\n[[reflection]]\nstep = 99",
    };
    return texts;
}

std::size_t countCodePointsOf(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

LearnerData richData() {
    LearnerData d;
    d.scenarioId = "coin-intro";
    d.scenarioTitle = "Le modèle de la pièce — ᐊᒋᒧᐃᐧᐣ";
    d.scenarioFile = "/home/learner/Cours/pièce \"v2\".toml";
    // Titles and prompts kept beside the entries are the scenario's words: they may be as odd as the learner's.
    for (std::size_t i = 0; i < unusualTexts().size(); ++i) {
        d.reflections["text:" + std::to_string(i)] =
            LearnerReflection{unusualTexts()[i], int(i) * 2 + 1, unusualTexts()[(i + 1) % unusualTexts().size()],
                              unusualTexts()[(i + 2) % unusualTexts().size()]};
    }
    d.answers["id:first"] = LearnerAnswer{2, 2, "Où est le problème?", "Que dit la pièce?", "Dans la structure"};
    d.answers["id:second"] = LearnerAnswer{1, 0, {}, {}, {}};
    // Not mapped onto step keys yet (read from a format-1 file in save-nothing mode): kept by number.
    d.indexedReflections = {{3, "numbered ᓀᐦᐃᔭᐍᐏᐣ"}};
    d.indexedAnswers = {{9, 4}};
    d.lastStep = 7;
    d.updatedAt = 1'795'000'000;
    return d;
}

TEST_F(UserDataLearnerFileTest, KeysComeFromTheIdAloneSoMovingTheFileKeepsTheData) {
    fs::create_directories(root_ / "a");
    fs::create_directories(root_ / "b");
    writeRaw(root_ / "a" / "s.toml", "format = 1\n");
    writeRaw(root_ / "b" / "s.toml", "format = 1\n");
    fs::create_symlink(root_ / "a", root_ / "link");
    const Scenario s = scenarioWithId("coin-intro");

    const ScenarioIdentity a = identifyScenario(s, root_ / "a" / "s.toml", "fr");
    EXPECT_TRUE(isValidLearnerKey(a.key)) << a.key;
    EXPECT_EQ(a.key, "s-coin-intro");
    EXPECT_EQ(a.id, "coin-intro");
    EXPECT_EQ(a.title, "Le modèle de la pièce");
    EXPECT_EQ(a.language, "fr");
    EXPECT_EQ(a.file, fs::canonical(root_ / "a" / "s.toml").string());
    // Another path, a copy elsewhere, a file that does not exist (yet): the same data.
    EXPECT_EQ(identifyScenario(s, root_ / "link" / "s.toml", "en").key, a.key);
    EXPECT_EQ(identifyScenario(s, root_ / "b" / "s.toml", "en").key, a.key);
    EXPECT_EQ(identifyScenario(s, "/somewhere/else/renamed.toml", "en").key, a.key);
    // Another id: other data.
    EXPECT_NE(identifyScenario(scenarioWithId("coin-intro-2"), root_ / "a" / "s.toml", "en").key, a.key);
    // The former key goes along, for data of the first format to be brought over.
    EXPECT_EQ(a.formerKeys, std::vector<std::string>{formerLearnerKey(s, root_ / "a" / "s.toml")});
    // Ids that are not ids cannot become file names.
    EXPECT_EQ(identifyScenario(scenarioWithId("../../etc/passwd"), root_ / "a" / "s.toml", "en").key, "s-scenario");
    EXPECT_EQ(identifyBuiltInScenario(s, "fr-CA").key, "builtin-coin-intro");
    EXPECT_EQ(identifyBuiltInScenario(s, "fr-CA").title, "Le modèle de la pièce");
    EXPECT_EQ(identifyBuiltInScenario(s, "fr-CA").file, "");
    EXPECT_TRUE(identifyBuiltInScenario(s, "fr-CA").formerKeys.empty()) << "built-ins kept their key";
}

TEST_F(UserDataLearnerFileTest, TheFormerKeyCameFromTheIdAndTheCanonicalPath) {
    fs::create_directories(root_ / "a");
    fs::create_directories(root_ / "b");
    writeRaw(root_ / "a" / "s.toml", "format = 1\n");
    writeRaw(root_ / "b" / "s.toml", "format = 1\n");
    fs::create_symlink(root_ / "a", root_ / "link");
    const Scenario s = scenarioWithId("coin-intro");

    const std::string a = formerLearnerKey(s, root_ / "a" / "s.toml");
    EXPECT_TRUE(isValidLearnerKey(a)) << a;
    EXPECT_EQ(a.rfind("coin-intro-", 0), 0u) << a;
    EXPECT_EQ(a.size(), std::string("coin-intro-").size() + 16);
    // The same file through a symlink or "..": the same key. Another file with the same id: another key.
    EXPECT_EQ(formerLearnerKey(s, root_ / "link" / "s.toml"), a);
    EXPECT_EQ(formerLearnerKey(s, root_ / "b" / ".." / "a" / "s.toml"), a);
    EXPECT_NE(formerLearnerKey(s, root_ / "b" / "s.toml"), a);
    // Stable across runs: FNV-1a of the path, not std::hash.
    EXPECT_EQ(
        formerLearnerKey(s, "/courses/nursing/coin.toml"), "coin-intro-" + [] {
            std::uint64_t h = 0xcbf29ce484222325ull;
            for (char c : std::string("/courses/nursing/coin.toml")) {
                h ^= static_cast<unsigned char>(c);
                h *= 0x100000001b3ull;
            }
            char buf[17];
            std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
            return std::string(buf);
        }());
    EXPECT_EQ(formerLearnerKey(scenarioWithId("../../etc/passwd"), root_ / "a" / "s.toml").rfind("scenario-", 0), 0u);
}

TEST_F(UserDataLearnerFileTest, KeysNeverNameAPathOutsideTheFolder) {
    for (const char* bad : {"", "..", "../x", "a/b", "a.b", "a b", "é", "a\\b", "k.toml"})
        EXPECT_FALSE(isValidLearnerKey(bad)) << bad;
    EXPECT_FALSE(isValidLearnerKey(std::string(101, 'a')));
    EXPECT_TRUE(isValidLearnerKey("builtin-coin_intro-0123456789abcdef"));
    EXPECT_FALSE(saveLearnerData(data_, "../escape", richData()).ok());
    EXPECT_FALSE(fs::exists(data_ / "escape.toml"));
    EXPECT_FALSE(fs::exists(root_ / "data" / "escape.toml"));
    EXPECT_NE(loadLearnerData(data_, "../escape").notice, "");
}

TEST_F(UserDataLearnerFileTest, UnicodeAndOddTextRoundTripExactly) {
    const LearnerData d = richData();
    const LearnerDataLoad fromText = readLearnerToml(writeLearnerToml(d), "x.toml");
    EXPECT_EQ(fromText.notice, "");
    EXPECT_EQ(fromText.data, d);

    ASSERT_OK(saveLearnerData(data_, "coin-intro-0123456789abcdef", d));
    const LearnerDataLoad fromDisk = loadLearnerData(data_, "coin-intro-0123456789abcdef");
    EXPECT_EQ(fromDisk.notice, "");
    EXPECT_FALSE(fromDisk.fileUnusable);
    ASSERT_EQ(fromDisk.data, d);
    for (std::size_t i = 0; i < unusualTexts().size(); ++i)
        EXPECT_EQ(fromDisk.data.reflections.at("text:" + std::to_string(i)).text, unusualTexts()[i]) << i;
}

TEST_F(UserDataLearnerFileTest, TheFileNamesEachStepByItsKeyAndSaysWhatTheStepWas) {
    LearnerData d;
    d.scenarioId = "coin-intro";
    d.reflections["id:first"] = LearnerReflection{"first step", 1, "The coin", "What do you notice?"};
    d.answers["text:00112233aabbccdd"] =
        LearnerAnswer{3, 3, "Where is it?", "Where does the model look?", "At the coin"};
    d.lastStep = 4;
    d.updatedAt = 0;
    const std::string text = writeLearnerToml(d);
    EXPECT_NE(text.find("format = 2\n"), std::string::npos) << text;
    EXPECT_NE(text.find("[[reflection]]\nstep_key = \"id:first\"\nstep = 1\nstep_title = \"The coin\"\n"
                        "prompt = \"What do you notice?\"\ntext = \"first step\""),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("[[answer]]\nstep_key = \"text:00112233aabbccdd\"\nstep = 3\nstep_title = \"Where is it?\"\n"
                        "prompt = \"Where does the model look?\"\nchoice = 3\nchoice_text = \"At the coin\"\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("last_step = 5"), std::string::npos) << text;
    EXPECT_EQ(text.find("updated"), std::string::npos) << "no date when never changed";
    EXPECT_NE(text.find("never written into the scenario file"), std::string::npos) << text;
    d.updatedAt = 1'795'000'000;
    EXPECT_NE(writeLearnerToml(d).find("updated = 2026-11-18T"), std::string::npos) << writeLearnerToml(d);
}

TEST_F(UserDataLearnerFileTest, DateTimesWithOffsetsAreReadAsUtc) {
    const LearnerDataLoad load = readLearnerToml("updated = 2026-01-31T10:30:00+01:00\n", "x");
    EXPECT_EQ(load.notice, "");
    const LearnerDataLoad utc = readLearnerToml("updated = 2026-01-31T09:30:00Z\n", "x");
    EXPECT_EQ(load.data.updatedAt, utc.data.updatedAt);
    EXPECT_EQ(utc.data.updatedAt, 1'769'851'800);
}

TEST_F(UserDataLearnerFileTest, ReflectionsAreCappedAndMadeValidUtf8) {
    std::string longText;
    for (int i = 0; i < 7000; ++i)
        longText += "ᓀé🪙"; // 3 code points of 3, 2 and 4 bytes
    const std::string file = "[[reflection]]\nstep = 2\ntext = \"" + longText + "\"\n";
    const LearnerDataLoad load = readLearnerToml(file, "x");
    ASSERT_EQ(load.data.indexedReflections.count(1), 1u);
    const std::string& kept = load.data.indexedReflections.at(1);
    EXPECT_EQ(countCodePointsOf(kept), kMaxReflectionCodePoints);
    EXPECT_EQ(kept.size(), std::size_t(20'000 / 3) * 9 + 3 + 2); // 6666 whole triples, then "ᓀ" and "é"
    EXPECT_TRUE(longText.starts_with(kept));
    EXPECT_NE(load.notice.find("longer than 20000 characters"), std::string::npos) << load.notice.substr(0, 300);
}

TEST_F(UserDataLearnerFileTest, EntriesThatCannotBeUsedAreSkippedAndTheRestKept) {
    const LearnerDataLoad load = readLearnerToml("format = 1\n"
                                                 "scenario_id = \"coin-intro\"\n"
                                                 "last_step = 0\n"
                                                 "colour = \"red\"\n"
                                                 "[[answer]]\nstep = 2\nchoice = 1\n"
                                                 "[[answer]]\nstep = 2\nchoice = 3\n"
                                                 "[[answer]]\nstep = \"two\"\nchoice = 1\n"
                                                 "[[answer]]\nstep = 4\n"
                                                 "[[reflection]]\nstep = 3\ntext = \"kept\"\n"
                                                 "[[reflection]]\nstep = 3\ntext = \"second\"\n"
                                                 "[[reflection]]\nstep = 5\ntext = 12\n"
                                                 "[[reflection]]\nstep = -1\ntext = \"no\"\n"
                                                 "[[reflection]]\nstep = 6\ntext = \"\"\n",
                                                 "/d/learners/k.toml");
    EXPECT_EQ(load.data.scenarioId, "coin-intro");
    EXPECT_FALSE(load.data.lastStep);
    EXPECT_EQ(load.data.indexedAnswers, (std::map<int, int>{{1, 1}}));
    EXPECT_EQ(load.data.indexedReflections, (std::map<int, std::string>{{2, "kept"}}));
    EXPECT_TRUE(load.data.answers.empty());
    EXPECT_TRUE(load.data.reflections.empty());
    EXPECT_FALSE(load.fileUnusable);
    for (const char* part : {"/d/learners/k.toml", "line 3: `last_step`", "'colour'", "a second answer to step 2",
                             "`step` must be a step number", "needs `choice`", "a second reflection on step 3",
                             "needs `text`, a string, found a whole number", "Everything else was read"}) {
        EXPECT_NE(load.notice.find(part), std::string::npos) << part << "\n" << load.notice;
    }
}

TEST_F(UserDataLearnerFileTest, AMissingFileIsEmptyWithoutANotice) {
    const LearnerDataLoad load = loadLearnerData(data_, "coin-intro-0123456789abcdef");
    EXPECT_TRUE(load.data.empty());
    EXPECT_EQ(load.notice, "");
    EXPECT_FALSE(load.fileUnusable);
    EXPECT_FALSE(fs::exists(data_));
}

TEST_F(UserDataLearnerFileTest, ADamagedFileIsEmptyWithANoticeAndNeverCrashes) {
    const std::string key = "coin-intro-0123456789abcdef";
    for (const std::string& bytes :
         {std::string("[[reflection]]\nstep = 1\ntext = \"unterminated\n"), std::string("\0\0\0\0", 4),
          std::string("text = \"\xE2\x28\xA1\"\n"), std::string("[&"), std::string("a = {&"), std::string(300, '{'),
          std::string("a.b.c.d.e.f.g = 1\n")}) {
        writeRaw(learnerFilePath(data_, key), bytes);
        const LearnerDataLoad load = loadLearnerData(data_, key);
        EXPECT_TRUE(load.data.empty());
        EXPECT_TRUE(load.fileUnusable);
        EXPECT_NE(load.notice.find("could not be read"), std::string::npos) << load.notice;
        EXPECT_NE(load.notice.find(".unreadable"), std::string::npos) << load.notice;
    }
    writeRaw(learnerFilePath(data_, key), std::string(kMaxLearnerFileBytes + 1, ' '));
    EXPECT_NE(loadLearnerData(data_, key).notice.find("larger than the 16 MiB"), std::string::npos);
}

TEST_F(UserDataLearnerFileTest, ADamagedFileFallsBackToItsBackupButADeletedOneStaysDeleted) {
    const std::string key = "k";
    LearnerData first;
    first.reflections["id:a"].text = "first version";
    LearnerData second = first;
    second.reflections["id:b"].text = "second version";
    ASSERT_OK(saveLearnerData(data_, key, first));
    ASSERT_OK(saveLearnerData(data_, key, second)); // .bak = first
    writeRaw(learnerFilePath(data_, key), "[[reflection\n");
    const LearnerDataLoad load = loadLearnerData(data_, key);
    EXPECT_EQ(load.data, first);
    EXPECT_TRUE(load.fileUnusable);
    EXPECT_NE(load.notice.find("previous version"), std::string::npos) << load.notice;

    // A learner who deletes the file by hand does not get it back from the backup.
    fs::remove(learnerFilePath(data_, key));
    EXPECT_TRUE(loadLearnerData(data_, key).data.empty());
    EXPECT_EQ(loadLearnerData(data_, key).notice, "");
}

TEST_F(UserDataLearnerFileTest, SavingOverAnUnreadableFileSetsItAsideFirst) {
    const std::string key = "k";
    writeRaw(learnerFilePath(data_, key), "precious but damaged [[");
    LearnerData d;
    d.reflections["id:a"].text = "new";
    ASSERT_OK(saveLearnerData(data_, key, d, /*setAsideUnusable=*/true));
    EXPECT_EQ(slurp(fs::path(learnerFilePath(data_, key)) += ".unreadable"), "precious but damaged [[");
    EXPECT_EQ(loadLearnerData(data_, key).data, d);
}

TEST_F(UserDataLearnerFileTest, TheDataFoldersAreOwnerOnly) {
    ASSERT_OK(saveLearnerData(data_, "k", richData()));
    EXPECT_EQ(fs::status(data_).permissions() & fs::perms::all, fs::perms::owner_all);
    EXPECT_EQ(fs::status(learnersFolder(data_)).permissions() & fs::perms::all, fs::perms::owner_all);
}

TEST_F(UserDataLearnerFileTest, AFailedSaveKeepsTheOldFileAndSaysWhatToDo) {
    ASSERT_OK(saveLearnerData(data_, "k", richData()));
    const std::string before = slurp(learnerFilePath(data_, "k"));
    LearnerData changed = richData();
    changed.reflections["text:0"].text = "changed";
    for (WriteStage stage : {WriteStage::OpenTemp, WriteStage::Write, WriteStage::Sync, WriteStage::Rename}) {
        setWriteFaultHookForTesting([stage](WriteStage s) { return s == stage; });
        const std::string error = saveLearnerData(data_, "k", changed).text();
        EXPECT_NE(error.find("could not be saved"), std::string::npos) << error;
        EXPECT_NE(error.find("export them"), std::string::npos) << error;
        EXPECT_EQ(slurp(learnerFilePath(data_, "k")), before);
    }
}

TEST_F(UserDataLearnerFileTest, DataTooLargeForOneFileIsRefusedNotTruncated) {
    LearnerData d;
    std::string longest; // the longest reflection there can be: 20,000 code points of 4 bytes each
    for (std::size_t i = 0; i < kMaxReflectionCodePoints; ++i)
        longest += "🪙";
    ASSERT_EQ(longest.size(), kMaxReflectionBytes);
    for (int step = 0; step < 250; ++step)
        d.reflections["id:s" + std::to_string(step)].text = longest;
    const std::string error = saveLearnerData(data_, "k", d).text();
    EXPECT_NE(error.find("too long to save"), std::string::npos) << error;
    EXPECT_FALSE(fs::exists(learnerFilePath(data_, "k")));
}

TEST_F(UserDataLearnerFileTest, DeletingRemovesTheFileItsBackupAndLeftovers) {
    ASSERT_OK(saveLearnerData(data_, "k", richData()));
    ASSERT_OK(saveLearnerData(data_, "k", richData()));
    writeRaw(learnersFolder(data_) / ".k.toml.tmp-123", "left by a crash");
    writeRaw(learnersFolder(data_) / "k.toml.unreadable", "set aside");
    writeRaw(learnersFolder(data_) / "other.toml", "another scenario");
    EXPECT_OK(deleteLearnerFiles(data_, "k"));
    EXPECT_FALSE(fs::exists(learnerFilePath(data_, "k")));
    EXPECT_FALSE(fs::exists(fs::path(learnerFilePath(data_, "k")) += ".bak"));
    EXPECT_FALSE(fs::exists(learnersFolder(data_) / ".k.toml.tmp-123"));
    EXPECT_FALSE(fs::exists(learnersFolder(data_) / "k.toml.unreadable"));
    EXPECT_TRUE(fs::exists(learnersFolder(data_) / "other.toml"));
    EXPECT_OK(deleteLearnerFiles(data_, "k")) << "deleting what is not there is fine";
}

TEST_F(UserDataLearnerFileTest, RandomDamageToAnyOfOurFilesNeverCrashes) {
    // Bytes flipped, dropped, duplicated and cut at random (fixed seed: the same cases every run). Under the
    // asan preset this also proves no undefined behaviour inside toml++ on such input.
    RecentFiles recent;
    recent.noteOpened("/courses/a.toml");
    Settings settings;
    settings.language = "fr";
    const std::vector<std::string> originals{writeLearnerToml(richData()), writeSettingsToml(settings),
                                             writeRecentFilesToml(recent)};
    std::mt19937 random(20261123);
    for (int round = 0; round < 1500; ++round) {
        std::string text = originals[std::size_t(round) % originals.size()];
        const int edits = 1 + int(random() % 6);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = random() % text.size();
            switch (random() % 4) {
            case 0: text[at] = char(random() % 256); break;
            case 1: text.erase(at, 1 + random() % 8); break;
            case 2: text.insert(at, text.substr(at, 1 + random() % 16)); break;
            case 3: text.resize(at); break;
            }
        }
        const LearnerDataLoad learner = readLearnerToml(text, "x");
        for (const auto& [key, reflection] : learner.data.reflections) {
            ASSERT_FALSE(key.empty());
            ASSERT_FALSE(reflection.text.empty());
        }
        for (const auto& [step, reflection] : learner.data.indexedReflections) {
            ASSERT_GE(step, 0);
            ASSERT_FALSE(reflection.empty());
        }
        const SettingsLoad loaded = readSettingsToml(text, "x");
        ASSERT_GE(loaded.settings.textScale, Settings::kMinTextScale);
        ASSERT_LE(loaded.settings.textScale, Settings::kMaxTextScale);
        ASSERT_LE(readRecentFilesToml(text, "x", [](const fs::path&) { return true; }).recent.files().size(),
                  kMaxRecentFiles);
    }
}

TEST_F(UserDataLearnerFileTest, ResumeIsOfferedOnlyPastTheFirstStepAndInsideTheScenario) {
    LearnerData d;
    EXPECT_FALSE(resumeStepOf(d, 10));
    d.lastStep = 0;
    EXPECT_FALSE(resumeStepOf(d, 10));
    d.lastStep = 4;
    EXPECT_EQ(resumeStepOf(d, 10), 4);
    EXPECT_FALSE(resumeStepOf(d, 4)) << "the scenario was shortened since";
}

} // namespace
} // namespace cs
