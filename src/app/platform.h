// SDL2 + OpenGL 3.3 core window with its own Dear ImGui context: the one place that talks to SDL's
// video subsystem. The same class serves the visible window and the offscreen one of --screenshot,
// --export and --bench, so both draw exactly the same way.
#pragma once

#include "core/display_plan.h"

#include <SDL.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct ImFontAtlas;
struct ImGuiContext;

namespace cs {

struct WindowDesc {
    const char* title = "Coin Model Studio";
    int width = 1280;
    int height = 720;
    bool hidden = false; // offscreen rendering: never shown
    bool fullscreen = false;
    bool vsync = true;
    // MSAA of the window's own framebuffer. The stage antialiases in its own multisampled target,
    // so the window (UI only, which antialiases itself) does not need it.
    int msaaSamples = 0;
    // Called once the GL context is made and before the ImGui context: the font atlas that context
    // draws with (the caller keeps it alive longer than the window). The wait for fonts baked on
    // another thread goes here, after the slow part of opening a window. Empty: the context's own.
    std::function<ImFontAtlas*()> fontAtlas;
};

// Where a window goes and how large it is (screen coordinates).
struct WindowPlacement {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};
// A window of at most `width` × `height` that fits inside `area` with room for a window frame,
// centred in it.
WindowPlacement fitInside(const SDL_Rect& area, int width, int height);
// The same inside display `display`'s usable area (without panels), from SDL.
WindowPlacement placeOnDisplay(int display, int width, int height);

// Chooses SDL's offscreen driver unless the user picked a driver: rendering without a display.
void useOffscreenVideoDriverUnlessSet();

class GlWindow {
    struct PrivateTag {
        explicit PrivateTag() = default;
    };

  public:
    explicit GlWindow(PrivateTag) {}
    // Initialises SDL video if needed, creates the window, a GL 3.3 core context and an ImGui context
    // with the SDL2 and OpenGL3 backends. On failure returns null and a message saying what is missing.
    static std::unique_ptr<GlWindow> create(const WindowDesc& desc, std::string& error);
    // A second window drawn with `other`'s GL context (one context, two windows: textures, shaders
    // and the stage renderer serve both), with its own ImGui context.
    static std::unique_ptr<GlWindow> createSharing(const WindowDesc& desc, GlWindow& other, std::string& error);
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    SDL_Window* sdl() const { return window_; }
    ImGuiContext* imgui() const { return imgui_; }
    void makeCurrent() const;
    int drawableWidth() const;
    int drawableHeight() const;
    int msaaSamples() const { return samples_; }
    void setFullscreen(bool on);
    bool fullscreen() const { return fullscreen_; }
    void swap() const { SDL_GL_SwapWindow(window_); }
    Uint32 id() const { return SDL_GetWindowID(window_); }
    // Puts the window on display `index` (from 0), fullscreen or not.
    void moveToDisplay(int index, bool fullscreen);

    // Starts an ImGui frame whose coordinates are framebuffer pixels (also on high-DPI screens),
    // so the UI and the 3D stage share one coordinate system.
    void beginImGuiFrame();
    // Follows the mouse over this window from its motion events. ImGui 1.86's SDL backend asks SDL for
    // the pointer's place on the screen, which SDL's X11 driver may keep from its last click when the
    // pointer is moved by XTest (remote desktops, VNC, scripted input): no hover highlight followed the
    // mouse until a click. While the pointer is over the window, its last motion event says where.
    void noteMouse(const SDL_Event& e);
    // Renders the ImGui frame into the bound framebuffer. True when it differs from the frame before
    // (ImGui often needs a frame or two after an input to show its effect: a list opened on a
    // click's release appears one frame later; the app keeps drawing until the picture is still).
    bool renderImGui();
    // The same in two halves: closes the frame and gives a checksum of everything it will draw (and
    // of what ImGui decided for the next frame); drawImGui() then draws it, or is skipped when the
    // same pixels are already kept.
    std::uint64_t finishImGuiFrame();
    void drawImGui();
    // Uploads the font atlas texture after fonts were (re)baked, then frees the atlas's pixels in memory.
    void reloadFontTexture();
    // Closes an ImGui frame that an exception left open (windows, popups and ids pushed in it), so
    // the next frame starts clean.
    void abandonImGuiFrame();

  private:
    SDL_Window* window_ = nullptr;
    SDL_GLContext context_ = nullptr;
    ImGuiContext* imgui_ = nullptr;
    int samples_ = 0;
    bool fullscreen_ = false;
    bool sdlVideoOwned_ = false;
    bool backendsReady_ = false;
    bool ownsContext_ = true;
    SDL_Rect windowed_{0, 0, 0, 0}; // where the window was before it went fullscreen
    std::uint64_t lastDrawChecksum_ = 0;
    bool mouseInside_ = false;
    int mouseX_ = 0, mouseY_ = 0;  // window points, from the last motion event over the window
    unsigned int fontTexture_ = 0; // the atlas uploaded by reloadFontTexture (GLuint)

    bool startImGui(ImFontAtlas* fonts, std::string& error);
};

// An ImGui context with no window of its own that draws with a window's fonts and OpenGL renderer (one GL
// context serves every window): pictures of a view drawn off screen, such as the room's frame in the
// presenter's preview. Frames may be drawn while the window's own frame is open: begin() makes this
// context current, render() draws into the bound framebuffer and gives the previous context back.
class OffscreenUi {
  public:
    explicit OffscreenUi(GlWindow& window);
    ~OffscreenUi();
    OffscreenUi(const OffscreenUi&) = delete;
    OffscreenUi& operator=(const OffscreenUi&) = delete;

    void begin(int width, int height);
    void render();

  private:
    GlWindow& window_;
    ImGuiContext* context_ = nullptr;
    ImGuiContext* previous_ = nullptr;
};

// The displays SDL knows now, in SDL's order (index 0 is the primary one).
std::vector<DisplayInfo> queryDisplays();

// Shows an error to a person at the screen (message box) and on stderr. The message box is skipped
// when no display is in use (offscreen driver).
void reportFatal(const std::string& message, bool withDialog);

} // namespace cs
