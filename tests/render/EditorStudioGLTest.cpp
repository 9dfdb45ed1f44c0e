// The scenario editor in the running app: the scene previews edits, saving is atomic with a backup and
// loses nothing when it fails, comments are asked about, unsaved edits are asked about before quitting
// or opening another file, autosave survives a simulated crash, pictures are copied into images/, and
// New / Save as make a scenario folder that opens.
#include "gl_test_support.h"
#include "status_checks.h"
#include "temp_folder.h"

#include "app/studio.h"
#include "core/file_io.h"
#include "core/image.h"
#include "core/scenario/parser.h"
#include "core/scenario/structure_library.h"

#include <SDL.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr const char* kLessonScenario = R"(format = 1
id = "editor-test"
title = "Editor test"
[[persona]]
id = "sam"
name = "Sam"
positions = { racism = "bottom" }
[[step]]
title = "First"
text = "One."
coins = ["racism"]
[[step]]
title = "Second"
text = "Two."
)";

std::string readText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

edit::SetText setTitle(int step, std::string text) {
    return edit::SetText{FieldRef{Part::Step, step, Field::Title, -1, "en", ""}, std::move(text)};
}

Scenario parseFile(const fs::path& file) {
    ParseOptions options;
    const StructureLibrary builtIns = StructureLibrary::builtIn();
    options.library = &builtIns;
    ParseResult r = loadScenarioFile(file, options);
    EXPECT_TRUE(r.ok()) << (r.diagnostics.empty() ? "" : r.diagnostics.front().message);
    return r.scenario.value_or(Scenario{});
}

class EditorStudioGLTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = testing::freshTempFolderForThisTest("editor");
        fs::create_directories(dir_ / "course");
        file_ = dir_ / "course" / "lesson.toml";
        ASSERT_OK(writeFileAtomic(file_, std::string_view(kLessonScenario)));
        studio_ = makeStudio();
        ASSERT_TRUE(studio_);
    }
    void TearDown() override {
        setWriteFaultHookForTesting({});
        studio_.reset();
        fs::remove_all(dir_);
    }
    std::unique_ptr<Studio> makeStudio() {
        std::string error;
        StudioDesc desc;
        desc.dataDir = COINSTUDIO_SOURCE_DIR;
        auto s = Studio::create(testing::sharedWindow(), std::move(desc), error);
        EXPECT_TRUE(s) << error;
        if (s) s->setAutosaveFolder(dir_ / "autosave");
        return s;
    }
    void openAndEdit() {
        ASSERT_TRUE(studio_->openFile(file_));
        studio_->apply(cmd::OpenEditor{});
        ASSERT_TRUE(studio_->state().editor.open);
    }

    fs::path dir_, file_;
    std::unique_ptr<Studio> studio_;
};

TEST_F(EditorStudioGLTest, TheScenePreviewsTheSelectedStepAsItIsEdited) {
    openAndEdit();
    studio_->apply(cmd::SelectEditorItem{Part::Step, 1});
    EXPECT_EQ(studio_->state().step, 1);
    studio_->apply(cmd::EditScenario{setTitle(1, "Second, renamed")});
    const AppState& s = studio_->state();
    EXPECT_TRUE(s.editor.dirty());
    ASSERT_TRUE(s.currentStep());
    EXPECT_EQ(s.tr(s.currentStep()->title), "Second, renamed");
    // A coin on stage follows the step's coins as they are picked.
    studio_->apply(cmd::EditScenario{edit::SetValue{FieldRef{Part::Step, 1, Field::Coins, -1, "", ""},
                                                    std::vector<std::string>{"racism", "ableism"}}});
    ASSERT_EQ(studio_->state().coins.size(), 2u);
    EXPECT_EQ(studio_->state().coins[1].structureId, "ableism");
    // An edit with an error keeps the last good preview and shows the problem at its field.
    studio_->apply(
        cmd::EditScenario{edit::SetValue{FieldRef{Part::Step, 1, Field::Focus, -1, "", ""}, std::string("sexism")}});
    EXPECT_FALSE(studio_->state().editor.check.valid);
    bool found = false;
    for (const auto& p : studio_->state().editor.check.problems) {
        found = found || (p.part == Part::Step && p.item == 1 && p.key == "focus");
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(studio_->state().coins.size(), 2u);
    studio_->drawFrame();
}

TEST_F(EditorStudioGLTest, SaveWritesTheCanonicalFileAndKeepsABackup) {
    openAndEdit();
    studio_->apply(cmd::EditScenario{setTitle(0, "First, saved")});
    studio_->apply(cmd::SaveScenario{});
    const AppState& s = studio_->state();
    EXPECT_FALSE(s.editor.dirty()) << s.editor.status;
    EXPECT_FALSE(s.editor.statusIsError);
    EXPECT_EQ(readText(dir_ / "course" / "lesson.toml.bak"), kLessonScenario);
    EXPECT_EQ(parseFile(file_), s.editor.scenario);
    // A file that reloads after our own save does not disturb the editor.
    studio_->pollFiles();
    EXPECT_TRUE(studio_->state().editor.open);
    EXPECT_EQ(studio_->state().tr(studio_->state().currentStep()->title), "First, saved");
}

TEST_F(EditorStudioGLTest, AFailedSaveLeavesTheOldFileAndKeepsTheEdit) {
    openAndEdit();
    studio_->apply(cmd::EditScenario{setTitle(0, "Not yet on disk")});
    for (WriteStage stage : {WriteStage::Write, WriteStage::Rename}) {
        setWriteFaultHookForTesting([stage](WriteStage s) { return s == stage; });
        studio_->apply(cmd::SaveScenario{});
        setWriteFaultHookForTesting({});
        EXPECT_EQ(readText(file_), kLessonScenario);
        EXPECT_TRUE(studio_->state().editor.dirty());
        EXPECT_TRUE(studio_->state().editor.statusIsError);
        EXPECT_NE(studio_->state().editor.status.find("lesson.toml"), std::string::npos)
            << studio_->state().editor.status;
    }
    // A folder that vanished: the same, and Save as elsewhere then works.
    fs::remove_all(dir_ / "course");
    studio_->apply(cmd::SaveScenario{});
    EXPECT_TRUE(studio_->state().editor.dirty());
    EXPECT_TRUE(studio_->state().editor.statusIsError);
    studio_->apply(cmd::SaveScenarioAs{(dir_ / "rescued").string()});
    EXPECT_FALSE(studio_->state().editor.dirty()) << studio_->state().editor.status;
    EXPECT_EQ(parseFile(dir_ / "rescued" / "editor-test.toml").steps[0].title.get("en"), "Not yet on disk");
}

TEST_F(EditorStudioGLTest, AReadOnlyFolderGivesAClearErrorAndKeepsTheEdit) {
    openAndEdit();
    studio_->apply(cmd::EditScenario{setTitle(0, "Kept in memory")});
    fs::permissions(dir_ / "course", fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                         fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    // Root writes into read-only folders anyway (CI runs as root): there, the refusal the system would
    // give an ordinary account is injected at the same place (creating the temporary file, EACCES).
    if (::geteuid() == 0) setWriteFaultHookForTesting([](WriteStage s) { return s == WriteStage::OpenTemp; });
    studio_->apply(cmd::SaveScenario{});
    setWriteFaultHookForTesting({});
    fs::permissions(dir_ / "course", fs::perms::owner_all);
    const AppState& s = studio_->state();
    EXPECT_TRUE(s.editor.dirty());
    EXPECT_TRUE(s.editor.statusIsError);
    EXPECT_NE(s.editor.status.find("Permission denied"), std::string::npos) << s.editor.status;
    EXPECT_NE(s.editor.status.find("course"), std::string::npos) << s.editor.status;
    EXPECT_EQ(readText(file_), kLessonScenario);
    EXPECT_EQ(s.editor.scenario.steps[0].title.get("en"), "Kept in memory");
}

TEST_F(EditorStudioGLTest, AFileWithCommentsIsAskedAboutBeforeItsFirstSave) {
    ASSERT_OK(writeFileAtomic(file_, std::string("# my notes\n") + kLessonScenario));
    openAndEdit();
    EXPECT_TRUE(studio_->state().editor.hadComments);
    studio_->apply(cmd::EditScenario{setTitle(0, "Changed")});
    studio_->apply(cmd::SaveScenario{});
    EXPECT_TRUE(studio_->state().editor.commentsQuestionPending);
    EXPECT_NE(readText(file_).find("# my notes"), std::string::npos); // not written yet
    studio_->apply(cmd::AnswerComments{false});
    EXPECT_TRUE(studio_->state().editor.dirty());
    studio_->apply(cmd::SaveScenario{});
    studio_->apply(cmd::AnswerComments{true});
    EXPECT_FALSE(studio_->state().editor.dirty());
    EXPECT_EQ(readText(file_).find("# my notes"), std::string::npos);
    EXPECT_NE(readText(dir_ / "course" / "lesson.toml.bak").find("# my notes"), std::string::npos);
}

TEST_F(EditorStudioGLTest, QuittingOrOpeningAnotherFileWithUnsavedChangesAsksFirst) {
    openAndEdit();
    studio_->apply(cmd::EditScenario{setTitle(0, "Unsaved")});
    studio_->apply(cmd::RequestQuit{});
    EXPECT_FALSE(studio_->state().quitRequested);
    EXPECT_EQ(studio_->state().editor.leavePending, LeaveKind::Quit);
    studio_->apply(cmd::AnswerLeave{LeaveAnswer::Cancel});
    EXPECT_EQ(studio_->state().editor.leavePending, LeaveKind::None);
    EXPECT_FALSE(studio_->state().quitRequested);

    const fs::path other = dir_ / "other.toml";
    ASSERT_OK(writeFileAtomic(other, std::string_view(kLessonScenario)));
    studio_->apply(cmd::OpenFile{other.string()});
    EXPECT_EQ(studio_->state().editor.leavePending, LeaveKind::OpenFile);
    EXPECT_TRUE(studio_->state().editor.open);
    // Save, then the other file opens.
    studio_->apply(cmd::AnswerLeave{LeaveAnswer::Save});
    EXPECT_EQ(parseFile(file_).steps[0].title.get("en"), "Unsaved");
    EXPECT_FALSE(studio_->state().editor.open);
    EXPECT_EQ(studio_->state().scenario->file, other);

    studio_->apply(cmd::OpenEditor{});
    studio_->apply(cmd::EditScenario{setTitle(0, "Dropped")});
    studio_->apply(cmd::RequestQuit{});
    studio_->apply(cmd::AnswerLeave{LeaveAnswer::Discard});
    EXPECT_TRUE(studio_->state().quitRequested);
    EXPECT_EQ(parseFile(other).steps[0].title.get("en"), "First");
}

TEST_F(EditorStudioGLTest, ClosingTheScenarioWhileEditingClosesTheEditorAndTheFile) {
    openAndEdit();
    studio_->apply(cmd::CloseScenario{});
    EXPECT_FALSE(studio_->state().editor.open);
    EXPECT_FALSE(studio_->state().scenario);
    // A later change of the file on disk does not bring it back on stage.
    ASSERT_OK(writeFileAtomic(file_, std::string(kLessonScenario) + "\n# changed\n"));
    fs::last_write_time(file_, fs::file_time_type::clock::now() + std::chrono::seconds(5));
    studio_->pollFiles();
    EXPECT_FALSE(studio_->state().scenario);
}

TEST_F(EditorStudioGLTest, SaveFromTheQuitQuestionAsksForAFolderThenQuits) {
    studio_->apply(cmd::NewFromTemplate{}); // saved nowhere yet
    ASSERT_TRUE(studio_->state().editor.open);
    EXPECT_EQ(studio_->state().editor.file, "");
    studio_->apply(cmd::EditScenario{setTitle(0, "Written before quitting")});
    studio_->apply(cmd::RequestQuit{});
    studio_->apply(cmd::AnswerLeave{LeaveAnswer::Save});
    EXPECT_TRUE(studio_->state().editor.saveAsVisible);
    EXPECT_FALSE(studio_->state().quitRequested);
    // Cancelling the folder question cancels the quit too; asking again and giving a folder quits.
    studio_->apply(cmd::HideSaveAs{});
    studio_->apply(cmd::SaveScenarioAs{(dir_ / "not-asked").string()});
    EXPECT_FALSE(studio_->state().quitRequested);
    studio_->apply(cmd::EditScenario{setTitle(0, "Written before quitting, again")});
    studio_->apply(cmd::RequestQuit{});
    studio_->apply(cmd::AnswerLeave{LeaveAnswer::Save});
    studio_->apply(cmd::SaveScenarioAs{(dir_ / "kept").string()});
    EXPECT_TRUE(studio_->state().quitRequested);
    EXPECT_EQ(parseFile(studio_->state().editor.file).steps[0].title.get("en"), "Written before quitting, again");
}

TEST_F(EditorStudioGLTest, UnsavedEditsComeBackAfterACrash) {
    openAndEdit();
    studio_->apply(cmd::EditScenario{setTitle(1, "Typed before the crash")});
    studio_->autosaveNow();
    studio_.reset(); // the process dies: nothing else is written
    EXPECT_EQ(readText(file_), kLessonScenario);

    studio_ = makeStudio();
    studio_->offerRestore();
    ASSERT_TRUE(studio_->state().restoreOffer);
    EXPECT_EQ(studio_->state().restoreOffer->title, "Editor test");
    EXPECT_EQ(fs::path(studio_->state().restoreOffer->originalFile), fs::absolute(file_));
    studio_->apply(cmd::AnswerRestore{true});
    const AppState& s = studio_->state();
    ASSERT_TRUE(s.editor.open);
    EXPECT_TRUE(s.editor.dirty());
    EXPECT_EQ(fs::path(s.editor.file), fs::absolute(file_));
    EXPECT_EQ(s.editor.scenario.steps[1].title.get("en"), "Typed before the crash");
    studio_->apply(cmd::SaveScenario{});
    EXPECT_EQ(parseFile(file_).steps[1].title.get("en"), "Typed before the crash");
    studio_->autosaveNow();
    // Saved: nothing is offered at the next start.
    studio_ = makeStudio();
    studio_->offerRestore();
    EXPECT_FALSE(studio_->state().restoreOffer);
}

TEST_F(EditorStudioGLTest, DiscardingARestoreOfferDeletesTheCopy) {
    openAndEdit();
    studio_->apply(cmd::EditScenario{setTitle(0, "Never mind")});
    studio_->autosaveNow();
    studio_ = makeStudio();
    studio_->offerRestore();
    ASSERT_TRUE(studio_->state().restoreOffer);
    studio_->apply(cmd::AnswerRestore{false});
    EXPECT_FALSE(studio_->state().restoreOffer);
    studio_ = makeStudio();
    studio_->offerRestore();
    EXPECT_FALSE(studio_->state().restoreOffer);
}

TEST_F(EditorStudioGLTest, AddImageCopiesAPictureIntoTheImagesFolder) {
    openAndEdit();
    Image picture;
    picture.width = picture.height = 8;
    picture.rgba.assign(8 * 8 * 4, 200);
    const std::vector<std::uint8_t> png = encodePng(picture);
    const fs::path source = dir_ / "My Photo.png";
    ASSERT_OK(writeFileAtomic(source, png));
    const FieldRef ref{Part::Persona, 0, Field::Image, -1, "", ""};
    studio_->apply(cmd::AddImage{ref, source.string()});
    const AppState& s = studio_->state();
    EXPECT_FALSE(s.editor.statusIsError) << s.editor.status;
    EXPECT_EQ(s.editor.scenario.personas[0].image, "images/My-Photo.png");
    EXPECT_TRUE(fs::exists(dir_ / "course" / "images" / "My-Photo.png"));
    EXPECT_TRUE(s.editor.check.valid);

    // Not a picture: refused with a message, nothing copied, the field unchanged.
    const fs::path text = dir_ / "notes.png";
    ASSERT_OK(writeFileAtomic(text, std::string_view("not a png")));
    studio_->apply(cmd::AddImage{FieldRef{Part::Step, 0, Field::Image, -1, "", ""}, text.string()});
    EXPECT_TRUE(studio_->state().editor.statusIsError);
    EXPECT_EQ(studio_->state().editor.scenario.steps[0].image, "");
    EXPECT_FALSE(fs::exists(dir_ / "course" / "images" / "notes.png"));

    // A picture dropped on the window while a step is selected becomes that step's picture.
    studio_->apply(cmd::SelectEditorItem{Part::Step, 1});
    SDL_Event drop{};
    drop.type = SDL_DROPFILE;
    drop.drop.file = SDL_strdup(source.c_str()); // the event owns it, as SDL's own drop events do
    studio_->handleEvent(drop);
    EXPECT_EQ(studio_->state().editor.scenario.steps[1].image, "images/My-Photo.png"); // the same file: reused
    EXPECT_TRUE(studio_->state().editor.open);

    // Save as into a new folder takes the picture along.
    studio_->apply(cmd::SaveScenarioAs{(dir_ / "shared").string()});
    EXPECT_TRUE(fs::exists(dir_ / "shared" / "images" / "My-Photo.png"));
    EXPECT_EQ(parseFile(dir_ / "shared" / "editor-test.toml").personas[0].image, "images/My-Photo.png");
}

TEST_F(EditorStudioGLTest, NewFromTemplateMakesAScenarioFolderThatOpens) {
    studio_->apply(cmd::NewFromTemplate{(dir_ / "new-course").string()});
    const AppState& s = studio_->state();
    ASSERT_TRUE(s.editor.open);
    EXPECT_FALSE(s.editor.dirty()) << s.editor.status;
    const fs::path made = s.editor.file;
    EXPECT_EQ(made.parent_path(), fs::absolute(dir_ / "new-course"));
    EXPECT_EQ(parseFile(made), s.editor.scenario);
    EXPECT_GT(s.editor.scenario.steps.size(), 0u);
    // Save as never replaces a file that is already there.
    studio_->apply(cmd::EditScenario{setTitle(0, "Mine")});
    fs::create_directories(dir_ / "taken");
    ASSERT_OK(writeFileAtomic(dir_ / "taken" / made.filename(), std::string_view("someone's file")));
    studio_->apply(cmd::SaveScenarioAs{(dir_ / "taken").string()});
    EXPECT_TRUE(studio_->state().editor.statusIsError);
    EXPECT_EQ(readText(dir_ / "taken" / made.filename()), "someone's file");
}

} // namespace
} // namespace cs
