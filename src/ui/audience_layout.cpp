// How the audience view and the workspace divide the framebuffer.
#include "ui/panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cs {

ViewLayout computeAudienceLayout(glm::vec2 fb, float fontScale) {
    ViewLayout l;
    l.scale = fontScale;
    const float w = std::max(fb.x, 1.0f);
    const float h = std::max(fb.y, 1.0f);
    // The band grows with the text size so a title and three lines of body text always fit.
    const float band = std::clamp(h * 0.27f * std::max(fontScale / (h / 1080.0f), 1.0f), h * 0.2f, h * 0.45f);
    l.caption = {0.0f, h - band, w, band};
    const float top = h * 0.04f;
    l.stage = {0.0f, top, w, std::max(h - band - top, 1.0f)};
    return l;
}

bool beginPinnedWindow(const char* name, const PixelRect& r) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.width, r.height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    return ImGui::Begin(name, nullptr, flags);
}

ViewLayout withStageColumns(ViewLayout l, const AppState& state, float lineHeight) {
    int structures = 0;
    for (const auto& c : state.coins) structures += state.structureOf(c) ? 1 : 0;
    if (structures == 0) return l;
    PixelRect& st = l.stage;
    if (structures > 3) {
        // The legend across the whole stage, two entries per row, each two lines high.
        const float rows = float((structures + 1) / 2);
        const float height = std::min(rows * (2.0f * lineHeight + 6.0f * l.scale) + 12.0f * l.scale, st.height * 0.4f);
        l.legend = {st.x, st.y, st.width, height};
        st.y += height;
        st.height = std::max(st.height - height, 1.0f);
    }
    // Two lines of notes under the coins, so a note never covers a coin or a label.
    const float notes = std::min(2.0f * lineHeight + 28.0f * l.scale, st.height * 0.25f);
    st.height = std::max(st.height - notes, 1.0f);
    l.notes = {st.x, st.y + st.height, st.width, notes};
    const float column = std::clamp(st.width * 0.3f, std::min(380.0f * l.scale, st.width * 0.45f), st.width * 0.45f);
    // The items column only where the coins keep enough room; a narrow workspace lists the items in
    // its step panel instead.
    const float perCoin = float(structures) * 170.0f * l.scale; // what a row of labelled coins needs
    if (st.width - column >= std::max(420.0f * l.scale, perCoin)) {
        l.items = {st.x + st.width - column, st.y, column, st.height + notes};
        st.width = std::max(st.width - column, 1.0f);
    }
    l.notes.width = st.width;
    return l;
}

namespace {

// Menu bar, a column on each side of the stage, problems under the stage. Each column takes `share`
// of the width, at least `minPx` (scaled) and at most `maxShare`.
struct ColumnSpec {
    float share, minPx, maxShare;
};
ViewLayout threeColumns(glm::vec2 fb, float fontScale, ColumnSpec left, ColumnSpec right, float problemsShare) {
    ViewLayout l;
    l.scale = fontScale;
    const float w = std::max(fb.x, 1.0f);
    const float h = std::max(fb.y, 1.0f);
    // The menu bar is one line of the UI font plus ImGui's frame padding.
    l.menuHeight = std::round(20.0f * fontScale + 8.0f * fontScale);
    const float body = std::max(h - l.menuHeight, 1.0f);
    auto width = [&](ColumnSpec c) {
        return std::clamp(w * c.share, std::min(c.minPx * fontScale, w * c.maxShare), w * c.maxShare);
    };
    const float leftWidth = width(left);
    const float rightWidth = width(right);
    l.palette = {0.0f, l.menuHeight, leftWidth, body};
    l.side = {w - rightWidth, l.menuHeight, rightWidth, body};
    const float stageWidth = std::max(w - leftWidth - rightWidth, 1.0f);
    const float problemsHeight = std::round(body * problemsShare);
    l.stage = {leftWidth, l.menuHeight, stageWidth, std::max(body - problemsHeight, 1.0f)};
    l.problems = {leftWidth, l.menuHeight + body - problemsHeight, stageWidth, problemsHeight};
    return l;
}

} // namespace

ViewLayout computeWorkspaceLayout(glm::vec2 fb, float fontScale, bool problemsShown) {
    return threeColumns(fb, fontScale, {0.16f, 220.0f, 0.3f}, {0.26f, 340.0f, 0.4f}, problemsShown ? 0.28f : 0.0f);
}

ViewLayout computeEditorLayout(glm::vec2 fb, float fontScale) {
    // The form needs room for a column per language side by side; the outline is a list of titles.
    // The problems list is always there: it is how the editor checks as you type.
    return threeColumns(fb, fontScale, {0.18f, 240.0f, 0.3f}, {0.40f, 480.0f, 0.5f}, 0.25f);
}

} // namespace cs
