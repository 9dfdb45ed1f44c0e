// SDL window, GL context and ImGui backends.
#include "app/platform.h"

#include "app/page_services.h"

#include "render/gl_api.h"
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

// Written against Dear ImGui 1.86 and its OpenGL3 backend: with another version, re-check what this
// file relies on, then change the number.
static_assert(IMGUI_VERSION_NUM == 18600,
              "platform.cpp: the app uploads the font atlas itself (the 1.86 backend makes its own texture in "
              "CreateDeviceObjects; ClearTexData leaves the atlas marked built) and reads ImGui 1.86 internals "
              "(active id, nav window, popups): re-check them for this Dear ImGui version");

namespace cs {

void useOffscreenVideoDriverUnlessSet() {
    const char* set = std::getenv("SDL_VIDEODRIVER");
    if (!set || !*set) setenv("SDL_VIDEODRIVER", "offscreen", 1);
}

void reportFatal(const std::string& message, bool withDialog) {
    std::fprintf(stderr, "coinstudio: error: %s\n", message.c_str());
    if (withDialog) SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Coin Model Studio", message.c_str(), nullptr);
}

namespace {

void requestContext(int samples) {
    SDL_GL_ResetAttributes();
    if constexpr (gl::kEmbedded) {
        // The browser: WebGL 2, which SDL asks for as OpenGL ES 3.0.
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    } else {
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    }
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_RED_SIZE, 8);
    SDL_GL_SetAttribute(SDL_GL_GREEN_SIZE, 8);
    SDL_GL_SetAttribute(SDL_GL_BLUE_SIZE, 8);
    // The window's own framebuffer only receives the resolved stage and the UI: no depth needed.
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, samples > 1 ? 1 : 0);
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, samples > 1 ? samples : 0);
}

} // namespace

WindowPlacement fitInside(const SDL_Rect& area, int width, int height) {
    // At most 90% of the area in each direction, so the window manager's frame and the panel fit
    // too; never wider or taller than asked.
    WindowPlacement p;
    p.width = std::max(1, std::min(width, area.w * 9 / 10));
    p.height = std::max(1, std::min(height, area.h * 9 / 10));
    p.x = area.x + (area.w - p.width) / 2;
    p.y = area.y + (area.h - p.height) / 2;
    return p;
}

WindowPlacement placeOnDisplay(int display, int width, int height) {
    SDL_Rect area{};
    if (display < 0 || display >= SDL_GetNumVideoDisplays() || SDL_GetDisplayUsableBounds(display, &area) != 0 ||
        area.w <= 0 || area.h <= 0) {
        if (SDL_GetDisplayBounds(display, &area) != 0 || area.w <= 0 || area.h <= 0) {
            return {int(SDL_WINDOWPOS_CENTERED), int(SDL_WINDOWPOS_CENTERED), width, height};
        }
    }
    return fitInside(area, width, height);
}

std::unique_ptr<GlWindow> GlWindow::create(const WindowDesc& desc, std::string& error) {
    auto w = std::make_unique<GlWindow>(PrivateTag{});
    if (!SDL_WasInit(SDL_INIT_VIDEO)) {
        SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
        if (SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
            error = std::string("cannot start the video system: ") + SDL_GetError() +
                    ". With no display, rendering options use SDL_VIDEODRIVER=offscreen.";
            return nullptr;
        }
        w->sdlVideoOwned_ = true;
    }
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= desc.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    // Fullscreen is entered after creation (setFullscreen), the same way as F11, so that it fills
    // the screen with or without a window manager.
    const WindowPlacement place =
        desc.hidden ? WindowPlacement{SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, desc.width, desc.height}
                    : placeOnDisplay(0, desc.width, desc.height);

    // Try with MSAA first, then without: some drivers have no multisampled visuals.
    for (int samples : {desc.msaaSamples, 0}) {
        requestContext(samples);
        w->window_ = SDL_CreateWindow(desc.title, place.x, place.y, place.width, place.height, flags);
        if (w->window_) w->context_ = SDL_GL_CreateContext(w->window_);
        if (w->context_) {
            w->samples_ = samples;
            break;
        }
        error = SDL_GetError();
        if (w->window_) SDL_DestroyWindow(w->window_);
        w->window_ = nullptr;
        if (samples == 0) break;
    }
    if (!w->context_) {
        error = "cannot create an OpenGL 3.3 core context (" + error +
                "). Coin Model Studio needs OpenGL 3.3; update the graphics driver, or install Mesa "
                "(apt-get install libgl1-mesa-dri libegl1) for software rendering.";
        return nullptr;
    }
    SDL_GL_MakeCurrent(w->window_, w->context_);
    if (!gl::kEmbedded && gl::contextVersion() < 33) {
        error = "the OpenGL driver offers version " + std::to_string(gl::contextVersion() / 10) + "." +
                std::to_string(gl::contextVersion() % 10) + " but Coin Model Studio needs 3.3 or newer.";
        return nullptr;
    }
    GLint samplesReal = 0;
    glGetIntegerv(GL_SAMPLES, &samplesReal);
    w->samples_ = samplesReal;
#if !defined(__EMSCRIPTEN__)
    if (samplesReal > 1) glEnable(GL_MULTISAMPLE); // always on in OpenGL ES
#endif
    SDL_GL_SetSwapInterval(desc.vsync ? 1 : 0);
    if (desc.fullscreen) w->setFullscreen(true);

    if (!w->startImGui(desc.fontAtlas ? desc.fontAtlas() : nullptr, error)) return nullptr;
    return w;
}

bool GlWindow::startImGui(ImFontAtlas* fonts, std::string& error) {
    IMGUI_CHECKVERSION();
    imgui_ = ImGui::CreateContext(fonts);
    ImGui::SetCurrentContext(imgui_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // settings live in our own config; "save nothing" must mean nothing
    io.LogFilename = nullptr;
    // Keyboard navigation of widgets is switched on by the app when the user presses Tab (Studio).
    ImGui::StyleColorsDark();
    if (!ImGui_ImplSDL2_InitForOpenGL(window_, context_) ||
        !ImGui_ImplOpenGL3_Init(gl::kEmbedded ? "#version 300 es" : "#version 330")) {
        error = "cannot start the user interface on this OpenGL driver";
        return false;
    }
    backendsReady_ = true;
    // The renderer's shader and buffers now, not in the first frame: made there, they would come with
    // a second font texture (an RGBA copy of the atlas) after the app has uploaded its own
    // (reloadFontTexture). Until then the default font's texture serves. An atlas baked ahead is the
    // app's to upload: meanwhile the renderer is given a tiny one of its own to make a texture of.
    if (fonts) {
        ImFontAtlas placeholder;
        io.Fonts = &placeholder;
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        io.Fonts = fonts;
    } else {
        ImGui_ImplOpenGL3_CreateDeviceObjects();
    }
    return true;
}

std::unique_ptr<GlWindow> GlWindow::createSharing(const WindowDesc& desc, GlWindow& other, std::string& error) {
    auto w = std::make_unique<GlWindow>(PrivateTag{});
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= desc.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    const WindowPlacement place =
        desc.hidden ? WindowPlacement{SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, desc.width, desc.height}
                    : placeOnDisplay(0, desc.width, desc.height);
    w->window_ = SDL_CreateWindow(desc.title, place.x, place.y, place.width, place.height, flags);
    if (!w->window_) {
        error = std::string("cannot open a second window: ") + SDL_GetError();
        return nullptr;
    }
    w->context_ = other.context_;
    w->ownsContext_ = false;
    w->samples_ = other.samples_;
    if (desc.fullscreen) w->setFullscreen(true);
    if (SDL_GL_MakeCurrent(w->window_, w->context_) != 0) {
        error = std::string("cannot draw in a second window: ") + SDL_GetError();
        return nullptr;
    }
    if (!w->startImGui(desc.fontAtlas ? desc.fontAtlas() : nullptr, error)) return nullptr;
    return w;
}

std::vector<DisplayInfo> queryDisplays() {
    std::vector<DisplayInfo> out;
    const int n = SDL_GetNumVideoDisplays();
    for (int i = 0; i < n; ++i) {
        SDL_Rect b{};
        if (SDL_GetDisplayBounds(i, &b) != 0) continue;
        DisplayInfo d;
        d.x = b.x;
        d.y = b.y;
        d.width = b.w;
        d.height = b.h;
        d.primary = i == 0;
        if (const char* name = SDL_GetDisplayName(i)) d.name = name;
        out.push_back(d);
    }
    return out;
}

void GlWindow::moveToDisplay(int index, bool fullscreen) {
    setFullscreen(false);
    if (index >= 0 && index < SDL_GetNumVideoDisplays()) {
        SDL_Rect bounds{};
        if (SDL_GetDisplayBounds(index, &bounds) == 0) {
            const WindowPlacement p = placeOnDisplay(index, bounds.w, bounds.h);
            SDL_SetWindowSize(window_, p.width, p.height);
            SDL_SetWindowPosition(window_, p.x, p.y);
        }
    }
    setFullscreen(fullscreen);
}

GlWindow::~GlWindow() {
    if (imgui_) {
        ImGui::SetCurrentContext(imgui_);
        if (context_) SDL_GL_MakeCurrent(window_, context_);
        if (backendsReady_) {
            ImGui_ImplOpenGL3_Shutdown();
            ImGui_ImplSDL2_Shutdown();
        }
        if (fontTexture_ && context_) glDeleteTextures(1, &fontTexture_);
        ImGui::DestroyContext(imgui_);
    }
    if (context_ && ownsContext_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    if (sdlVideoOwned_) SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
}

void GlWindow::makeCurrent() const {
    SDL_GL_MakeCurrent(window_, context_);
    ImGui::SetCurrentContext(imgui_);
}

int GlWindow::drawableWidth() const {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window_, &w, &h);
    return w;
}

int GlWindow::drawableHeight() const {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window_, &w, &h);
    return h;
}

void GlWindow::setFullscreen(bool on) {
    if (on == fullscreen_) return;
    if constexpr (page::kInBrowser) {
        // The page fills the browser's window; fullscreen is the browser's own (the canvas follows the
        // page's size through SDL).
        page::setFullscreen(on);
        fullscreen_ = on;
        return;
    }
    if (on) {
        // Without a window manager (a kiosk, a bare X session on a projector laptop) nobody acts on
        // the fullscreen request and the window would keep its size while SDL reports the screen's.
        // So the window is first moved and sized to its display by the app itself; a window manager
        // then also marks it fullscreen.
        SDL_GetWindowPosition(window_, &windowed_.x, &windowed_.y);
        SDL_GetWindowSize(window_, &windowed_.w, &windowed_.h);
        const int display = std::max(0, SDL_GetWindowDisplayIndex(window_));
        SDL_Rect bounds{};
        if (SDL_GetDisplayBounds(display, &bounds) == 0 && bounds.w > 0 && bounds.h > 0) {
            SDL_SetWindowPosition(window_, bounds.x, bounds.y);
            SDL_SetWindowSize(window_, bounds.w, bounds.h);
        }
        if (SDL_SetWindowFullscreen(window_, SDL_WINDOW_FULLSCREEN_DESKTOP) != 0) {
            std::fprintf(stderr, "coinstudio: note: fullscreen was refused (%s); the window fills the screen instead\n",
                         SDL_GetError());
        }
        fullscreen_ = true;
        return;
    }
    SDL_SetWindowFullscreen(window_, 0);
    if (windowed_.w > 0 && windowed_.h > 0) {
        SDL_SetWindowSize(window_, windowed_.w, windowed_.h);
        SDL_SetWindowPosition(window_, windowed_.x, windowed_.y);
    }
    fullscreen_ = false;
}

void GlWindow::noteMouse(const SDL_Event& e) {
    if (e.type == SDL_MOUSEMOTION && e.motion.windowID == id()) {
        mouseInside_ = true;
        mouseX_ = e.motion.x;
        mouseY_ = e.motion.y;
    } else if (e.type == SDL_WINDOWEVENT && e.window.windowID == id() && e.window.event == SDL_WINDOWEVENT_LEAVE) {
        mouseInside_ = false;
    }
}

void GlWindow::beginImGuiFrame() {
    makeCurrent();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // The backend works in window points; switch everything to framebuffer pixels.
    ImGuiIO& io = ImGui::GetIO();
    if (mouseInside_) io.MousePos = ImVec2(float(mouseX_), float(mouseY_));
    int ww = 0, wh = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window_, &ww, &wh);
    SDL_GL_GetDrawableSize(window_, &dw, &dh);
    if (ww > 0 && wh > 0 && dw > 0 && dh > 0) {
        const float sx = float(dw) / float(ww), sy = float(dh) / float(wh);
        io.DisplaySize = ImVec2(float(dw), float(dh));
        io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
        if (io.MousePos.x > -FLT_MAX / 2) io.MousePos = ImVec2(io.MousePos.x * sx, io.MousePos.y * sy);
    }
    ImGui::NewFrame();
}

namespace {

// FNV-1a over what ImGui drew: vertices, indices, clip rectangles and textures.
std::uint64_t checksumOf(const ImDrawData* data) {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* bytes, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        for (std::size_t i = 0; i < size; ++i)
            h = (h ^ p[i]) * 1099511628211ull;
    };
    if (!data) return h;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        mix(list->VtxBuffer.Data, std::size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list->IdxBuffer.Data, std::size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            mix(&cmd.ClipRect, sizeof cmd.ClipRect);
            mix(&cmd.TextureId, sizeof cmd.TextureId);
            mix(&cmd.ElemCount, sizeof cmd.ElemCount);
        }
    }
    return h;
}

} // namespace

std::uint64_t GlWindow::finishImGuiFrame() {
    ImGui::Render();
    // What ImGui decided in this frame but shows only in the next (a list opened on a click's
    // release, a field made active, the keyboard focus moved) counts as a change too.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    std::uint64_t sum = checksumOf(ImGui::GetDrawData());
    const std::uint64_t pending[] = {g.ActiveId, g.NavId, std::uint64_t(g.OpenPopupStack.Size),
                                     reinterpret_cast<std::uintptr_t>(g.NavWindow), std::uint64_t(g.IO.WantTextInput)};
    for (const std::uint64_t v : pending)
        sum = (sum ^ v) * 1099511628211ull;
    return sum;
}

void GlWindow::drawImGui() {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool GlWindow::renderImGui() {
    const std::uint64_t sum = finishImGuiFrame();
    drawImGui();
    const bool changed = sum != lastDrawChecksum_;
    lastDrawChecksum_ = sum;
    return changed;
}

void GlWindow::abandonImGuiFrame() {
    makeCurrent();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.WithinFrameScope) return;
    ImGui::ErrorCheckEndFrameRecover(nullptr);
    ImGui::EndFrame();
}

void GlWindow::reloadFontTexture() {
    makeCurrent();
    // The backend would upload the atlas as RGBA (white and coverage) and keep that copy in memory as
    // well as the atlas's own. The atlas is coverage only: one byte a texel, read back as
    // (1, 1, 1, coverage) through a swizzle, which draws the same pixels. The memory copies are
    // dropped once uploaded (nothing reads them again; a new bake makes new ones).
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    // WebGL 2 has no texture swizzle: there the atlas goes up as RGBA (white and coverage), as the
    // backend would upload it.
    if constexpr (gl::kEmbedded)
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    else
        atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!fontTexture_) glGenTextures(1, &fontTexture_);
    GLint lastTexture = 0, lastAlignment = 4, lastRowLength = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &lastAlignment);
    glGetIntegerv(GL_UNPACK_ROW_LENGTH, &lastRowLength);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
#if defined(__EMSCRIPTEN__)
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
#else
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
#endif
    glPixelStorei(GL_UNPACK_ALIGNMENT, lastAlignment);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, lastRowLength);
    glBindTexture(GL_TEXTURE_2D, GLuint(lastTexture));
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(fontTexture_)));
    atlas.ClearTexData();
}

// --- OffscreenUi -------------------------------------------------------------------------------------------------

OffscreenUi::OffscreenUi(GlWindow& window) : window_(window) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(window.imgui());
    ImFontAtlas* fonts = ImGui::GetIO().Fonts; // shared: the same baked fonts and atlas texture
    context_ = ImGui::CreateContext(fonts);
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouse | ImGuiConfigFlags_NoMouseCursorChange;
    ImGui::SetCurrentContext(previous);
}

OffscreenUi::~OffscreenUi() {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(context_);
    // The renderer's data belongs to the window's context: it must not be taken down with this one.
    ImGui::GetIO().BackendRendererUserData = nullptr;
    ImGui::DestroyContext(context_);
    ImGui::SetCurrentContext(previous == context_ ? nullptr : previous);
}

void OffscreenUi::begin(int width, int height) {
    previous_ = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(window_.imgui());
    ImGui_ImplOpenGL3_NewFrame(); // makes the renderer's shader, buffers and font texture if not made yet
    ImGuiIO& windowIo = ImGui::GetIO();
    void* renderer = windowIo.BackendRendererUserData;
    const ImGuiBackendFlags flags = windowIo.BackendFlags;
    const ImGuiStyle style = ImGui::GetStyle();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    // The window's OpenGL renderer draws this context's frames (its shader, buffers and font texture).
    io.BackendRendererUserData = renderer;
    io.BackendFlags = flags & ImGuiBackendFlags_RendererHasVtxOffset;
    io.DisplaySize = ImVec2(float(std::max(width, 1)), float(std::max(height, 1)));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::GetStyle() = style;
    ImGui::NewFrame();
}

void OffscreenUi::render() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ImGui::SetCurrentContext(previous_);
    previous_ = nullptr;
}

} // namespace cs
