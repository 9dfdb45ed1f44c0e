// The scenario editor's panels driven like a person would: the outline lists the steps and
// selects them, the form shows the selected step and turns typing into edit Commands, problems show
// next to their field, and the questions answer with Commands (never drawn during a show).
#include "scenario_text.h"
#include "ui_test_support.h"

#include "draw_text.h"

#include "core/scenario/parser.h"
#include "core/ui_text.h"
#include "ui/audience_view.h"
#include "ui/editor_fields.h"
#include "ui/workspace_view.h"

#include <imgui_internal.h>

#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace cs {
namespace {

using testing::drawDataContainsText;
using testing::visibleGlyphs;

// The top of the first run of `text`'s glyphs right of `minX`, or nullopt.
std::optional<float> textTop(const ImDrawData* data, std::string_view text, float minX = 0.0f, std::size_t limit = 24) {
    const auto at = testing::findDrawnText(data, text, minX, limit);
    return at ? std::optional<float>(at->y) : std::nullopt;
}

class EditorPanelTest : public testing::ImGuiFixture {
  protected:
    void SetUp() override {
        ImGuiFixture::SetUp();
        // Tall enough that the whole step form fits without scrolling, so every field is drawn.
        ImGui::GetIO().DisplaySize = ImVec2(fb_.x, fb_.y);
        state_ = makeStartState(testing::builtInLibrary());
        ParseOptions options;
        options.library = testing::builtInLibrary().get();
        const auto file = std::filesystem::path(COINSTUDIO_SOURCE_DIR) / "scenarios/01-introduction.toml";
        ParseResult r = loadScenarioFile(file, options);
        ASSERT_TRUE(r.ok());
        scenario_ = *r.scenario;
        applyCommand(state_, cmd::LoadScenario{makeLoadedScenario(std::move(*r.scenario), *testing::builtInLibrary(),
                                                                  file, "en", "")});
        cmd::StartEditing start;
        start.file = file.string();
        start.scenario = scenario_;
        applyCommand(state_, start);
        ASSERT_TRUE(state_.editor.open);
    }

    ViewLayout layout() const { return computeEditorLayout(fb_, fonts_.scale); }

    CommandList drawOnce() { return drawView(workspace_, state_, fb_, layout()); }
    CommandList drawAudience() { return drawView(audience_, state_, fb_, computeAudienceLayout(fb_, fonts_.scale)); }

    CommandList clickAt(ImVec2 at) {
        return clickWith(at, [&] { return drawOnce(); });
    }

    // The outline's y for each item of `part` that a click there selects (from the selection's side:
    // a click on the item already selected gives nothing, so the selection is put elsewhere first).
    std::map<int, float> outlineRows(Part part) {
        applyCommand(state_, cmd::SelectEditorItem{Part::Scenario, 0});
        const ViewLayout l = layout();
        drawOnce();
        std::map<int, float> rows;
        for (float y = l.palette.y; y < l.palette.y + l.palette.height; y += 4.0f) {
            for (const auto& c : clickAt(ImVec2(l.palette.x + 30.0f, y))) {
                const auto* sel = c.get_if<cmd::SelectEditorItem>();
                if (sel && sel->part == part && !rows.count(sel->item)) rows[sel->item] = y;
            }
        }
        return rows;
    }

    static const edit::SetText* setTextIn(const CommandList& out) {
        for (const auto& c : out) {
            if (const auto* e = c.get_if<cmd::EditScenario>()) {
                if (const auto* t = std::get_if<edit::SetText>(&e->edit)) return t;
            }
        }
        return nullptr;
    }

    template <typename T> static std::optional<T> find(const CommandList& out) {
        for (const auto& c : out) {
            if (const T* t = c.get_if<T>()) return *t;
        }
        return std::nullopt;
    }

    std::string titleOf(int step) const { return scenario_.steps[std::size_t(step)].title.get("en"); }

    glm::vec2 fb_{1920, 3200};
    AppState state_;
    Scenario scenario_;
    WorkspaceView workspace_;
    AudienceView audience_;
};

TEST_F(EditorPanelTest, TheOutlineListsEveryStepByNumberAndTitle) {
    drawOnce();
    drawOnce();
    ASSERT_EQ(scenario_.steps.size(), 12u);
    for (int i = 0; i < int(scenario_.steps.size()); ++i) {
        // The start of each label (a long title may be clipped at the outline's edge).
        const std::string label = std::to_string(i + 1) + ". " + titleOf(i);
        EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), label, 14)) << label;
    }
}

TEST_F(EditorPanelTest, ClickingAStepInTheOutlineSelectsIt) {
    const std::map<int, float> rows = outlineRows(Part::Step);
    ASSERT_EQ(rows.size(), scenario_.steps.size());
    // Numbered in order, top to bottom.
    for (int i = 1; i < int(rows.size()); ++i)
        EXPECT_LT(rows.at(i - 1), rows.at(i));
}

TEST_F(EditorPanelTest, TheSelectedStepShowsItsFormWithItsTitle) {
    applyCommand(state_, cmd::SelectEditorItem{Part::Step, 4});
    drawOnce();
    drawOnce();
    const ImDrawData* data = ImGui::GetDrawData();
    EXPECT_TRUE(drawDataContainsText(data, stepOf(5, int(scenario_.steps.size()), "en")));
    EXPECT_TRUE(drawDataContainsText(data, titleOf(4)));
    EXPECT_TRUE(drawDataContainsText(data, scenario_.steps[4].title.get("fr"))); // the languages side by side
    // Another step's text is not in the form (its title is in the outline, so look at its notes).
    EXPECT_FALSE(drawDataContainsText(data, scenario_.steps[6].notes.get("en")));
    EXPECT_TRUE(drawDataContainsText(data, scenario_.steps[4].notes.get("en"), 30));
}

TEST_F(EditorPanelTest, TypingIntoTheTitleEmitsSetTextForThatStepAndLanguage) {
    applyCommand(state_, cmd::SelectEditorItem{Part::Step, 2});
    const ViewLayout l = layout();
    drawOnce();
    drawOnce();
    ImGuiIO& io = ImGui::GetIO();
    // Click down the form's first (English) column from the title's heading (the id's field is above
    // it) until a text field takes the keyboard: the title's.
    const std::optional<float> title = textTop(
        ImGui::GetDrawData(),
        std::string(uiWord(editorFieldLabel(Part::Step, Field::Title), "en")) + fieldKey(Field::Title), l.side.x, 200);
    ASSERT_TRUE(title);
    bool typing = false;
    for (float y = *title; y < *title + 200.0f && !typing; y += 3.0f) {
        clickAt(ImVec2(l.side.x + 40.0f, y));
        typing = io.WantTextInput;
    }
    ASSERT_TRUE(typing);
    // End, then a character: the title with "!" at its end.
    io.KeyMap[ImGuiKey_End] = 301;
    io.KeysDown[301] = true;
    drawOnce();
    io.KeysDown[301] = false;
    drawOnce();
    io.AddInputCharacter('!');
    const CommandList out = drawOnce();
    const edit::SetText* set = setTextIn(out);
    ASSERT_NE(set, nullptr);
    FieldRef expected;
    expected.part = Part::Step;
    expected.item = 2;
    expected.field = Field::Title;
    expected.lang = "en";
    EXPECT_EQ(set->ref, expected);
    EXPECT_EQ(set->text, titleOf(2) + "!");
    // Core applies it: the scenario being edited changes, the file's does not.
    applyCommand(state_, out.back());
    EXPECT_EQ(state_.editor.scenario.steps[2].title.get("en"), titleOf(2) + "!");
    EXPECT_TRUE(state_.editor.dirty());
}

TEST_F(EditorPanelTest, AProblemOnFocusIsDrawnNextToTheFocusField) {
    applyCommand(state_, cmd::SelectEditorItem{Part::Step, 1});
    FieldProblem p;
    p.part = Part::Step;
    p.item = 1;
    p.key = "focus";
    p.diagnostic.line = 40;
    p.diagnostic.column = 9;
    p.diagnostic.severity = Severity::Error;
    p.diagnostic.message = "focus names a coin that is not on stage";
    state_.editor.check.problems.push_back(p);
    state_.editor.check.diagnostics.push_back(p.diagnostic);
    state_.editor.checkedRevision = state_.editor.revision;
    drawOnce();
    drawOnce();
    const ImDrawData* data = ImGui::GetDrawData();
    const float form = layout().side.x; // the problem is also in the list under the stage
    const auto problem = textTop(data, "error: focus names a coin", form);
    const auto focusLabel = textTop(data, uiWord("Coin in focus", "en"), form);
    const auto showLabel = textTop(data, uiWord("Which face is shown", "en"), form);
    ASSERT_TRUE(problem && focusLabel && showLabel);
    EXPECT_GT(*problem, *focusLabel);
    EXPECT_LT(*problem, *showLabel);
    // The outline marks the step, in words.
    EXPECT_TRUE(drawDataContainsText(data, "1 error"));
}

TEST_F(EditorPanelTest, AProblemAboutTheWholeStepIsAtTheTopOfItsForm) {
    applyCommand(state_, cmd::SelectEditorItem{Part::Step, 3});
    FieldProblem p;
    p.part = Part::Step;
    p.item = 3;
    p.diagnostic.severity = Severity::Warning;
    p.diagnostic.message = "this step says nothing yet";
    state_.editor.check.problems.push_back(p);
    drawOnce();
    drawOnce();
    const ImDrawData* data = ImGui::GetDrawData();
    const auto problem = textTop(data, "warning: this step says", layout().side.x);
    const auto title = textTop(data, uiWord("Title", "en"), layout().side.x);
    ASSERT_TRUE(problem && title);
    EXPECT_LT(*problem, *title);
}

TEST_F(EditorPanelTest, DraggingAStepOntoAnotherMovesIt) {
    const std::map<int, float> rows = outlineRows(Part::Step);
    ASSERT_GE(rows.size(), 3u);
    const ViewLayout l = layout();
    ImGuiIO& io = ImGui::GetIO();
    const float x = l.palette.x + 30.0f;
    io.MousePos = ImVec2(x, rows.at(2));
    drawOnce();
    io.MouseDown[0] = true;
    drawOnce();
    CommandList out;
    for (int i = 1; i <= 6; ++i) {
        io.MousePos = ImVec2(x + 2.0f, rows.at(2) + (rows.at(0) - rows.at(2)) * float(i) / 6.0f);
        for (auto& c : drawOnce())
            out.push_back(c);
    }
    io.MouseDown[0] = false;
    for (auto& c : drawOnce())
        out.push_back(c);
    std::optional<edit::MoveItem> move;
    for (const auto& c : out) {
        if (const auto* e = c.get_if<cmd::EditScenario>()) {
            if (const auto* m = std::get_if<edit::MoveItem>(&e->edit)) move = *m;
        }
    }
    ASSERT_TRUE(move);
    EXPECT_EQ(move->part, Part::Step);
    EXPECT_EQ(move->from, 2);
    EXPECT_EQ(move->to, 0);
}

TEST_F(EditorPanelTest, AltDownMovesTheSelectedStepWhenTheOutlineHasTheKeyboard) {
    const std::map<int, float> rows = outlineRows(Part::Step);
    ASSERT_TRUE(rows.count(5));
    const ViewLayout l = layout();
    clickAt(ImVec2(l.palette.x + 30.0f, rows.at(5))); // selects step 6 and focuses the outline
    applyCommand(state_, cmd::SelectEditorItem{Part::Step, 5});
    drawOnce();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_DownArrow] = 302;
    io.KeyAlt = true;
    io.KeysDown[302] = true;
    const CommandList out = drawOnce();
    io.KeysDown[302] = false;
    io.KeyAlt = false;
    drawOnce();
    std::optional<edit::MoveItem> move;
    for (const auto& c : out) {
        if (const auto* e = c.get_if<cmd::EditScenario>()) {
            if (const auto* m = std::get_if<edit::MoveItem>(&e->edit)) move = *m;
        }
    }
    ASSERT_TRUE(move);
    EXPECT_EQ(move->from, 5);
    EXPECT_EQ(move->to, 6);
}

TEST_F(EditorPanelTest, TheLeaveQuestionAnswersSaveDiscardOrCancel) {
    cmd::EditScenario change{edit::SetText{FieldRef{Part::Step, 0, Field::Title, -1, "en", ""}, "Changed"}};
    applyCommand(state_, change);
    applyCommand(state_, cmd::AskBeforeLeaving{LeaveKind::Quit, ""});
    ASSERT_EQ(state_.editor.leavePending, LeaveKind::Quit);
    drawOnce();
    drawOnce();
    drawOnce();
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), "Save the changes to"));
    ImGuiWindow* w = ImGui::FindWindowByName("###editorLeave");
    ASSERT_NE(w, nullptr);
    ASSERT_TRUE(w->Active);
    // Find the row of buttons, then each button along it.
    std::map<LeaveAnswer, float> found;
    float row = -1.0f;
    for (float y = w->Pos.y; y < w->Pos.y + w->Size.y && row < 0.0f; y += 3.0f) {
        if (find<cmd::AnswerLeave>(clickAt(ImVec2(w->Pos.x + w->WindowPadding.x + 4.0f, y)))) row = y;
    }
    ASSERT_GT(row, 0.0f);
    for (float x = w->Pos.x; x < w->Pos.x + w->Size.x; x += 4.0f) {
        if (const auto answer = find<cmd::AnswerLeave>(clickAt(ImVec2(x, row)))) {
            if (!found.count(answer->answer)) found[answer->answer] = x;
        }
    }
    ASSERT_EQ(found.size(), 3u);
    EXPECT_LT(found[LeaveAnswer::Save], found[LeaveAnswer::Discard]);
    EXPECT_LT(found[LeaveAnswer::Discard], found[LeaveAnswer::Cancel]);
    // Answered: the question goes away.
    applyCommand(state_, cmd::AnswerLeave{LeaveAnswer::Cancel});
    drawOnce();
    drawOnce();
    EXPECT_FALSE(drawDataContainsText(ImGui::GetDrawData(), "Save the changes to"));
}

TEST_F(EditorPanelTest, TheCommentsQuestionAnswersSaveAnywayOrNotNow) {
    state_.editor.commentsQuestionPending = true;
    drawOnce();
    drawOnce();
    ImGuiWindow* w = ImGui::FindWindowByName("###editorComments");
    ASSERT_NE(w, nullptr);
    std::set<bool> answers;
    for (float y = w->Pos.y; y < w->Pos.y + w->Size.y; y += 4.0f) {
        for (float x = w->Pos.x + 8.0f; x < w->Pos.x + w->Size.x; x += 24.0f) {
            if (const auto a = find<cmd::AnswerComments>(clickAt(ImVec2(x, y)))) answers.insert(a->save);
        }
        if (answers.size() == 2) break;
    }
    EXPECT_EQ(answers, (std::set<bool>{true, false}));
}

TEST_F(EditorPanelTest, TheRestoreOfferIsNeverDrawnDuringAPresentation) {
    state_.restoreOffer = RestoreOffer{"/tmp/autosave.toml", "/tmp/course.toml", "Nursing week 3"};
    state_.presentation.active = true;
    for (int i = 0; i < 3; ++i)
        drawOnce();
    EXPECT_FALSE(drawDataContainsText(ImGui::GetDrawData(), "Restore them"));
    EXPECT_FALSE(drawDataContainsText(ImGui::GetDrawData(), "Nursing week 3"));
    for (int i = 0; i < 3; ++i)
        drawAudience();
    EXPECT_FALSE(drawDataContainsText(ImGui::GetDrawData(), "Nursing week 3"));
    // After the show it is asked (so the search above could have found it).
    state_.presentation.active = false;
    for (int i = 0; i < 3; ++i)
        drawOnce();
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), "Nursing week 3"));
}

TEST_F(EditorPanelTest, SaveAsSendsTheFolderTyped) {
    applyCommand(state_, cmd::ShowSaveAs{false});
    applyCommand(state_, cmd::SetSaveAsFolder{"/tmp/my-course"});
    drawOnce();
    drawOnce();
    ImGuiWindow* w = ImGui::FindWindowByName("###editorSaveAs");
    ASSERT_NE(w, nullptr);
    std::optional<cmd::SaveScenarioAs> save;
    for (float y = w->Pos.y + 30.0f; y < w->Pos.y + w->Size.y && !save; y += 4.0f) {
        save = find<cmd::SaveScenarioAs>(clickAt(ImVec2(w->Pos.x + w->WindowPadding.x + 6.0f, y)));
    }
    ASSERT_TRUE(save);
    EXPECT_EQ(save->folder, "/tmp/my-course");
}

TEST_F(EditorPanelTest, TheOtherPartsHaveFormsWithTheirKeys) {
    // Every part's form draws without tripping ImGui's checks, with its keys shown.
    applyCommand(state_, cmd::EditScenario{edit::AddItem{Part::Structure, -1}});
    applyCommand(state_, cmd::EditScenario{edit::AddItem{Part::Persona, -1}});
    const std::vector<std::pair<Part, std::vector<const char*>>> parts{
        {Part::Scenario, {"languages", "authors", "summary"}},
        {Part::Source, {"cite", "url"}},
        {Part::Structure, {"advantages", "disadvantages", "levels", "color"}},
        {Part::Persona, {"positions", "description"}},
    };
    for (const auto& [part, keys] : parts) {
        applyCommand(state_, cmd::SelectEditorItem{part, 0});
        drawOnce();
        drawOnce();
        for (const char* key : keys)
            EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), key)) << int(part) << " " << key;
    }
}

TEST_F(EditorPanelTest, EachFormShowsTheFieldsOfItsPartInTheTablesOrder) {
    applyCommand(state_, cmd::EditScenario{edit::AddItem{Part::Structure, -1}});
    applyCommand(state_, cmd::EditScenario{edit::AddItem{Part::Persona, -1}});
    ASSERT_TRUE(scenario_.steps[0].question) << "the first step has a question, so its keys are in its form";
    const float form = layout().side.x;
    // A field's heading: its words, then its key beside them (as the form's fieldLabel draws them).
    const auto headingTop = [&](Part part, Field field) {
        return textTop(ImGui::GetDrawData(), std::string(uiWord(editorFieldLabel(part, field), "en")) + fieldKey(field),
                       form, 200);
    };
    for (Part part : {Part::Scenario, Part::Source, Part::Structure, Part::Persona, Part::Step}) {
        SCOPED_TRACE(partName(part));
        applyCommand(state_, cmd::SelectEditorItem{part, 0});
        drawOnce();
        drawOnce();
        float previous = -1.0f;
        for (Field field : fieldsOf(part)) {
            const std::optional<float> top = headingTop(part, field);
            ASSERT_TRUE(top) << fieldKey(field) << " is not in the form";
            EXPECT_GT(*top, previous) << fieldKey(field) << " is out of the table's order";
            previous = *top;
        }
        // And no field of another part.
        for (int f = 0; f <= int(Field::Pushback); ++f) {
            if (!partHas(part, Field(f))) {
                EXPECT_FALSE(headingTop(part, Field(f))) << fieldKey(Field(f));
            }
        }
    }
    // Without a question, the question's keys are not shown; its own field (to add one) is.
    applyCommand(state_, cmd::SelectEditorItem{Part::Step, 0});
    applyCommand(state_, cmd::EditScenario{edit::ClearValue{FieldRef{Part::Step, 0, Field::Question, -1, "", ""}}});
    ASSERT_FALSE(state_.editor.scenario.steps[0].question);
    drawOnce();
    drawOnce();
    EXPECT_TRUE(headingTop(Part::Step, Field::Question));
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), uiWord("Add a question", "en")));
    for (Field field : {Field::QuestionPrompt, Field::QuestionChoices, Field::QuestionAnswer, Field::QuestionExplain})
        EXPECT_FALSE(headingTop(Part::Step, field)) << fieldKey(field);
    EXPECT_TRUE(headingTop(Part::Step, Field::Reflect));
}

TEST_F(EditorPanelTest, TheEditorLayoutKeepsTheStageBetweenOutlineAndForm) {
    for (const glm::vec2 size : {glm::vec2{1024, 600}, glm::vec2{1920, 1080}, glm::vec2{3840, 2160}}) {
        const ViewLayout l = computeEditorLayout(size, 1.0f);
        EXPECT_GT(l.stage.width, size.x * 0.2f);
        EXPECT_FLOAT_EQ(l.palette.x + l.palette.width, l.stage.x);
        EXPECT_FLOAT_EQ(l.stage.x + l.stage.width, l.side.x);
        EXPECT_FLOAT_EQ(l.side.x + l.side.width, size.x);
        EXPECT_GT(l.problems.height, 0.0f);
        EXPECT_FLOAT_EQ(l.stage.y + l.stage.height, l.problems.y);
        EXPECT_LE(l.problems.y + l.problems.height, size.y + 0.5f);
    }
}

} // namespace
} // namespace cs
