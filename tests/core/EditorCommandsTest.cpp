// The editor's state through Commands only (no mouse, no files): undo/redo restore exact states, typing
// in one field is one undo step, the selection follows item edits, unsaved changes are asked about
// before quitting, and the autosave copy reads back as the scenario it was.
#include "ScenarioTestSupport.h"
#include "core/app_state.h"
#include "core/editor/autosave.h"
#include "core/editor/editor_commands.h"
#include "core/keymap.h"
#include "core/scenario/parser.h"
#include "core/scenario/structure_library.h"
#include "status_checks.h"

#include <gtest/gtest.h>

#include <set>

#include <filesystem>

namespace cs {
namespace {

namespace fs = std::filesystem;

Scenario introduction() {
    const StructureLibrary lib = StructureLibrary::builtIn();
    ParseOptions options;
    options.library = &lib;
    options.decodeImages = false;
    ParseResult r = loadScenarioFile(fs::path(COINSTUDIO_SOURCE_DIR) / "scenarios" / "01-introduction.toml", options);
    EXPECT_TRUE(r.ok());
    return r.scenario.value_or(Scenario{});
}

AppState editing(const Scenario& scenario) {
    AppState s = makeStartState();
    cmd::StartEditing start;
    start.file = "/courses/intro.toml";
    start.scenario = scenario;
    applyCommand(s, start);
    return s;
}

FieldRef stepField(int step, Field field, std::string lang = "en") {
    return FieldRef{Part::Step, step, field, -1, std::move(lang), ""};
}

TEST(EditorCommandsTest, StartEditingOpensCleanAtTheWalkthroughsStep) {
    const Scenario intro = introduction();
    AppState s = makeStartState();
    s.step = 2;
    cmd::StartEditing start;
    start.scenario = intro;
    applyCommand(s, start);
    EXPECT_TRUE(s.editor.open);
    EXPECT_FALSE(s.editor.dirty());
    EXPECT_EQ(s.editor.selectedPart, Part::Step);
    EXPECT_EQ(s.editor.selectedItem, 2);
    EXPECT_TRUE(s.editor.undo.empty());
}

TEST(EditorCommandsTest, UndoAndRedoRestoreExactStates) {
    const Scenario intro = introduction();
    AppState s = editing(intro);
    std::vector<Scenario> states{s.editor.scenario};
    const std::vector<ScenarioEdit> edits = {
        edit::SetText{stepField(0, Field::Title), "A new first title"},
        edit::SetValue{stepField(1, Field::Minutes, ""), 7.0},
        edit::AddItem{Part::Step, 1},
        edit::MoveItem{Part::Step, 0, 3},
        edit::SetValue{stepField(2, Field::Show, ""), std::string("edge")},
        edit::DeleteItem{Part::Step, 4},
        edit::SetValue{stepField(0, Field::Coins, ""), std::vector<std::string>{"sexism"}},
        edit::ClearValue{stepField(0, Field::Coins, "")},
        edit::AddItem{Part::Persona, -1},
    };
    for (const auto& e : edits) {
        applyCommand(s, cmd::EditScenario{e});
        ASSERT_FALSE(s.editor.statusIsError) << s.editor.status;
        ASSERT_NE(s.editor.scenario, states.back()) << describeEdit(e);
        states.push_back(s.editor.scenario);
    }
    ASSERT_EQ(s.editor.undo.size(), edits.size());
    // All the way back, one step at a time, then all the way forward again.
    for (std::size_t i = states.size() - 1; i > 0; --i) {
        applyCommand(s, cmd::Undo{});
        EXPECT_EQ(s.editor.scenario, states[i - 1]) << "after undoing edit " << i;
    }
    EXPECT_FALSE(s.editor.dirty());
    applyCommand(s, cmd::Undo{}); // nothing more to undo: no change
    EXPECT_EQ(s.editor.scenario, states.front());
    for (std::size_t i = 1; i < states.size(); ++i) {
        applyCommand(s, cmd::Redo{});
        EXPECT_EQ(s.editor.scenario, states[i]) << "after redoing edit " << i;
    }
    // Undo twice, then a new edit: the redo history is gone.
    applyCommand(s, cmd::Undo{});
    applyCommand(s, cmd::Undo{});
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Notes), "A note"}});
    EXPECT_TRUE(s.editor.redo.empty());
    applyCommand(s, cmd::Redo{});
    EXPECT_EQ(s.editor.scenario.steps[0].notes.get("en"), "A note");
}

TEST(EditorCommandsTest, TypingInOneFieldIsOneUndoStep) {
    AppState s = editing(introduction());
    const std::string before = s.editor.scenario.steps[0].title.get("en");
    std::string typed;
    for (char c : std::string("Hello")) {
        typed += c;
        applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Title), typed}});
    }
    EXPECT_EQ(s.editor.undo.size(), 1u);
    // Another field, or the same field after a selection, starts a new step.
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Text), "Body"}});
    EXPECT_EQ(s.editor.undo.size(), 2u);
    applyCommand(s, cmd::SelectEditorItem{Part::Step, 0});
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Text), "Body!"}});
    EXPECT_EQ(s.editor.undo.size(), 3u);
    applyCommand(s, cmd::Undo{});
    applyCommand(s, cmd::Undo{});
    applyCommand(s, cmd::Undo{});
    EXPECT_EQ(s.editor.scenario.steps[0].title.get("en"), before);
}

TEST(EditorCommandsTest, TheSelectionFollowsItemEdits) {
    AppState s = editing(introduction());
    const int steps = int(s.editor.scenario.steps.size());
    applyCommand(s, cmd::EditScenario{edit::AddItem{Part::Step, -1}});
    EXPECT_EQ(s.editor.selectedPart, Part::Step);
    EXPECT_EQ(s.editor.selectedItem, steps);
    applyCommand(s, cmd::EditScenario{edit::MoveItem{Part::Step, steps, 0}});
    EXPECT_EQ(s.editor.selectedItem, 0);
    applyCommand(s, cmd::EditScenario{edit::DuplicateItem{Part::Step, 0}});
    EXPECT_EQ(s.editor.selectedItem, 1);
    applyCommand(s, cmd::EditScenario{edit::DeleteItem{Part::Step, steps + 1}});
    EXPECT_EQ(s.editor.selectedItem, steps);
    // Undo puts the selection back where it was before the edit.
    applyCommand(s, cmd::Undo{});
    EXPECT_EQ(s.editor.selectedItem, 1);
    // An index that does not exist is not selected.
    applyCommand(s, cmd::SelectEditorItem{Part::Persona, 99});
    EXPECT_EQ(s.editor.selectedPart, Part::Step);
}

TEST(EditorCommandsTest, AFailedEditChangesNothingAndSaysWhy) {
    AppState s = editing(introduction());
    const Scenario before = s.editor.scenario;
    applyCommand(s, cmd::EditScenario{edit::DeleteItem{Part::Step, 999}});
    EXPECT_EQ(s.editor.scenario, before);
    EXPECT_TRUE(s.editor.statusIsError);
    EXPECT_FALSE(s.editor.status.empty());
    EXPECT_TRUE(s.editor.undo.empty());
}

TEST(EditorCommandsTest, UnsavedChangesAreAskedAboutBeforeQuittingOrClosing) {
    AppState s = editing(introduction());
    applyCommand(s, cmd::RequestQuit{});
    EXPECT_TRUE(s.quitRequested); // nothing unsaved: quits
    s = editing(introduction());
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Title), "Changed"}});
    applyCommand(s, cmd::RequestQuit{});
    EXPECT_FALSE(s.quitRequested);
    EXPECT_EQ(s.editor.leavePending, LeaveKind::Quit);
    applyCommand(s, cmd::AnswerLeave{LeaveAnswer::Cancel});
    EXPECT_EQ(s.editor.leavePending, LeaveKind::None);
    EXPECT_TRUE(s.editor.dirty());
    applyCommand(s, cmd::CloseEditor{});
    EXPECT_TRUE(s.editor.open);
    EXPECT_EQ(s.editor.leavePending, LeaveKind::CloseEditor);
    applyCommand(s, cmd::AnswerLeave{LeaveAnswer::Discard});
    EXPECT_FALSE(s.editor.open);
    // During a show, quitting is the presenter's question; the editor does not add its own.
    s = editing(introduction());
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Title), "Changed"}});
    applyCommand(s, cmd::StartPresentation{true, false});
    applyCommand(s, cmd::RequestQuit{});
    EXPECT_TRUE(s.presentation.quitConfirmPending);
    EXPECT_EQ(s.editor.leavePending, LeaveKind::None);
}

TEST(EditorCommandsTest, ASaveMakesTheEditorCleanAndAFailedOneKeepsTheEdit) {
    AppState s = editing(introduction());
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Title), "Changed"}});
    applyCommand(s, cmd::EditorSaved{"/courses/intro.toml", s.editor.scenario, "cannot write: disk full", {}});
    EXPECT_TRUE(s.editor.dirty());
    EXPECT_TRUE(s.editor.statusIsError);
    applyCommand(s, cmd::EditorSaved{"/courses/intro.toml", s.editor.scenario, {}, "Saved at 10:00"});
    EXPECT_FALSE(s.editor.dirty());
    EXPECT_EQ(s.editor.status, "Saved at 10:00");
    // Undo after a save makes it unsaved again.
    applyCommand(s, cmd::Undo{});
    EXPECT_TRUE(s.editor.dirty());
}

TEST(EditorCommandsTest, AnOlderCheckDoesNotReplaceANewerOne) {
    AppState s = editing(introduction());
    const std::uint64_t first = s.editor.revision;
    applyCommand(s, cmd::EditScenario{edit::SetText{stepField(0, Field::Title), "Changed"}});
    EditedCheck stale;
    stale.valid = false;
    applyCommand(s, cmd::SetEditorCheck{first, stale});
    EXPECT_NE(s.editor.checkedRevision, first);
    EditedCheck current;
    current.valid = true;
    applyCommand(s, cmd::SetEditorCheck{s.editor.revision, current});
    EXPECT_TRUE(s.editor.check.valid);
}

TEST(EditorCommandsTest, EditorKeysWorkOnlyWhileEditingAndNeverDuringAShow) {
    AppState s = editing(introduction());
    auto key = [&](Key k, bool shift = false) { return commandForKey(KeyPress{k, true, shift, false}, s); };
    ASSERT_TRUE(key(Key::Z));
    EXPECT_TRUE(key(Key::Z)->holds<cmd::Undo>());
    EXPECT_TRUE(key(Key::Z, true)->holds<cmd::Redo>());
    EXPECT_TRUE(key(Key::Y)->holds<cmd::Redo>());
    EXPECT_TRUE(key(Key::S)->holds<cmd::SaveScenario>());
    EXPECT_TRUE(key(Key::E)->holds<cmd::CloseEditor>());
    applyCommand(s, cmd::StartPresentation{true, false});
    EXPECT_FALSE(key(Key::Z));
    EXPECT_FALSE(key(Key::S));
    EXPECT_FALSE(key(Key::E));
    AppState closed = makeStartState();
    EXPECT_FALSE(commandForKey(KeyPress{Key::S, true, false, false}, closed));
    EXPECT_TRUE(commandForKey(KeyPress{Key::E, true, false, false}, closed)->holds<cmd::OpenEditor>());
}

TEST(EditorCommandsTest, TheRestoreOfferWaitsUntilTheShowIsOver) {
    AppState s = makeStartState();
    applyCommand(s, cmd::StartPresentation{true, false});
    applyCommand(s, cmd::OfferRestore{RestoreOffer{"/a", "/b", "T"}});
    EXPECT_FALSE(s.restoreOffer);
    applyCommand(s, cmd::StopPresentation{});
    applyCommand(s, cmd::OfferRestore{RestoreOffer{"/a", "/b", "T"}});
    EXPECT_TRUE(s.restoreOffer);
}

class EditorAutosaveTest : public ::testing::Test {
  protected:
    test::TempDir temp_;
    const fs::path dir_ = temp_.path() / "data";
};

TEST_F(EditorAutosaveTest, ACopyReadsBackAsTheScenarioAndItsFile) {
    const StructureLibrary lib = StructureLibrary::builtIn();
    EditorAutosave autosave(dir_ / "autosave");
    EXPECT_TRUE(autosave.list(lib).empty()); // no folder yet: nothing, no error
    Scenario s = introduction();
    s.steps[0].title = LocalText("en", "Unsaved title");
    // A path with a line break, '%' and non-UTF-8 bytes still comes back exactly.
    const std::string odd = "/home/é/cours 100%/a\nb\xff.toml";
    ASSERT_OK(autosave.write(odd, s));
    ASSERT_OK(autosave.write("", introduction())); // a scenario never saved
    const auto offers = autosave.list(lib);
    ASSERT_EQ(offers.size(), 2u);
    bool sawOdd = false;
    for (const auto& o : offers) {
        const auto r = EditorAutosave::read(o.autosaveFile, lib);
        ASSERT_TRUE(r.scenario) << r.error;
        if (o.originalFile == odd) {
            sawOdd = true;
            EXPECT_EQ(*r.scenario, s);
        } else {
            EXPECT_EQ(o.originalFile, "");
        }
    }
    EXPECT_TRUE(sawOdd);
    autosave.remove(odd);
    autosave.remove("");
    EXPECT_TRUE(autosave.list(lib).empty());
}

TEST_F(EditorAutosaveTest, TwoWindowsWithUntitledDraftsKeepOneCopyEach) {
    const StructureLibrary lib = StructureLibrary::builtIn();
    EditorAutosave first(dir_, "1234-1");
    auto second = std::make_unique<EditorAutosave>(dir_, "5678-2");
    Scenario a = introduction(), b = introduction();
    a.steps[0].title = LocalText("en", "First window's draft");
    b.steps[0].title = LocalText("en", "Second window's draft");
    EXPECT_NE(first.fileFor(""), second->fileFor(""));
    EXPECT_NE(first.fileFor(""), first.fileFor("/a/file.toml")); // a draft never takes a file's copy
    ASSERT_OK(first.write("", a));
    ASSERT_OK(second->write("", b));
    const auto titlesOf = [&](const std::vector<RestoreOffer>& offers) {
        std::set<std::string> titles;
        for (const auto& o : offers) {
            const auto r = EditorAutosave::read(o.autosaveFile, lib);
            EXPECT_TRUE(r.scenario) << r.error;
            if (r.scenario) titles.insert(r.scenario->steps[0].title.get("en"));
        }
        return titles;
    };
    // While the second window runs, its copy is in use: the first window is not offered it.
    EXPECT_EQ(titlesOf(first.list(lib)), (std::set<std::string>{"First window's draft"}));
    // A third session started now is offered neither.
    EXPECT_TRUE(EditorAutosave(dir_, "9999-3").list(lib).empty());
    // The second window ends (a crash leaves the copy; its lock goes with the process): now it is offered.
    second.reset();
    EXPECT_TRUE(fs::exists(dir_ / fs::path(first.fileFor("")).filename()));
    EXPECT_EQ(titlesOf(first.list(lib)), (std::set<std::string>{"First window's draft", "Second window's draft"}));
    EXPECT_EQ(titlesOf(EditorAutosave(dir_, "9999-3").list(lib)), (std::set<std::string>{"Second window's draft"}));
}

TEST_F(EditorAutosaveTest, ADamagedCopyIsListedAndSaysWhyItCannotBeRestored) {
    const StructureLibrary lib = StructureLibrary::builtIn();
    EditorAutosave autosave(dir_);
    fs::create_directories(dir_);
    test::writeText(dir_ / "edit-0000000000000001.toml", "# Coin Model Studio autosave of: /x.toml\nformat = [");
    const auto offers = autosave.list(lib);
    ASSERT_EQ(offers.size(), 1u);
    EXPECT_EQ(offers[0].originalFile, "/x.toml");
    EXPECT_EQ(offers[0].title, "");
    const auto r = EditorAutosave::read(offers[0].autosaveFile, lib);
    EXPECT_FALSE(r.scenario);
    EXPECT_FALSE(r.error.empty());
}

} // namespace
} // namespace cs
