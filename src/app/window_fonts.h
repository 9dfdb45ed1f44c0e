// Each window (the room's, the presenter's) bakes its own font atlas at the size its height needs.
#pragma once

#include "core/app_state.h"
#include "ui/fonts.h"

namespace cs {

class GlWindow;

// Bakes `fonts` again when `window`'s height or the text size asks for another scale, then styles the
// panels for it (scaled sizes, the theme's colours; `lightStyle` says which were set) and uploads the
// atlas. Call with `window`'s ImGui context current. False when a font file cannot be read.
bool ensureWindowFonts(GlWindow& window, UiFonts& fonts, bool& lightStyle, FontFiles& files, const Preferences& prefs,
                       int framebufferHeight);
// The panels' style scaled for fonts just baked at `scale`, and their texture uploaded.
void useBakedFonts(GlWindow& window, float scale, bool& lightStyle, const Preferences& prefs);

} // namespace cs
