// Presentation mode in the running app (real GL, SDL's offscreen driver, displays given by the test):
// one display → the audience view fullscreen with the notes as an overlay that asks first; two →
// a second window with the presenter's view, keys from either window, the notes only there; a
// display pulled out or plugged in mid-show keeps it going; closing asks during a show. Also the
// export from the UI: progress, then the files, and a question before replacing someone else's.
#include "gl_test_support.h"
#include "status_checks.h"

#include "draw_text.h"

#include "app/studio.h"
#include "core/file_io.h"
#include "core/image.h"
#include "render/render_target.h"

#include <imgui.h>

#include <chrono>
#include <filesystem>
#include <thread>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;
using testing::drawDataContainsText;

std::vector<DisplayInfo> fakeDisplays(int n) {
    std::vector<DisplayInfo> out;
    for (int i = 0; i < n; ++i)
        out.push_back({i * 1920, 0, 1920, 1080, i == 0, i == 0 ? "Laptop" : "Projector"});
    return out;
}

SDL_Event keyDown(SDL_Keycode sym, SDL_Scancode scancode, Uint32 window = 0) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.windowID = window;
    e.key.keysym.sym = sym;
    e.key.keysym.scancode = scancode;
    return e;
}

class PresentationGLTest : public ::testing::Test {
  protected:
    void SetUp() override {
        testing::sharedWindow(); // SDL video and GL are up
        std::string error;
        WindowDesc desc;
        desc.hidden = true;
        desc.vsync = false;
        desc.width = 960;
        desc.height = 540;
        // Its own window: a show makes it fullscreen, which the other tests' window must not be.
        window_ = GlWindow::create(desc, error);
        ASSERT_TRUE(window_) << error;
        StudioDesc sd;
        sd.dataDir = COINSTUDIO_SOURCE_DIR;
        studio_ = Studio::create(*window_, std::move(sd), error);
        ASSERT_TRUE(studio_) << error;
        studio_->setDisplaySource([this] { return fakeDisplays(displays_); });
        ASSERT_TRUE(studio_->openFile(fs::path(COINSTUDIO_SOURCE_DIR) / "scenarios" / "01-introduction.toml"));
    }
    void TearDown() override {
        studio_.reset();
        window_.reset();
        testing::sharedWindow().makeCurrent();
    }
    void frame() {
        studio_->drawFrame();
        window_->swap();
    }
    std::string notes() const { return studio_->state().tr(studio_->state().currentStep()->notes); }

    int displays_ = 1;
    std::unique_ptr<GlWindow> window_;
    std::unique_ptr<Studio> studio_;
};

// The frame just drawn (before the swap).
Image backBuffer() {
    glFinish();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    GLint viewport[4] = {};
    glGetIntegerv(GL_VIEWPORT, viewport);
    return readPixels(viewport[2], viewport[3]);
}

// The average of each 2 × 2 block: what the presenter's preview does to the room's frame.
Image halved(const Image& full) {
    Image out;
    out.width = full.width / 2;
    out.height = full.height / 2;
    out.rgba.resize(std::size_t(out.width) * std::size_t(out.height) * 4);
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            for (int c = 0; c < 4; ++c) {
                int sum = 0;
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx)
                        sum += full.rgba[(std::size_t(2 * y + dy) * std::size_t(full.width) + std::size_t(2 * x + dx)) *
                                             4 +
                                         std::size_t(c)];
                out.rgba[(std::size_t(y) * std::size_t(out.width) + std::size_t(x)) * 4 + std::size_t(c)] =
                    std::uint8_t((sum + 2) / 4);
            }
        }
    }
    return out;
}

// `full` made `width` × `height` by averaging the source pixels whose centres fall in each pixel.
Image shrunk(const Image& full, int width, int height) {
    Image out;
    out.width = width;
    out.height = height;
    out.rgba.assign(std::size_t(width) * std::size_t(height) * 4, 0);
    std::vector<int> sum(out.rgba.size(), 0), count(std::size_t(width) * std::size_t(height), 0);
    for (int y = 0; y < full.height; ++y) {
        const int ty = std::min(int((float(y) + 0.5f) * float(height) / float(full.height)), height - 1);
        for (int x = 0; x < full.width; ++x) {
            const int tx = std::min(int((float(x) + 0.5f) * float(width) / float(full.width)), width - 1);
            const std::size_t t = std::size_t(ty) * std::size_t(width) + std::size_t(tx);
            ++count[t];
            for (std::size_t c = 0; c < 4; ++c)
                sum[t * 4 + c] += full.rgba[(std::size_t(y) * std::size_t(full.width) + std::size_t(x)) * 4 + c];
        }
    }
    for (std::size_t t = 0; t < count.size(); ++t)
        for (std::size_t c = 0; c < 4; ++c)
            out.rgba[t * 4 + c] = std::uint8_t(sum[t * 4 + c] / std::max(count[t], 1));
    return out;
}

TEST_F(PresentationGLTest, ThePresentersPicturesOfTheRoomAreTheAudienceFramesOfThisStepAndTheNext) {
    // Step 6 of the introduction: labels, items, a caption with a reflection prompt; step 7 adds a
    // lift-to-top marker and a discussion prompt. Thresholds: the same drawing scaled the same way, so
    // only rounding differs (mean ≤ 1 of 255); another step's frame differs by far more (checked).
    studio_->apply(cmd::SetScreen{Screen::Audience});
    studio_->apply(cmd::GoToStep{6});
    studio_->settle();
    const Image current = studio_->roomPreview(false, 480, 270);
    const Image next = studio_->roomPreview(true, 480, 270);
    ASSERT_EQ(current.width, 480);
    ASSERT_EQ(next.width, 480);
    frame();
    studio_->drawFrame();
    const Image room6 = halved(backBuffer());
    studio_->apply(cmd::GoToStep{7});
    studio_->settle();
    studio_->drawFrame();
    window_->swap();
    studio_->drawFrame();
    const Image room7 = halved(backBuffer());
    ASSERT_EQ(room6.width, 480);
    EXPECT_LE(compareImages(current, room6).meanChannelDelta, 1.0);
    EXPECT_LE(compareImages(next, room7).meanChannelDelta, 1.0);
    EXPECT_GT(compareImages(current, room7).meanChannelDelta, 3.0)
        << "steps 6 and 7 look alike: the check proves nothing";
    if (compareImages(next, room7).meanChannelDelta > 1.0) { // the two pictures, to look at
        const fs::path dir = COINSTUDIO_TEST_OUTPUT_DIR;
        std::error_code ec;
        fs::create_directories(dir, ec);
        EXPECT_OK(writeFileAtomic(dir / "next-preview.png", encodePng(next)));
        EXPECT_OK(writeFileAtomic(dir / "next-room.png", encodePng(room7)));
    }
}

TEST_F(PresentationGLTest, OneDisplayFillsTheScreenAndTheNotesOverlayAsksFirst) {
    ASSERT_EQ(studio_->present(0), "");
    const AppState& s = studio_->state();
    EXPECT_TRUE(s.presentation.active);
    EXPECT_TRUE(s.presentation.singleDisplay);
    EXPECT_EQ(s.screen, Screen::Audience);
    EXPECT_TRUE(s.fullscreen);
    EXPECT_EQ(studio_->presenterWindow(), nullptr);
    studio_->apply(cmd::GoToStep{2});
    frame();
    frame();
    EXPECT_FALSE(drawDataContainsText(ImGui::GetDrawData(), notes()));

    studio_->handleEvent(keyDown(SDLK_n, SDL_SCANCODE_N));
    EXPECT_TRUE(s.presentation.overlayConfirmPending);
    EXPECT_FALSE(s.presentation.overlayVisible);
    studio_->apply(cmd::ConfirmPresenterOverlay{true});
    frame();
    frame();
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), notes()));

    // Esc never quits; closing the window asks first.
    studio_->handleEvent(keyDown(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE));
    EXPECT_FALSE(s.quitRequested);
    SDL_Event close{};
    close.type = SDL_WINDOWEVENT;
    close.window.event = SDL_WINDOWEVENT_CLOSE;
    close.window.windowID = window_->id();
    studio_->handleEvent(close);
    EXPECT_FALSE(s.quitRequested);
    EXPECT_TRUE(s.presentation.quitConfirmPending);
    studio_->apply(cmd::ConfirmQuit{false});

    studio_->apply(cmd::StopPresentation{});
    EXPECT_FALSE(s.presentation.active);
    EXPECT_EQ(s.screen, Screen::Workspace);
    EXPECT_FALSE(s.fullscreen);
}

TEST_F(PresentationGLTest, TwoDisplaysOpenThePresenterWindowWithTheNotesAndKeysWorkFromIt) {
    displays_ = 2;
    ASSERT_EQ(studio_->present(0), "");
    GlWindow* presenter = studio_->presenterWindow();
    ASSERT_NE(presenter, nullptr);
    EXPECT_FALSE(studio_->state().presentation.singleDisplay);
    studio_->apply(cmd::GoToStep{2});
    frame();
    frame();
    // "What the room sees" in the presenter window is the room's frame, smaller (only the scaling
    // differs: mean ≤ 2 of 255; the frame of another step differs by far more).
    const Image seen = studio_->presenterRoomPicture();
    ASSERT_FALSE(seen.empty());
    window_->makeCurrent();
    studio_->drawFrame();
    window_->makeCurrent(); // the frame ends with the presenter window's
    glFinish();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    const Image room = shrunk(readPixels(window_->drawableWidth(), window_->drawableHeight()), seen.width, seen.height);
    EXPECT_LE(compareImages(seen, room).meanChannelDelta, 2.0);
    window_->swap();
    // The room's window has no notes; the presenter's has them.
    window_->makeCurrent();
    EXPECT_FALSE(drawDataContainsText(ImGui::GetDrawData(), notes()));
    presenter->makeCurrent();
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), notes()));
    window_->makeCurrent();

    // A clicker's Page Down pressed while the presenter window has the focus.
    studio_->handleEvent(keyDown(SDLK_PAGEDOWN, SDL_SCANCODE_PAGEDOWN, presenter->id()));
    EXPECT_EQ(studio_->state().step, 2);
    studio_->settle();
    frame();
    EXPECT_GT(compareImages(studio_->presenterRoomPicture(), room).meanChannelDelta, 3.0)
        << "steps 2 and 3 look alike: the check above proves nothing";
    studio_->handleEvent(keyDown(SDLK_b, SDL_SCANCODE_B, presenter->id()));
    EXPECT_TRUE(studio_->state().blackout);
    studio_->handleEvent(keyDown(SDLK_SPACE, SDL_SCANCODE_SPACE, window_->id()));
    EXPECT_FALSE(studio_->state().blackout);

    // The projector is pulled out: the show goes on, the notes become the overlay.
    displays_ = 1;
    SDL_Event unplug{};
    unplug.type = SDL_DISPLAYEVENT;
    unplug.display.event = SDL_DISPLAYEVENT_DISCONNECTED;
    studio_->handleEvent(unplug);
    EXPECT_EQ(studio_->presenterWindow(), nullptr);
    EXPECT_TRUE(studio_->state().presentation.active);
    EXPECT_TRUE(studio_->state().presentation.singleDisplay);
    ASSERT_FALSE(studio_->state().notices.empty());
    frame();
    // … and plugged in again: the presenter window comes back.
    displays_ = 2;
    SDL_Event plug = unplug;
    plug.display.event = SDL_DISPLAYEVENT_CONNECTED;
    studio_->handleEvent(plug);
    EXPECT_NE(studio_->presenterWindow(), nullptr);
    EXPECT_FALSE(studio_->state().presentation.singleDisplay);
    frame();
    studio_->apply(cmd::StopPresentation{});
    EXPECT_EQ(studio_->presenterWindow(), nullptr);
}

TEST_F(PresentationGLTest, ADisplayThatDoesNotExistIsSaidAndNothingStarts) {
    displays_ = 2;
    const std::string err = studio_->present(3);
    EXPECT_NE(err.find("--display 3"), std::string::npos) << err;
    EXPECT_FALSE(studio_->state().presentation.active);
    EXPECT_FALSE(studio_->state().fullscreen);
}

TEST_F(PresentationGLTest, ExportFromTheWindowShowsProgressAndAsksBeforeReplacingOthersFiles) {
    const fs::path dir = fs::temp_directory_path() / ("coinstudio-ui-export-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    ASSERT_OK(writeFileAtomic(dir / "handout.html", std::string_view("<p>my own handout</p>")));
    studio_->setExportProgram(COINSTUDIO_BINARY);
    studio_->apply(cmd::ToggleExportDialog{});
    EXPECT_FALSE(studio_->state().exportDialog.folder.empty()); // a folder is suggested
    studio_->apply(cmd::SetExportFolder{dir.string()});
    studio_->apply(cmd::SetExportSize{320, 180});
    frame();

    // Someone else's handout.html: asked first, nothing started.
    studio_->apply(cmd::StartExport{false});
    EXPECT_FALSE(studio_->exportRunning());
    ASSERT_EQ(studio_->state().exportDialog.foreign, std::vector<std::string>{"handout.html"});
    studio_->apply(cmd::StartExport{true});
    EXPECT_TRUE(studio_->exportRunning());
    EXPECT_TRUE(studio_->state().exportDialog.running);

    double lastFraction = 0.0;
    bool sawProgress = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (studio_->exportRunning() && std::chrono::steady_clock::now() < deadline) {
        studio_->tick();
        const double f = studio_->state().exportDialog.fraction;
        EXPECT_GE(f, lastFraction); // never goes back
        sawProgress = sawProgress || (f > 0.0 && f < 1.0);
        lastFraction = f;
        frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    studio_->tick();
    EXPECT_TRUE(sawProgress);
    EXPECT_FALSE(studio_->state().exportDialog.running);
    EXPECT_DOUBLE_EQ(studio_->state().exportDialog.fraction, 1.0) << studio_->state().exportDialog.message;
    const int steps = studio_->state().scenario->stepCount();
    for (int n = 1; n <= steps; ++n) {
        char name[32];
        std::snprintf(name, sizeof name, "step-%03d.png", n);
        EXPECT_TRUE(fs::is_regular_file(dir / name)) << name;
    }
    const ReadResult handout = readFileCapped(dir / "handout.html", 1 << 22);
    ASSERT_TRUE(handout.ok);
    EXPECT_EQ(std::string(handout.bytes.begin(), handout.bytes.end()).find("my own handout"), std::string::npos);
    fs::remove_all(dir);
}

} // namespace
} // namespace cs
