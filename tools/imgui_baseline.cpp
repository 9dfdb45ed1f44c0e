// imgui_baseline: Dear ImGui's own demo window on the same SDL2 + OpenGL 3.3 stack, measured exactly
// as `coinstudio --bench` measures itself (which runs it as a child to state its cost as ratios).
#include "app/bench_stats.h"
#include "app/cli.h"
#include "app/platform.h"

#include <epoxy/gl.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    using namespace cs;
    int frames = 300, width = 1920, height = 1080;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        std::string error;
        if (a == "--frames" && i + 1 < argc) {
            frames = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--size" && i + 1 < argc) {
            if (!parseSize(argv[++i], width, height, error)) {
                std::fprintf(stderr, "imgui_baseline: error: %s\n", error.c_str());
                return exit_code::kUsage;
            }
        } else if (a == "--bench") {
            // accepted for symmetry with coinstudio
        } else {
            std::fprintf(stderr,
                         "imgui_baseline: error: unknown argument '%s'\n"
                         "usage: imgui_baseline [--bench] [--frames N] [--size WxH]\n",
                         argv[i]);
            return exit_code::kUsage;
        }
    }
    useOffscreenVideoDriverUnlessSet();
    std::string error;
    WindowDesc desc;
    desc.width = width;
    desc.height = height;
    desc.hidden = true;
    desc.vsync = false;
    auto window = GlWindow::create(desc, error);
    if (!window) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    // Started by coinstudio --bench to time start-up: one frame, presented, then a line and out.
    const char* firstFrameOnly = std::getenv(kFirstFrameEnv);
    if (firstFrameOnly && std::string_view(firstFrameOnly) == "1") frames = 0;
    using Clock = std::chrono::steady_clock;
    std::vector<double> ms;
    const int warmup = frames == 0 ? 1 : 30;
    for (int i = 0; i < warmup + frames; ++i) {
        const auto start = Clock::now();
        window->beginImGuiFrame();
        ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_Always);
        ImGui::SetNextWindowSize(ImVec2(float(width) * 0.6f, float(height) * 0.8f), ImGuiCond_Always);
        ImGui::ShowDemoWindow();
        glViewport(0, 0, window->drawableWidth(), window->drawableHeight());
        glClearColor(0.11f, 0.11f, 0.13f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        window->renderImGui();
        window->swap();
        glFinish();
        const auto end = Clock::now();
        if (i >= warmup) ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    if (frames == 0) {
        std::printf("%s\n", std::string(kFirstFrameLine).c_str());
        return exit_code::kOk;
    }
    std::printf("bench: imgui_baseline (Dear ImGui demo window) %dx%d, %d frames after %d warm-up\n", width, height,
                frames, warmup);
    std::printf("%s\n", benchLine(summarize(ms), peakRssMb()).c_str());
    return exit_code::kOk;
}
