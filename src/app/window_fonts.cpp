#include "app/window_fonts.h"

#include "app/platform.h"

#include <imgui.h>

#include <string>

namespace cs {

bool ensureWindowFonts(GlWindow& window, UiFonts& fonts, bool& lightStyle, FontFiles& files, const Preferences& prefs,
                       int framebufferHeight) {
    const float wanted = fontScaleFor(framebufferHeight, prefs.textScale);
    if (fonts.scale == wanted) return true;
    std::string error;
    if (!bakeFonts(*ImGui::GetIO().Fonts, files, wanted, fonts, error)) return false;
    useBakedFonts(window, wanted, lightStyle, prefs);
    return true;
}

void useBakedFonts(GlWindow& window, float scale, bool& lightStyle, const Preferences& prefs) {
    ImGui::GetStyle() = ImGuiStyle();
    if (prefs.lightTheme)
        ImGui::StyleColorsLight();
    else
        ImGui::StyleColorsDark();
    lightStyle = prefs.lightTheme;
    ImGui::GetStyle().ScaleAllSizes(scale);
    window.reloadFontTexture();
}

} // namespace cs
