// The running app around a scenario file: open, hot reload keeping the step, a broken save keeps the
// last good version on show with its problems listed, an invalid file opens with its problems.
#include "gl_test_support.h"
#include "status_checks.h"
#include "temp_folder.h"

#include "app/studio.h"
#include "core/file_io.h"
#include "core/image.h"
#include "core/scenario/parser.h"
#include "core/scenario/structure_library.h"
#include "render/render_target.h"

#include <epoxy/gl.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr const char* kScenario = R"(format = 1
id = "reload-test"
title = "Reload test"
[[step]]
title = "First"
text = "One."
coins = ["racism"]
[[step]]
title = "Second"
text = "Two."
[[step]]
title = "Third"
text = "Three."
)";

class StudioGLTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = testing::freshTempFolderForThisTest("studio");
        file_ = dir_ / "lesson.toml";
        std::string error;
        StudioDesc desc;
        desc.dataDir = COINSTUDIO_SOURCE_DIR;
        studio_ = Studio::create(testing::sharedWindow(), std::move(desc), error);
        ASSERT_TRUE(studio_) << error;
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Writes the file and moves its time stamp on, as an editor's save would.
    void save(const std::string& text) {
        ASSERT_OK(writeFileAtomic(file_, std::string_view(text)));
        fs::last_write_time(file_, fs::file_time_type::clock::now() + std::chrono::seconds(++saves_));
    }

    fs::path dir_, file_;
    std::unique_ptr<Studio> studio_;
    int saves_ = 0;
};

TEST_F(StudioGLTest, OpensAFileAtItsFirstStep) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    const AppState& s = studio_->state();
    EXPECT_EQ(s.step, 0);
    EXPECT_EQ(s.tr(s.currentStep()->title), "First");
    ASSERT_EQ(s.coins.size(), 1u);
    EXPECT_EQ(s.coins[0].structureId, "racism");
    EXPECT_TRUE(s.problems.empty());
    studio_->drawFrame(); // and it draws
}

TEST_F(StudioGLTest, AnEditReloadsAndKeepsTheStep) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    studio_->apply(cmd::GoToStep{2});
    EXPECT_FALSE(studio_->pollFiles()); // nothing changed yet
    std::string edited = kScenario;
    edited.replace(edited.find("\"Second\""), 8, "\"Second, edited\"");
    save(edited);
    EXPECT_TRUE(studio_->pollFiles());
    const AppState& s = studio_->state();
    EXPECT_EQ(s.step, 1);
    EXPECT_EQ(s.tr(s.currentStep()->title), "Second, edited");
}

TEST_F(StudioGLTest, ABrokenSaveKeepsTheLastGoodVersionAndListsTheProblem) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    studio_->apply(cmd::GoToStep{3});
    std::string broken = kScenario;
    broken.replace(broken.find("text = \"Two.\""), 13, "txt = \"Two.\"");
    save(broken);
    EXPECT_TRUE(studio_->pollFiles());
    const AppState& s = studio_->state();
    EXPECT_TRUE(s.problemsStale);
    EXPECT_TRUE(s.problemsVisible);
    ASSERT_FALSE(s.problems.empty());
    EXPECT_EQ(s.problems[0].line, 10);
    EXPECT_EQ(s.problems[0].column, 1);
    EXPECT_NE(s.problems[0].message.find("did you mean 'text'"), std::string::npos) << s.problems[0].message;
    EXPECT_EQ(s.step, 2); // still on stage, unchanged
    EXPECT_EQ(s.tr(s.currentStep()->title), "Third");
    studio_->drawFrame();
    // Fixed again: the problems go, the show goes on.
    save(kScenario);
    EXPECT_TRUE(studio_->pollFiles());
    EXPECT_FALSE(studio_->state().problemsStale);
    EXPECT_TRUE(studio_->state().problems.empty());
    EXPECT_EQ(studio_->state().step, 2);
}

TEST_F(StudioGLTest, AnInvalidFileOpensWithItsProblemsListed) {
    save("format = 1\nid = \"x\"\ntitle = \"x\"\n[[step]]\ntitle = \"a\"\ntext = \"b\"\nshow = \"sideways\"\n");
    EXPECT_FALSE(studio_->openFile(file_));
    const AppState& s = studio_->state();
    EXPECT_FALSE(s.scenario); // nothing was replaced
    ASSERT_FALSE(s.problems.empty());
    EXPECT_EQ(s.problems[0].line, 7);
    EXPECT_TRUE(s.problemsVisible);
    studio_->drawFrame();
}

TEST_F(StudioGLTest, OpenFileCommandClosesTheBrowserAndShowsTheFile) {
    save(kScenario);
    studio_->apply(cmd::OpenFileBrowser{});
    EXPECT_TRUE(studio_->state().browser.open);
    EXPECT_FALSE(studio_->state().browser.entries.empty() && studio_->state().browser.error.empty());
    studio_->apply(cmd::OpenFile{file_.string()});
    EXPECT_FALSE(studio_->state().browser.open);
    ASSERT_TRUE(studio_->state().scenario);
    studio_->apply(cmd::BrowseFolder{dir_.string()});
    ASSERT_EQ(studio_->state().browser.entries.size(), 1u);
    EXPECT_EQ(studio_->state().browser.entries[0].name, "lesson.toml");
}

TEST_F(StudioGLTest, APathTypedInTheBrowserIsBrowsedWhenAFolderAndOpenedWhenAFile) {
    save(kScenario);
    studio_->apply(cmd::OpenFileBrowser{});
    studio_->apply(cmd::ChooseTypedPath{dir_.string()});
    EXPECT_TRUE(studio_->state().browser.open);
    ASSERT_EQ(studio_->state().browser.entries.size(), 1u);
    EXPECT_EQ(studio_->state().browser.entries[0].name, "lesson.toml");
    studio_->apply(cmd::ChooseTypedPath{file_.string()});
    EXPECT_FALSE(studio_->state().browser.open);
    EXPECT_TRUE(studio_->state().scenario);
    // From the present dialog a typed file is chosen for the show, not opened.
    const std::filesystem::path other = dir_ / "other.toml";
    std::filesystem::copy_file(file_, other);
    studio_->apply(cmd::OpenFileBrowser{true});
    studio_->apply(cmd::ChooseTypedPath{other.string()});
    EXPECT_FALSE(studio_->state().browser.open);
    EXPECT_EQ(studio_->state().presentSetup.scenarioFile, other.string());
    ASSERT_TRUE(studio_->state().scenario);
    EXPECT_EQ(studio_->state().scenario->file, file_);
}

} // namespace
} // namespace cs

namespace cs {
namespace {

SDL_Event keyEvent(Uint32 type, SDL_Keycode sym, SDL_Scancode scancode, Uint16 mod = KMOD_NONE) {
    SDL_Event e{};
    e.type = type;
    e.key.type = type;
    e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.sym = sym;
    e.key.keysym.scancode = scancode;
    e.key.keysym.mod = mod;
    return e;
}

// Presses and releases a key, drawing a frame after each like the window loop does.
void press(Studio& studio, SDL_Keycode sym, SDL_Scancode scancode) {
    studio.handleEvent(keyEvent(SDL_KEYDOWN, sym, scancode));
    studio.drawFrame();
    studio.handleEvent(keyEvent(SDL_KEYUP, sym, scancode));
    studio.drawFrame();
}

TEST_F(StudioGLTest, ClickerArrowAndSpaceKeysStepAndNeverMoveAHiddenWidgetFocus) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    studio_->drawFrame();
    press(*studio_, SDLK_PAGEDOWN, SDL_SCANCODE_PAGEDOWN);
    EXPECT_EQ(studio_->state().step, 1);
    press(*studio_, SDLK_RIGHT, SDL_SCANCODE_RIGHT);
    EXPECT_EQ(studio_->state().step, 2);
    press(*studio_, SDLK_LEFT, SDL_SCANCODE_LEFT);
    press(*studio_, SDLK_LEFT, SDL_SCANCODE_LEFT);
    EXPECT_EQ(studio_->state().step, 0);
    press(*studio_, SDLK_SPACE, SDL_SCANCODE_SPACE);
    EXPECT_EQ(studio_->state().step, 1);
    EXPECT_FALSE(studio_->keyboardNavigation());
    press(*studio_, SDLK_F1, SDL_SCANCODE_F1);
    EXPECT_TRUE(studio_->state().helpVisible);
    press(*studio_, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
    EXPECT_FALSE(studio_->state().helpVisible);
}

TEST_F(StudioGLTest, TabMovesThroughThePaletteAndEnterPlacesACoinEscGivesTheKeysBack) {
    studio_->drawFrame();
    press(*studio_, SDLK_TAB, SDL_SCANCODE_TAB); // keyboard navigation starts in the palette
    EXPECT_TRUE(studio_->keyboardNavigation());
    press(*studio_, SDLK_SPACE, SDL_SCANCODE_SPACE); // activates the highlighted (first) structure
    studio_->drawFrame();
    ASSERT_EQ(studio_->state().coins.size(), 1u);
    EXPECT_EQ(studio_->state().coins[0].structureId, "racism");
    press(*studio_, SDLK_DOWN, SDL_SCANCODE_DOWN);     // the next structure down
    press(*studio_, SDLK_RETURN, SDL_SCANCODE_RETURN); // Enter works like Space
    studio_->drawFrame();
    ASSERT_EQ(studio_->state().coins.size(), 2u);
    EXPECT_EQ(studio_->state().coins[1].structureId, "ableism");
    // While navigating, F flips nothing (the panel has the keys); Page Down still steps (none here).
    press(*studio_, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
    EXPECT_FALSE(studio_->keyboardNavigation());
    press(*studio_, SDLK_f, SDL_SCANCODE_F);
    EXPECT_EQ(studio_->state().coins[1].faceUpAtEnd(), Face::Bottom); // back to global keys: F flips
}

int magentaPixels(const Image& img) {
    int n = 0;
    for (std::size_t i = 0; i < img.rgba.size(); i += 4) {
        if (img.rgba[i] > 200 && img.rgba[i + 1] < 60 && img.rgba[i + 2] > 200) ++n;
    }
    return n;
}

TEST_F(StudioGLTest, APersonaPictureShowsInItsMarkerAndAMissingOneShowsInitials) {
    fs::create_directories(dir_ / "images");
    Image magenta;
    magenta.width = magenta.height = 32;
    magenta.rgba.assign(32 * 32 * 4, 255);
    for (std::size_t i = 0; i < magenta.rgba.size(); i += 4)
        magenta.rgba[i + 1] = 0;
    ASSERT_OK(writeFileAtomic(dir_ / "images" / "ana.png", encodePng(magenta)));
    save(R"(format = 1
id = "pictures"
title = "Pictures"
[[persona]]
id = "ana"
name = "Ana"
image = "images/ana.png"
positions = { racism = "bottom" }
[[step]]
title = "A"
text = "B"
coins = ["racism"]
personas = ["ana"]
)");
    studio_->apply(cmd::SetScreen{Screen::Audience});
    ASSERT_TRUE(studio_->openFile(file_));
    auto frame = [&] {
        studio_->settle();
        for (int i = 0; i < 2; ++i)
            studio_->drawFrame();
        glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
        glReadBuffer(GL_BACK);
        return readPixels(testing::sharedWindow().drawableWidth(), testing::sharedWindow().drawableHeight());
    };
    EXPECT_GT(magentaPixels(frame()), 100); // the portrait, in its circle
    // The picture goes away: the marker falls back to the initials, and the scenario still shows.
    fs::remove(dir_ / "images" / "ana.png");
    studio_->pollFiles();
    EXPECT_EQ(magentaPixels(frame()), 0);
}

TEST_F(StudioGLTest, AFileDroppedOnTheWindowOpens) {
    save(kScenario);
    SDL_Event drop{};
    drop.type = SDL_DROPFILE;
    drop.drop.file = SDL_strdup(file_.c_str()); // the event owns it, as SDL's own drop events do
    studio_->handleEvent(drop);
    ASSERT_TRUE(studio_->state().scenario);
    EXPECT_EQ(studio_->state().tr(studio_->state().currentStep()->title), "First");
}

// A Studio that keeps user data, in folders of the test's own (XDG variables point there).
class UserDataStudioTest : public StudioGLTest {
  protected:
    void SetUp() override {
        StudioGLTest::SetUp();
        setenv("XDG_CONFIG_HOME", (dir_ / "config").c_str(), 1);
        setenv("XDG_DATA_HOME", (dir_ / "data").c_str(), 1);
    }
    void TearDown() override {
        unsetenv("XDG_CONFIG_HOME");
        unsetenv("XDG_DATA_HOME");
        StudioGLTest::TearDown();
    }
    std::unique_ptr<Studio> keepingData(bool noSave = false) {
        std::string error;
        StudioDesc desc;
        desc.dataDir = COINSTUDIO_SOURCE_DIR;
        desc.userData = true;
        desc.noSave = noSave;
        auto s = Studio::create(testing::sharedWindow(), std::move(desc), error);
        EXPECT_TRUE(s) << error;
        return s;
    }
    int filesUnder(const fs::path& p) {
        int n = 0;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
            n += it->is_regular_file() ? 1 : 0;
        }
        return n;
    }
};

TEST_F(UserDataStudioTest, AReflectionAndTheStepAreKeptAndOfferedBackNextTime) {
    save(kScenario);
    {
        auto studio = keepingData();
        ASSERT_TRUE(studio->openFile(file_));
        studio->apply(cmd::SetReflection{0, "Ce que je remarque"});
        studio->apply(cmd::GoToStep{3}); // a new step writes the reflection at once
        studio->saveNow();
    }
    EXPECT_GT(filesUnder(dir_ / "data"), 0);
    auto again = keepingData();
    ASSERT_TRUE(again->openFile(file_));
    EXPECT_EQ(again->state().reflections.at(0), "Ce que je remarque");
    ASSERT_TRUE(again->state().resumeOffer);
    EXPECT_EQ(*again->state().resumeOffer, 2);
    again->apply(cmd::AnswerResume{true});
    EXPECT_EQ(again->state().step, 2);
    // The file is a recent file now.
    ASSERT_FALSE(again->state().recentFiles.empty());
    EXPECT_EQ(fs::path(again->state().recentFiles.front()).filename(), "lesson.toml");
}

TEST_F(UserDataStudioTest, NoSaveWritesNothingAtAll) {
    save(kScenario);
    auto studio = keepingData(true);
    EXPECT_TRUE(studio->state().noSaveFlag);
    ASSERT_TRUE(studio->openFile(file_));
    studio->apply(cmd::SetReflection{0, "private"});
    studio->apply(cmd::NextStep{});
    studio->apply(cmd::ChangeTextScale{+1});
    studio->saveNow();
    EXPECT_EQ(filesUnder(dir_ / "data"), 0);
    EXPECT_EQ(filesUnder(dir_ / "config"), 0);
}

TEST_F(UserDataStudioTest, ACorruptSettingsFileGivesDefaultsAndANotice) {
    fs::create_directories(dir_ / "config" / "coinstudio");
    ASSERT_OK(writeFileAtomic(dir_ / "config" / "coinstudio" / "settings.toml", std::string_view("text_scale = [&\n")));
    auto studio = keepingData();
    EXPECT_FLOAT_EQ(studio->state().prefs.textScale, 1.0f);
    ASSERT_FALSE(studio->state().notices.empty());
    EXPECT_NE(studio->state().notices.front().find("settings.toml"), std::string::npos)
        << studio->state().notices.front();
}

TEST_F(UserDataStudioTest, SettingsAreSavedAndDeleteAllRemovesEverything) {
    save(kScenario);
    {
        auto studio = keepingData();
        studio->apply(cmd::ChangeTextScale{+1});
        studio->apply(cmd::SetTheme{true});
        ASSERT_TRUE(studio->openFile(file_));
        studio->apply(cmd::ChooseAnswer{0, 1});
        studio->saveNow();
    }
    {
        auto studio = keepingData();
        EXPECT_FLOAT_EQ(studio->state().prefs.textScale, 1.1f);
        EXPECT_TRUE(studio->state().prefs.lightTheme);
        studio->apply(cmd::DeleteAllMyData{});
        EXPECT_TRUE(studio->state().recentFiles.empty());
    }
    EXPECT_EQ(filesUnder(dir_ / "data"), 0);
    EXPECT_EQ(filesUnder(dir_ / "config"), 0);
}

// Learner data kept by step key: reflections stay with the prompt they answer.
constexpr const char* kPrompts = R"(format = 1
id = "prompts"
title = "Prompts"
[[step]]
title = "First"
text = "One."
coins = ["racism"]
[[step]]
title = "Second"
reflect = "What do you notice?"
[[step]]
title = "Third"
reflect = "What will you do?"
)";

// The same with a step inserted before "Second", as an author might in a text editor.
constexpr const char* kPromptsWithAStepInserted = R"(format = 1
id = "prompts"
title = "Prompts"
[[step]]
title = "First"
text = "One."
coins = ["racism"]
[[step]]
title = "Inserted"
reflect = "Something new?"
[[step]]
title = "Second"
reflect = "What do you notice?"
[[step]]
title = "Third"
reflect = "What will you do?"
)";

// The same without "Second".
constexpr const char* kPromptsWithoutSecond = R"(format = 1
id = "prompts"
title = "Prompts"
[[step]]
title = "First"
text = "One."
coins = ["racism"]
[[step]]
title = "Third"
reflect = "What will you do?"
)";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path learnerFileIn(const fs::path& dir, const std::string& key) {
    return dir / "data" / "coinstudio" / "learners" / (key + ".toml");
}

TEST_F(UserDataStudioTest, AReflectionStaysOnItsPromptWhenAStepIsInsertedBeforeIt) {
    save(kPrompts);
    {
        auto studio = keepingData();
        ASSERT_TRUE(studio->openFile(file_));
        studio->apply(cmd::GoToStep{2});
        studio->apply(cmd::SetReflection{1, "I notice the top face"});
        studio->apply(cmd::GoToStep{3}); // a new step writes the reflection at once

        // A step is inserted before it and the file reloads; the next check (the window checks four times a
        // second) shows the reflection on its prompt, now step 3.
        save(kPromptsWithAStepInserted);
        ASSERT_TRUE(studio->pollFiles());
        studio->pollFiles();
        const AppState& s = studio->state();
        EXPECT_EQ(s.reflections, (std::map<int, std::string>{{2, "I notice the top face"}}));
        EXPECT_EQ(s.tr(s.scenario->scenario.steps[2].reflect), "What do you notice?");
        EXPECT_TRUE(s.orphanedLearnerData.empty());
        // Typing on the inserted step is its own reflection, not the other one's.
        studio->apply(cmd::GoToStep{2});
        studio->apply(cmd::SetReflection{1, "Something new, yes"});
        studio->saveNow();
    }
    // The next session, with the file as it is now: each reflection on its own prompt.
    auto again = keepingData();
    ASSERT_TRUE(again->openFile(file_));
    EXPECT_EQ(again->state().reflections,
              (std::map<int, std::string>{{1, "Something new, yes"}, {2, "I notice the top face"}}));
}

TEST_F(UserDataStudioTest, AReflectionWhoseStepIsGoneIsKeptListedAndExported) {
    save(kPrompts);
    const char* home = std::getenv("HOME");
    const std::string oldHome = home ? home : "";
    setenv("HOME", dir_.c_str(), 1);
    auto studio = keepingData();
    ASSERT_TRUE(studio->openFile(file_));
    studio->apply(cmd::SetReflection{1, "I notice the top face"});
    studio->apply(cmd::GoToStep{3});

    save(kPromptsWithoutSecond);
    ASSERT_TRUE(studio->pollFiles());
    studio->pollFiles();
    EXPECT_TRUE(studio->state().reflections.empty());
    ASSERT_EQ(studio->state().orphanedLearnerData.size(), 1u);
    const OrphanedLearnerEntry& gone = studio->state().orphanedLearnerData[0];
    EXPECT_EQ(gone.text, "I notice the top face");
    EXPECT_EQ(gone.stepTitle, "Second");
    EXPECT_EQ(gone.prompt, "What do you notice?");
    EXPECT_FALSE(gone.isAnswer);

    // Writing something else keeps it in the file.
    studio->apply(cmd::SetReflection{1, "I will listen"});
    studio->apply(cmd::GoToStep{1});
    const std::string stored = readAll(learnerFileIn(dir_, "s-prompts"));
    EXPECT_NE(stored.find("I notice the top face"), std::string::npos) << stored;
    EXPECT_NE(stored.find("I will listen"), std::string::npos) << stored;

    studio->apply(cmd::ExportReflections{});
    const std::string exported = readAll(dir_ / "reflections-prompts.md");
    EXPECT_NE(exported.find("## Step 2 of 2: Third\n\n> What will you do?\n\nI will listen\n"), std::string::npos)
        << exported;
    EXPECT_NE(exported.find("## From a step that no longer exists: Second\n\n> What do you notice?\n\n"
                            "I notice the top face\n"),
              std::string::npos)
        << exported;
    if (home)
        setenv("HOME", oldHome.c_str(), 1);
    else
        unsetenv("HOME");
}

TEST_F(UserDataStudioTest, MovingOrRenamingTheFileKeepsTheReflections) {
    save(kPrompts);
    {
        auto studio = keepingData();
        ASSERT_TRUE(studio->openFile(file_));
        studio->apply(cmd::SetReflection{2, "written before the move"});
        studio->saveNow();
    }
    fs::create_directories(dir_ / "elsewhere");
    fs::rename(file_, dir_ / "elsewhere" / "renamed.toml");
    auto again = keepingData();
    ASSERT_TRUE(again->openFile(dir_ / "elsewhere" / "renamed.toml"));
    EXPECT_EQ(again->state().reflections, (std::map<int, std::string>{{2, "written before the move"}}));
}

TEST_F(UserDataStudioTest, DataOfTheFirstFormatIsBroughtOverWhenTheScenarioOpens) {
    save(kPrompts);
    const StructureLibrary library = StructureLibrary::builtIn();
    ParseOptions options;
    options.library = &library;
    const ParseResult parsed = loadScenarioFile(file_, options);
    ASSERT_TRUE(parsed.ok());
    // As the first version wrote it: numbered by step, under a key from the file's path.
    const fs::path former = learnerFileIn(dir_, formerLearnerKey(*parsed.scenario, file_));
    fs::create_directories(former.parent_path());
    ASSERT_OK(
        writeFileAtomic(former, std::string_view("format = 1\nscenario_id = \"prompts\"\nlast_step = 3\n\n"
                                                 "[[reflection]]\nstep = 3\ntext = \"from the first version\"\n")));
    auto studio = keepingData();
    ASSERT_TRUE(studio->openFile(file_));
    EXPECT_EQ(studio->state().reflections, (std::map<int, std::string>{{2, "from the first version"}}));
    ASSERT_TRUE(studio->state().resumeOffer);
    EXPECT_EQ(*studio->state().resumeOffer, 2);
    EXPECT_FALSE(fs::exists(former));
    EXPECT_NE(readAll(learnerFileIn(dir_, "s-prompts")).find("step_key"), std::string::npos);
}

TEST_F(UserDataStudioTest, AStepAddedInTheEditorKeepsReflectionsOnTheirPrompts) {
    save(kPrompts);
    auto studio = keepingData();
    ASSERT_TRUE(studio->openFile(file_));
    studio->apply(cmd::SetReflection{1, "I notice the top face"});
    studio->apply(cmd::GoToStep{1});
    studio->apply(cmd::OpenEditor{});
    ASSERT_TRUE(studio->state().editor.open);
    studio->apply(cmd::EditScenario{edit::AddItem{Part::Step, 1}});
    EXPECT_EQ(studio->state().editor.scenario.steps[1].id, "step-1");
    // The preview shows it on its prompt, now the third step.
    EXPECT_EQ(studio->state().reflections, (std::map<int, std::string>{{2, "I notice the top face"}}));
    studio->apply(cmd::SaveScenario{});
    studio->apply(cmd::CloseEditor{});
    ASSERT_FALSE(studio->state().editor.open);
    EXPECT_EQ(studio->state().scenario->stepCount(), 4);
    EXPECT_EQ(studio->state().reflections, (std::map<int, std::string>{{2, "I notice the top face"}}));
    EXPECT_NE(readAll(learnerFileIn(dir_, "s-prompts")).find("I notice the top face"), std::string::npos);
}

TEST_F(StudioGLTest, KeysAreReadByKeyCodeSoAzertyLettersWork) {
    studio_->drawFrame();
    // On AZERTY the key labelled B sits where QWERTY has B too, but W is where QWERTY has Z:
    // the key code (what the layout prints) decides, not the scancode.
    press(*studio_, SDLK_w, SDL_SCANCODE_Z);
    EXPECT_TRUE(studio_->state().whiteout);
    press(*studio_, SDLK_a, SDL_SCANCODE_Q); // any key returns
    EXPECT_FALSE(studio_->state().whiteout);
}

} // namespace
} // namespace cs
