// Stage input: one invisible, full-stage item in a transparent window behind every panel.
#include "ui/stage_input.h"

#include <imgui.h>

#include <cstring>
#include <string>

namespace cs {

int coinAt(const StageView& stage, glm::vec2 point, float radius) {
    int best = -1;
    float bestDistance = 1e30f;
    for (int i = 0; i < int(stage.coins.size()); ++i) {
        const glm::vec3 c = stage.project(stage.coins[std::size_t(i)].centre);
        const glm::vec3 edge = stage.project(stage.coins[std::size_t(i)].centre + glm::vec3(radius, 0.0f, 0.0f));
        const float reach = std::abs(edge.x - c.x);
        const float d = glm::length(glm::vec2(c) - point);
        if (d <= reach * 1.1f && d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

int rowIndexAt(const StageView& stage, float x) {
    int index = 0;
    for (const auto& c : stage.coins) {
        if (stage.project(c.centre).x < x) ++index;
    }
    return index;
}

void StageInput::drawContent(const UiContext& ui, CommandList& out) {
    const PixelRect& r = ui.layout.stage;
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.width, r.height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNavFocus |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##stage", nullptr, flags)) {
        ImGui::InvisibleButton("stage", ImVec2(std::max(r.width, 1.0f), std::max(r.height, 1.0f)),
                               ImGuiButtonFlags_MouseButtonLeft);
        const ImGuiIO& io = ImGui::GetIO();
        if (ImGui::IsItemActive() && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
            // The same hand movement turns the coins the same amount whatever the window size.
            const float perPixel = kDragDegreesPerPixel * 1080.0f / std::max(ui.framebuffer.y, 1.0f);
            out.push_back(cmd::RotateView{io.MouseDelta.x * perPixel, io.MouseDelta.y * perPixel});
        }
        if (ImGui::IsItemDeactivated() && ImGui::IsItemHovered()) {
            // A click that did not drag picks the coin under the pointer.
            const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
            const int coin = coinAt(ui.stage, {io.MousePos.x, io.MousePos.y}, 1.0f);
            if (coin >= 0 && drag.x * drag.x + drag.y * drag.y < 16.0f && coin != ui.state.focus) {
                out.push_back(cmd::FocusCoin{coin});
            }
        }
        if (ImGui::BeginDragDropTarget()) {
            if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kStructurePayload)) {
                const std::string id(static_cast<const char*>(payload->Data), std::size_t(payload->DataSize));
                out.push_back(cmd::PlaceCoin{id, rowIndexAt(ui.stage, io.MousePos.x)});
            }
            ImGui::EndDragDropTarget();
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

} // namespace cs
