// Caption band drawing.
#include "ui/caption_panel.h"

#include <imgui.h>

namespace cs {

CaptionWords captionFor(const AppState&) {
    return {"One coin, two faces",
            "A coin stands for one social structure, such as racism or ableism. It gives unearned advantage "
            "to the people on its top face and unearned disadvantage to the people on its bottom face: both "
            "faces come from the same coin.",
            "F flip \xC2\xB7 drag to turn \xC2\xB7 F1 keys"};
}

void CaptionPanel::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const PixelRect& r = ui.layout.caption;
    const float s = ui.fonts.scale;
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.width, r.y + r.height), toImColor(ui.theme.captionBand));
    const CaptionWords words = captionFor(ui.state);
    const float margin = 60.0f * s;
    const float wrap = r.width - 2.0f * margin;
    float y = r.y + 30.0f * s;
    ImFont* title = ui.fonts.title;
    dl->AddText(title, title->FontSize, ImVec2(r.x + margin, y), toImColor(ui.theme.text), words.title.c_str(),
                nullptr, wrap);
    y += title->CalcTextSizeA(title->FontSize, 1e9f, wrap, words.title.c_str()).y + 14.0f * s;
    ImFont* body = ui.fonts.body;
    dl->AddText(body, body->FontSize, ImVec2(r.x + margin, y), toImColor(ui.theme.text), words.text.c_str(), nullptr,
                wrap);
    if (!words.hint.empty()) {
        ImFont* small = ui.fonts.small;
        const ImVec2 t = small->CalcTextSizeA(small->FontSize, 1e9f, 0.0f, words.hint.c_str());
        dl->AddText(small, small->FontSize, ImVec2(r.x + r.width - margin - t.x, r.y + r.height - t.y - 18.0f * s),
                    toImColor(ui.theme.textMuted), words.hint.c_str());
    }
}

} // namespace cs
