#include "ui/folder_field.h"

#include <imgui.h>

#include <algorithm>

namespace cs {

std::optional<std::string> FolderField::draw(const std::string& folder, float width) {
    if (!editing_) {
        const std::size_t n = std::min(folder.size(), text_.size() - 1);
        std::copy_n(folder.data(), n, text_.data());
        text_[n] = '\0';
    }
    if (focus_) {
        ImGui::SetKeyboardFocusHere();
        focus_ = false;
    }
    ImGui::SetNextItemWidth(width);
    ImGui::InputText("##folder", text_.data(), text_.size());
    editing_ = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) return std::string(text_.data());
    return std::nullopt;
}

void drawForeignFiles(const char* heading, const std::vector<std::string>& foreign, float width) {
    constexpr std::size_t kShown = 8;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextColored(ImVec4(0.98f, 0.75f, 0.35f, 1.0f), "%s", heading);
    for (std::size_t i = 0; i < foreign.size() && i < kShown; ++i)
        ImGui::BulletText("%s", foreign[i].c_str());
    if (foreign.size() > kShown) ImGui::BulletText("... (%d)", int(foreign.size()));
    ImGui::PopTextWrapPos();
}

} // namespace cs
