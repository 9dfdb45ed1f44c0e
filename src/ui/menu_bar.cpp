// Menu bar drawing.
#include "ui/menu_bar.h"

#include "core/build_platform.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

namespace cs {
namespace {

// A menu item the web page cannot offer, shown greyed where a person looks for it, with why.
void desktopOnly(const char* label, std::string_view lang) {
    ImGui::MenuItem(label, nullptr, false, false);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(
            "%s", uiWord("In the desktop app: this page shows scenarios, it does not edit or present them.", lang));
}

// The web page's File menu: scenarios come from the person's device through the browser's picker;
// the editor, presenter mode and exports are in the desktop app.
void webFileMenu(const AppState& s, std::string_view lang, CommandList& out) {
    if (ImGui::MenuItem(uiWord("Open a scenario from this device...", lang))) out.push_back(cmd::PickFromDevice{false});
    if (ImGui::MenuItem(uiWord("Open a scenario folder from this device...", lang)))
        out.push_back(cmd::PickFromDevice{true});
    if (ImGui::MenuItem(uiWord("Close", lang), nullptr, false, s.scenario != nullptr))
        out.push_back(cmd::CloseScenario{});
    ImGui::Separator();
    desktopOnly(uiWord("Edit this scenario (desktop app)", lang), lang);
    desktopOnly(uiWord("Present... (desktop app)", lang), lang);
    desktopOnly(uiWord("Export pictures and handouts... (desktop app)", lang), lang);
    ImGui::Separator();
    if (ImGui::MenuItem(uiWord("Settings...", lang), nullptr, s.settingsVisible)) out.push_back(cmd::ToggleSettings{});
}

} // namespace

void MenuBar::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    if (!ImGui::BeginMainMenuBar()) return;
    if (kWebPage && ImGui::BeginMenu(uiWord("File", lang))) {
        webFileMenu(s, lang, out);
        ImGui::EndMenu();
    } else if (!kWebPage && ImGui::BeginMenu(uiWord("File", lang))) {
        if (ImGui::MenuItem(uiWord("Open...", lang))) out.push_back(cmd::OpenFileBrowser{});
        if (ImGui::MenuItem(uiWord("New scenario from template...", lang))) out.push_back(cmd::ShowSaveAs{true});
        if (ImGui::MenuItem(uiWord("Reload", lang), nullptr, false, s.scenario != nullptr))
            out.push_back(cmd::ReloadFile{});
        if (ImGui::MenuItem(uiWord("Close", lang), nullptr, false, s.scenario != nullptr))
            out.push_back(cmd::CloseScenario{});
        ImGui::Separator();
        // The scenario editor. The shortcuts are only shown here: core's key table acts on them.
        if (!s.editor.open) {
            if (ImGui::MenuItem(uiWord("Edit this scenario", lang), "Ctrl+E")) out.push_back(cmd::OpenEditor{});
        } else if (ImGui::MenuItem(uiWord("Close the editor", lang), "Ctrl+E")) {
            out.push_back(cmd::CloseEditor{});
        }
        if (ImGui::MenuItem(uiWord("Save", lang), "Ctrl+S", false, s.editor.open)) out.push_back(cmd::SaveScenario{});
        if (ImGui::MenuItem(uiWord("Save as...", lang), nullptr, false, s.editor.open))
            out.push_back(cmd::ShowSaveAs{false});
        ImGui::Separator();
        if (ImGui::MenuItem(uiWord("Present...", lang), "F5", s.presentSetup.visible))
            out.push_back(cmd::TogglePresentSetup{});
        if (ImGui::MenuItem(uiWord("Export pictures and handouts...", lang), nullptr, s.exportDialog.visible,
                            s.scenario != nullptr)) {
            out.push_back(cmd::ToggleExportDialog{});
        }
        // The page is the web build with the scenario beside it: both are needed, and the tooltip says which is not
        // there.
        const bool canPublish = s.scenario != nullptr && !s.publishDialog.webBuild.empty();
        if (ImGui::MenuItem(uiWord("Publish as web page...", lang), nullptr, s.publishDialog.visible, canPublish))
            out.push_back(cmd::TogglePublishDialog{});
        if (!canPublish && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", s.scenario == nullptr
                                        ? uiWord("Open a scenario first: the page opens at it.", lang)
                                        : uiWord("No web build found: run ./web.sh in the source folder first.", lang));
        }
        ImGui::Separator();
        if (ImGui::MenuItem(uiWord("Settings...", lang), nullptr, s.settingsVisible))
            out.push_back(cmd::ToggleSettings{});
        ImGui::Separator();
        if (ImGui::MenuItem(uiWord("Quit", lang), "Ctrl+Q")) out.push_back(cmd::RequestQuit{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(uiWord("Edit", lang))) {
        // What would be undone or redone, in the history's own words ("Edit step 3 title").
        const auto item = [&](const char* verb, const char* shortcut, const std::vector<UndoEntry>& stack,
                              Command command) {
            const std::string label =
                (stack.empty() ? std::string(verb) : labelled(verb, stack.back().label, lang)) + "###" + verb;
            if (ImGui::MenuItem(label.c_str(), shortcut, false, s.editor.open && !stack.empty()))
                out.push_back(std::move(command));
        };
        item(uiWord("Undo", lang), "Ctrl+Z", s.editor.undo, cmd::Undo{});
        item(uiWord("Redo", lang), "Ctrl+Shift+Z", s.editor.redo, cmd::Redo{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(uiWord("View", lang))) {
        if (ImGui::MenuItem(uiWord("Audience view", lang), "F2", s.screen == Screen::Audience)) {
            out.push_back(cmd::SetScreen{Screen::Audience});
        }
        if (ImGui::MenuItem(uiWord("Workspace", lang), "F2", s.screen == Screen::Workspace)) {
            out.push_back(cmd::SetScreen{Screen::Workspace});
        }
        if (ImGui::MenuItem(uiWord("Problems", lang), nullptr, s.problemsVisible)) out.push_back(cmd::ToggleProblems{});
        ImGui::Separator();
        if (ImGui::MenuItem(uiWord("Fullscreen", lang), "F11", s.fullscreen)) out.push_back(cmd::ToggleFullscreen{});
        if (ImGui::MenuItem(uiWord("Reduced motion", lang), nullptr, s.prefs.reducedMotion)) {
            out.push_back(cmd::SetReducedMotion{!s.prefs.reducedMotion});
        }
        if (ImGui::MenuItem(uiWord("Larger text", lang), "Ctrl++")) out.push_back(cmd::ChangeTextScale{+1});
        if (ImGui::MenuItem(uiWord("Smaller text", lang), "Ctrl+-")) out.push_back(cmd::ChangeTextScale{-1});
        if (ImGui::MenuItem(uiWord("Text size 100 %", lang), "Ctrl+0")) out.push_back(cmd::ChangeTextScale{0});
        ImGui::Separator();
        if (ImGui::MenuItem(uiWord("Reset the turn of the stage", lang))) out.push_back(cmd::ResetView{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(uiWord("Language", lang))) {
        // The scenario's languages, or the app's own (English, French) when none is open.
        std::vector<std::string> languages =
            s.scenario ? s.scenario->scenario.languages : std::vector<std::string>{"en", "fr"};
        if (languages.empty()) languages = {"en"};
        for (const auto& code : languages) {
            const char* name = isFrench(code) ? "Français" : code.substr(0, 2) == "en" ? "English" : code.c_str();
            if (ImGui::MenuItem(name, nullptr, code == lang)) out.push_back(cmd::SetLanguage{code});
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(uiWord("Help", lang))) {
        if (ImGui::MenuItem(uiWord("Keyboard shortcuts", lang), "F1", s.helpVisible)) out.push_back(cmd::ToggleHelp{});
        if (ImGui::MenuItem(uiWord("Sources", lang), nullptr, s.sourcesVisible)) out.push_back(cmd::ToggleSources{});
        if (ImGui::MenuItem(uiWord("Glossary", lang), nullptr, s.glossaryVisible)) out.push_back(cmd::ToggleGlossary{});
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

} // namespace cs
