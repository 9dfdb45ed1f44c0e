// The one small base every view derives from: it reads const state and returns Commands.
#pragma once

#include "core/app_state.h"
#include "core/commands.h"
#include "core/stage_geometry.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <map>
#include <string>
#include <vector>

namespace cs {

using CommandList = std::vector<Command>;

// Where the parts of a view go, in framebuffer pixels.
struct ViewLayout {
    PixelRect stage;                 // where the coins are framed
    PixelRect stageArea;             // everything drawn over the stage stays here (audience: between the top
                                     // line and the caption band); empty: `stage`
    PixelRect coinArea;              // the coins' part of it: `stage` and the room kept above it for the coins'
                                     // names; plates and headings stay inside; empty: `stage`
    PixelRect caption;               // audience: the band with the step title and text
    PixelRect palette;               // workspace: structures and people, on the left
    PixelRect side;                  // workspace: the step panel, on the right
    PixelRect problems;              // workspace: below the stage when problems are shown
    PixelRect items;                 // beside the coins: the coin in focus's advantages and disadvantages
    PixelRect legend;                // above the coins (or beside them) when there are more than three
    bool legendNamesOnly = false;    // no room for the people on each face: the coins' names only
    bool levelPlatesOnFaces = false; // levels on a short stage: the plates stay on the faces (over the rings)
    bool faceRowLabels = false;      // past three coins, crowded: numbers on the plates, each row of faces named once
    bool compactStage = false;       // numbered plates ("2 · top") and a legend of the coins' names and faces, even
                                     // with three coins or fewer: their faces' whole names do not fit beside them
    bool peopleInitials = false;     // past three coins, crowded: people as their initials on the faces, their
                                     // names in the legend (a name under every marker would push the coins small)
    bool topLine = true;             // audience: the scenario's title and "4 / 12" above the stage (a short screen
                                     // with large text gives that line to the stage)
    PixelRect notes;                 // under the coins: how to read what the stage shows
    PixelRect room;                  // audience, live room on a question step: how to join, or the room's answers
    float menuHeight = 0.0f;
    float scale = 1.0f;
};

// A picture the app has loaded for the UI (an ImGui texture id), by what it shows: "persona:<id>",
// "step:<index>". Absent: draw the placeholder.
struct UiPicture {
    void* texture = nullptr;
    int width = 0;
    int height = 0;
    bool upsideDown = false; // a render target's texture: rows bottom-up
};
using UiPictures = std::map<std::string, UiPicture>;

// Pictures the presenter view shows: what the room sees now and the next step's stage (rendered once
// per step change).
struct PresenterPreviews {
    UiPicture current;
    UiPicture next;
};

// Everything a panel may look at while drawing. Nothing here is mutable.
struct UiContext {
    const AppState& state;
    const StageView& stage;
    const UiFonts& fonts;
    const Theme& theme;
    const ViewLayout& layout;
    glm::vec2 framebuffer{0.0f};
    const UiPictures* pictures = nullptr;
    const PresenterPreviews* previews = nullptr;

    const UiPicture* picture(const std::string& key) const {
        if (!pictures) return nullptr;
        const auto it = pictures->find(key);
        return it == pictures->end() || !it->second.texture ? nullptr : &it->second;
    }
};

class Panel {
  public:
    virtual ~Panel() = default;
    // Draws with ImGui into the current frame; appends the Commands the user's input asked for.
    virtual void drawContent(const UiContext& ui, CommandList& out) = 0;
};

// Begins an ImGui window pinned to `rect` (no title bar, not movable, behind pop-ups). Pair with
// ImGui::End() whatever it returns, as with ImGui::Begin.
bool beginPinnedWindow(const char* name, const PixelRect& rect);

// Begins a dialog: centred on a `framebuffer`-sized screen when it appears, sized to its contents,
// with a close button that clears `*open`. `title` is in the person's language; `id` keeps it the same
// window when the language changes. Pair with ImGui::End() whatever it returns.
bool beginDialog(const char* title, const char* id, glm::vec2 framebuffer, bool* open);

// Splits the framebuffer into the stage and the caption band of the audience view.
ViewLayout computeAudienceLayout(glm::vec2 framebuffer, float fontScale);
// Takes room from the stage for the items column (when a structure is on stage) and for the legend
// (more than three coins), so the coins are framed clear of them.
ViewLayout withStageColumns(ViewLayout layout, const AppState& state, float lineHeight);

// The workspace: menu bar, palette on the left, stage in the middle (problems under it when
// shown), step panel on the right.
ViewLayout computeWorkspaceLayout(glm::vec2 framebuffer, float fontScale, bool problemsShown);

// The workspace with the scenario editor open: the outline on the left (`palette`, ~18 %), the form on
// the right (`side`, ~40 %), the stage previewing the selected step in the middle, and the editor's
// live problems always under it (`problems`).
ViewLayout computeEditorLayout(glm::vec2 framebuffer, float fontScale);

} // namespace cs
