// The workspace's panels driven like a user would: the mouse moves, presses and releases, and the
// test checks the Commands that come out. No renderer: ImGui frames are built and thrown away.
#include "scenario_text.h"
#include "ui_test_support.h"

#include "draw_text.h"

#include "core/keymap.h"
#include "core/scenario/parser.h"
#include "core/ui_text.h"
#include "ui/stage_input.h"
#include "ui/workspace_view.h"

#include <imgui_internal.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

namespace cs {
namespace {

class WorkspaceViewTest : public testing::ImGuiFixture {
  protected:
    void SetUp() override {
        ImGuiFixture::SetUp();
        state_ = makeStartState(testing::builtInLibrary());
    }

    void openScenario(const char* relative) {
        ParseOptions options;
        options.library = testing::builtInLibrary().get();
        const auto file = std::filesystem::path(COINSTUDIO_SOURCE_DIR) / relative;
        ParseResult r = loadScenarioFile(file, options);
        ASSERT_TRUE(r.ok());
        applyCommand(state_, cmd::LoadScenario{makeLoadedScenario(std::move(*r.scenario), *testing::builtInLibrary(),
                                                                  file, "en", "")});
    }

    ViewLayout layout() const { return computeWorkspaceLayout(fb_, fonts_.scale, state_.problemsVisible); }

    // One frame of the workspace with the mouse where the test put it.
    CommandList drawOnce() { return drawView(view_, state_, fb_, layout()); }

    // Moves the mouse to `at`, presses and releases the left button there; the commands of all
    // three frames.
    CommandList clickAt(ImVec2 at) {
        return clickWith(at, [&] { return drawOnce(); });
    }

    // Clicks down a column from `top` to `bottom` until a click yields a command of type T.
    template <typename T> std::optional<T> firstClickGiving(float x, float top, float bottom) {
        drawOnce(); // let windows take their places
        for (float y = top; y < bottom; y += 3.0f) {
            for (const auto& c : clickAt(ImVec2(x, y))) {
                if (const T* t = c.get_if<T>()) return *t;
            }
        }
        return std::nullopt;
    }

    glm::vec2 fb_{1600, 900};
    AppState state_;
    WorkspaceView view_;
};

TEST_F(WorkspaceViewTest, ClickingTheFirstStructurePlacesItsCoin) {
    const ViewLayout l = layout();
    const auto place =
        firstClickGiving<cmd::PlaceCoin>(l.palette.x + l.palette.width * 0.5f, l.palette.y, l.palette.y + 300.0f);
    ASSERT_TRUE(place);
    EXPECT_EQ(place->structureId, testing::builtInLibrary()->structures().front().id);
    EXPECT_EQ(place->at, -1);
}

TEST_F(WorkspaceViewTest, DraggingAStructureOntoTheStagePlacesItWhereItWasDropped) {
    const ViewLayout l = layout();
    // Find the first structure button: the y where a click places a coin.
    float buttonY = -1.0f;
    drawOnce();
    for (float y = l.palette.y; y < l.palette.y + 300.0f && buttonY < 0.0f; y += 3.0f) {
        for (const auto& c : clickAt(ImVec2(l.palette.x + 40.0f, y))) {
            if (c.holds<cmd::PlaceCoin>()) buttonY = y;
        }
    }
    ASSERT_GT(buttonY, 0.0f);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(l.palette.x + 40.0f, buttonY);
    drawOnce();
    io.MouseDown[0] = true;
    drawOnce();
    // Drag in a few moves to the far right of the stage, then release.
    const ImVec2 target(l.stage.x + l.stage.width * 0.9f, l.stage.y + l.stage.height * 0.5f);
    for (int i = 1; i <= 5; ++i) {
        io.MousePos = ImVec2(io.MousePos.x + (target.x - io.MousePos.x) * 0.5f,
                             io.MousePos.y + (target.y - io.MousePos.y) * 0.5f);
        drawOnce();
    }
    io.MousePos = target;
    drawOnce();
    io.MouseDown[0] = false;
    const CommandList out = drawOnce();
    ASSERT_EQ(out.size(), 1u);
    const auto* place = out[0].get_if<cmd::PlaceCoin>();
    ASSERT_NE(place, nullptr);
    EXPECT_EQ(place->structureId, testing::builtInLibrary()->structures().front().id);
    EXPECT_EQ(place->at, 1); // right of the one coin on stage
}

TEST_F(WorkspaceViewTest, DraggingOnTheStageTurnsTheCoins) {
    const ViewLayout l = layout();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(l.stage.x + 50.0f, l.stage.y + 50.0f);
    drawOnce();
    io.MouseDown[0] = true;
    drawOnce();
    io.MousePos.x += 40.0f;
    const CommandList out = drawOnce();
    io.MouseDown[0] = false;
    drawOnce();
    ASSERT_FALSE(out.empty());
    const auto* turn = out.back().get_if<cmd::RotateView>();
    ASSERT_NE(turn, nullptr);
    EXPECT_GT(turn->yawDeg, 0.0f);
    EXPECT_FLOAT_EQ(turn->pitchDeg, 0.0f);
}

TEST_F(WorkspaceViewTest, ClickingACoinFocusesIt) {
    applyCommand(state_, cmd::PlaceCoin{"racism"});
    applyCommand(state_, cmd::PlaceCoin{"ableism"});
    state_.settle();
    ASSERT_EQ(state_.focus, 1);
    const ViewLayout l = layout();
    const StageView view = computeStageView(state_, fb_, l.stage);
    const glm::vec3 first = view.project(view.coins[0].centre);
    drawOnce();
    const CommandList out = clickAt(ImVec2(first.x, first.y));
    ASSERT_EQ(out.size(), 1u);
    ASSERT_TRUE(out[0].holds<cmd::FocusCoin>());
    EXPECT_EQ(out[0].get<cmd::FocusCoin>().index, 0);
}

TEST_F(WorkspaceViewTest, NextInTheStepPanelGoesToTheNextStep) {
    openScenario("scenarios/template.toml");
    const ViewLayout l = layout();
    // "Next" is the right-hand button of the pair.
    EXPECT_TRUE(firstClickGiving<cmd::NextStep>(l.side.x + l.side.width * 0.75f, l.side.y, l.side.y + l.side.height));
    EXPECT_TRUE(
        firstClickGiving<cmd::PreviousStep>(l.side.x + l.side.width * 0.25f, l.side.y, l.side.y + l.side.height) ==
        std::nullopt); // Back is disabled on the first step
}

TEST_F(WorkspaceViewTest, AProblemLineIsCopiedWhenClicked) {
    const Diagnostic d{"lesson.toml", 12, 5, Severity::Error, "unknown key 'tittle' in [[step]]"};
    applyCommand(state_, cmd::SetProblems{{d}, false});
    ASSERT_TRUE(state_.problemsVisible);
    const ViewLayout l = layout();
    ASSERT_GT(l.problems.height, 0.0f);
    const auto copy =
        firstClickGiving<cmd::CopyText>(l.problems.x + 60.0f, l.problems.y, l.problems.y + l.problems.height);
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->text, "lesson.toml:12:5: error: unknown key 'tittle' in [[step]]");
}

TEST_F(WorkspaceViewTest, TheFileBrowserOpensFilesAndFolders) {
    applyCommand(state_, cmd::OpenFileBrowser{});
    applyCommand(state_, cmd::SetFolderListing{"/data", {{"lessons", true}, {"intro.toml", false}}, ""});
    drawOnce();
    ImGuiWindow* w = ImGui::FindWindowByName("Open a scenario###filebrowser");
    ASSERT_NE(w, nullptr);
    const float x = w->Pos.x + 60.0f;
    const auto folder = firstClickGiving<cmd::BrowseFolder>(x, w->Pos.y + 40.0f, w->Pos.y + w->Size.y);
    ASSERT_TRUE(folder);
    // "Up one folder" comes first in the window, then the entries; either way a folder is browsed.
    EXPECT_TRUE(folder->path == "/" || folder->path == "/data/lessons") << folder->path;
    const auto file = firstClickGiving<cmd::OpenFile>(x, w->Pos.y + 40.0f, w->Pos.y + w->Size.y);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->path, "/data/intro.toml");
}

TEST_F(WorkspaceViewTest, PredictThenRevealChoosingAnAnswerEmitsChooseAnswer) {
    openScenario("scenarios/01-introduction.toml");
    // The last step with a question (past its content note, if it has one).
    int step = -1;
    for (int i = 0; i < state_.scenario->stepCount(); ++i) {
        if (state_.scenario->scenario.steps[std::size_t(i)].question) step = i;
    }
    ASSERT_GT(step, 0);
    applyCommand(state_, cmd::GoToStep{step + 1});
    if (state_.contentNotePending) applyCommand(state_, cmd::AcknowledgeContentNote{});
    ASSERT_TRUE(state_.currentStep()->question);
    const ViewLayout l = layout();
    const auto choose = firstClickGiving<cmd::ChooseAnswer>(l.side.x + 14.0f, l.side.y, l.side.y + l.side.height);
    ASSERT_TRUE(choose);
    EXPECT_EQ(choose->step, step);
    EXPECT_EQ(choose->choice, 1); // the first radio button found going down
}

TEST_F(WorkspaceViewTest, TypingAReflectionEmitsSetReflection) {
    openScenario("scenarios/01-introduction.toml");
    // The first step with a reflection prompt.
    int step = -1;
    for (int i = 0; i < state_.scenario->stepCount() && step < 0; ++i) {
        if (!state_.scenario->scenario.steps[std::size_t(i)].reflect.empty()) step = i;
    }
    ASSERT_GE(step, 0);
    applyCommand(state_, cmd::GoToStep{step + 1});
    if (state_.contentNotePending) applyCommand(state_, cmd::AcknowledgeContentNote{});
    const ViewLayout l = layout();
    ImGuiIO& io = ImGui::GetIO();
    drawOnce();
    // Click down the panel until a text field takes the keyboard.
    for (float y = l.side.y; y < l.side.y + l.side.height && !io.WantTextInput; y += 6.0f)
        clickAt(ImVec2(l.side.x + 60.0f, y));
    ASSERT_TRUE(io.WantTextInput);
    io.AddInputCharactersUTF8("Je note é");
    const CommandList out = drawOnce();
    ASSERT_FALSE(out.empty());
    const auto* set = out.back().get_if<cmd::SetReflection>();
    ASSERT_NE(set, nullptr);
    EXPECT_EQ(set->step, step);
    EXPECT_EQ(set->text, "Je note é");
}

TEST(UiWordsTest, EveryPhraseHasAFrenchTranslation) {
    for (std::string_view english : uiWordsKnown()) {
        const std::string en(english);
        const std::string fr = uiWord(en.c_str(), "fr");
        EXPECT_FALSE(fr.empty()) << en;
        // Words that are the same in both languages are listed on purpose.
        if (en != "English" && en != "Français" && en != "Structures" && en != "Sources") {
            EXPECT_NE(fr, en) << en;
        }
    }
    EXPECT_STREQ(uiWord("File", "fr-CA"), "Fichier");
    EXPECT_STREQ(uiWord("File", "en"), "File");
    EXPECT_STREQ(uiWord("An unknown phrase", "fr"), "An unknown phrase");
}

// Every phrase the panels pass to uiWord (directly or through their `w` shorthand) is in the table,
// so nothing of the app's own chrome stays English in French.
TEST(UiWordsTest, EveryPhraseThePanelsUseIsInTheTable) {
    const std::vector<std::string_view> known = uiWordsKnown();
    const std::regex call(R"re(\b(?:uiWord|w)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)])re");
    const std::regex piece(R"re("((?:[^"\\]|\\.)*)")re");
    int found = 0;
    std::vector<std::filesystem::path> files;
    for (const char* dir : {"ui", "app"}) {
        for (const auto& e :
             std::filesystem::directory_iterator(std::filesystem::path(COINSTUDIO_SOURCE_DIR) / "src" / dir)) {
            if (e.path().extension() == ".cpp") files.push_back(e.path());
        }
    }
    for (const auto& path : files) {
        const std::filesystem::directory_entry entry(path);
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (auto it = std::sregex_iterator(source.begin(), source.end(), call); it != std::sregex_iterator(); ++it) {
            // Adjacent literals ("a" "b") are one phrase.
            std::string phrase;
            const std::string literals = (*it)[1];
            for (auto p = std::sregex_iterator(literals.begin(), literals.end(), piece); p != std::sregex_iterator();
                 ++p) {
                phrase += (*p)[1];
            }
            ++found;
            EXPECT_NE(std::find(known.begin(), known.end(), phrase), known.end())
                << entry.path().filename() << ": \"" << phrase << "\" has no French in src/core/ui_text.cpp";
        }
    }
    EXPECT_GT(found, 100); // the scan really reads the panels
}

TEST(UiWordsTest, EveryKeyDescriptionIsTranslated) {
    for (const auto& b : keyTable()) {
        const std::string en(describe(b.action));
        EXPECT_NE(std::string(uiWord(en.c_str(), "fr")), en) << en;
    }
}

TEST_F(WorkspaceViewTest, SettingsListWhatWasKeptFromStepsThatNoLongerExist) {
    openScenario("scenarios/01-introduction.toml");
    const std::vector<OrphanedLearnerEntry> gone{
        {"id:gone", 7, "A removed step", "What did you notice?", "My words then", false},
        {"text:0123456789abcdef", 3, "Another step", "Which face?", "The top face", true}};
    applyCommand(state_, cmd::SetLearnerData{{}, {}, gone});
    applyCommand(state_, cmd::ToggleSettings{});
    drawOnce();
    drawOnce();
    const std::string heading = std::string(uiWord("From a step that no longer exists", "en")) + " (2)";
    const auto at = testing::findDrawnText(ImGui::GetDrawData(), heading);
    ASSERT_TRUE(at) << "the list is named in Settings";
    EXPECT_FALSE(testing::drawDataContainsText(ImGui::GetDrawData(), "My words then")) << "folded until opened";
    clickAt(ImVec2(at->x + 20.0f, at->y + 4.0f));
    drawOnce();
    for (const char* shown : {"A removed step", "What did you notice?", "My words then", "Another step", "Which face?",
                              "Your answer: The top face"}) {
        EXPECT_TRUE(testing::drawDataContainsText(ImGui::GetDrawData(), shown)) << shown;
    }
    // Read-only: nothing in it changes anything. Export takes a reflection from a gone step along, so it
    // can be asked for with no reflection on any step of the scenario.
    const auto button = testing::findDrawnText(ImGui::GetDrawData(), uiWord("Export my reflections", "en"));
    ASSERT_TRUE(button);
    bool exported = false;
    for (const auto& c : clickAt(ImVec2(button->x + 10.0f, button->y + 4.0f)))
        exported = exported || c.holds<cmd::ExportReflections>();
    EXPECT_TRUE(exported);
    // A new scenario's data replaces the list; none: no list.
    applyCommand(state_, cmd::SetLearnerData{});
    drawOnce();
    EXPECT_FALSE(
        testing::drawDataContainsText(ImGui::GetDrawData(), uiWord("From a step that no longer exists", "en")));
}

TEST_F(WorkspaceViewTest, ThePublishDialogAsksBeforeReplacingAndPublishes) {
    openScenario("scenarios/template.toml");
    applyCommand(state_, cmd::SetWebBuild{"/somewhere/web"});
    applyCommand(state_, cmd::TogglePublishDialog{});
    applyCommand(state_, cmd::SetPublishFolder{"/home/ana/course-web"});
    drawOnce();
    drawOnce();
    // The button left of `right` on its line that publishes: whether it asks to replace.
    const auto publishLeftOf = [&](ImVec2 right) -> std::optional<bool> {
        for (float x = right.x - 4.0f; x > right.x - 300.0f; x -= 6.0f) {
            for (const auto& c : clickAt(ImVec2(x, right.y + 4.0f)))
                if (const auto* p = c.get_if<cmd::PublishWebPage>()) return p->replaceForeign;
        }
        return std::nullopt;
    };
    const auto close = testing::findDrawnText(ImGui::GetDrawData(), uiWord("Close", "en"));
    ASSERT_TRUE(close);
    const auto publish = publishLeftOf(*close); // Publish, Close
    ASSERT_TRUE(publish);
    EXPECT_FALSE(*publish);

    // Someone's index.html in the folder: the question, then Replace or another folder.
    applyCommand(state_, cmd::SetPublishStatus{false, {}, {}, {"index.html"}});
    drawOnce();
    drawOnce(); // the dialog fits its new lines
    EXPECT_TRUE(testing::drawDataContainsText(ImGui::GetDrawData(), uiWord("Replace them?", "en")));
    EXPECT_TRUE(testing::drawDataContainsText(ImGui::GetDrawData(), "index.html"));
    const auto other = testing::findDrawnText(ImGui::GetDrawData(), uiWord("Choose another folder", "en"));
    ASSERT_TRUE(other);
    const auto replace = publishLeftOf(*other); // Replace, Choose another folder
    ASSERT_TRUE(replace);
    EXPECT_TRUE(*replace);
    bool cleared = false;
    for (const auto& c : clickAt(ImVec2(other->x + 6.0f, other->y + 4.0f)))
        if (const auto* st = c.get_if<cmd::SetPublishStatus>()) cleared = st->foreign.empty();
    EXPECT_TRUE(cleared);
}

TEST_F(WorkspaceViewTest, PublishingNeedsAScenarioAndAWebBuild) {
    EXPECT_TRUE(state_.publishDialog.webBuild.empty());
    openScenario("scenarios/template.toml");
    drawOnce();
    const auto file = testing::findDrawnText(ImGui::GetDrawData(), uiWord("File", "en"));
    ASSERT_TRUE(file);
    const auto itemInOpenMenu = [&]() {
        drawOnce();
        const std::string_view label = uiWord("Publish as web page...", "en");
        if (!testing::drawDataContainsText(ImGui::GetDrawData(), label)) {
            clickAt(ImVec2(file->x + 4.0f, file->y + 4.0f));
            drawOnce();
        }
        return testing::findDrawnText(ImGui::GetDrawData(), label);
    };
    // Without a web build the item is there and disabled: clicking it gives nothing.
    const auto item = itemInOpenMenu();
    ASSERT_TRUE(item);
    for (const auto& c : clickAt(ImVec2(item->x + 6.0f, item->y + 4.0f)))
        EXPECT_FALSE(c.holds<cmd::TogglePublishDialog>());
    // With one, it opens the dialog.
    applyCommand(state_, cmd::SetWebBuild{"/somewhere/web"});
    const auto enabled = itemInOpenMenu();
    ASSERT_TRUE(enabled);
    bool toggled = false;
    for (const auto& c : clickAt(ImVec2(enabled->x + 6.0f, enabled->y + 4.0f)))
        toggled = toggled || c.holds<cmd::TogglePublishDialog>();
    EXPECT_TRUE(toggled);
}

TEST_F(WorkspaceViewTest, SourcesListTheCitationsAndCopyThem) {
    openScenario("scenarios/03-settler-colonialism.toml");
    applyCommand(state_, cmd::ToggleSources{});
    drawOnce();
    ImGuiWindow* w = ImGui::FindWindowByName("###sources");
    ASSERT_NE(w, nullptr);
    const auto copy =
        firstClickGiving<cmd::CopyText>(w->Pos.x + w->WindowPadding.x + 8.0f, w->Pos.y + 30.0f, w->Pos.y + w->Size.y);
    ASSERT_TRUE(copy);
    EXPECT_NE(copy->text.find("Nixon"), std::string::npos) << copy->text; // the structures' source comes first
}

TEST_F(WorkspaceViewTest, TheLanguageMenuSwitchesLanguage) {
    openScenario("scenarios/template.toml");
    const ViewLayout l = layout();
    drawOnce();
    // Open the menu bar's "Language" menu (found by clicking along the bar), then pick the second entry.
    std::optional<cmd::SetLanguage> picked;
    for (float x = 4.0f; x < 400.0f && !picked; x += 8.0f) {
        clickAt(ImVec2(x, l.menuHeight * 0.5f));
        for (float y = l.menuHeight + 4.0f; y < l.menuHeight + 80.0f && !picked; y += 6.0f) {
            ImGui::GetIO().MousePos = ImVec2(x + 10.0f, y);
            drawOnce();
            ImGuiWindow* menu = ImGui::GetCurrentContext()->HoveredWindow;
            if (!menu || std::string(menu->Name).find("##Menu_") == std::string::npos) continue;
            for (const auto& c : clickAt(ImVec2(x + 10.0f, y))) {
                if (const auto* lang = c.get_if<cmd::SetLanguage>()) picked = *lang;
            }
            break;
        }
    }
    ASSERT_TRUE(picked);
    EXPECT_TRUE(picked->language == "en" || picked->language == "fr");
}

TEST_F(WorkspaceViewTest, LayoutKeepsTheStageBetweenThePanels) {
    for (const glm::vec2 size : {glm::vec2{1024, 600}, glm::vec2{1920, 1080}, glm::vec2{3840, 2160}}) {
        const ViewLayout l = computeWorkspaceLayout(size, 1.0f, true);
        EXPECT_GT(l.stage.width, size.x * 0.3f);
        EXPECT_FLOAT_EQ(l.palette.x + l.palette.width, l.stage.x);
        EXPECT_FLOAT_EQ(l.stage.x + l.stage.width, l.side.x);
        EXPECT_FLOAT_EQ(l.side.x + l.side.width, size.x);
        EXPECT_LE(l.problems.y + l.problems.height, size.y + 0.5f);
    }
}

} // namespace
} // namespace cs
