// A Dear ImGui context with the real fonts and no renderer: frames are built, never drawn.
#pragma once

#include "core/app_state.h"
#include "core/stage_geometry.h"
#include "ui/fonts.h"
#include "ui/panel.h"
#include "ui/theme.h"

#include <imgui.h>

#include <gtest/gtest.h>

namespace cs::testing {

class ImGuiFixture : public ::testing::Test {
  protected:
    void SetUp() override {
        context_ = ImGui::CreateContext();
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1920, 1080);
        io.DeltaTime = 1.0f / 60.0f;
        std::string error;
        ASSERT_TRUE(findFontFiles(files_, error)) << error;
        ASSERT_TRUE(bakeFonts(*io.Fonts, files_, 1.0f, fonts_, error)) << error;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // marks the atlas built, as a renderer would
        io.Fonts->SetTexID(ImTextureID(1));
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    }
    void TearDown() override { ImGui::DestroyContext(context_); }

    // Runs one frame around `body` and ends it.
    template <typename F> void frame(F&& body) {
        ImGui::NewFrame();
        body();
        ImGui::Render();
    }

    // Moves the mouse to `at`, presses and releases the left button there: three frames of `draw`
    // (a function returning that frame's CommandList), whose commands come back together.
    template <typename Draw> CommandList clickWith(ImVec2 at, Draw&& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        CommandList out = draw();
        io.MouseDown[0] = true;
        for (auto& c : draw())
            out.push_back(c);
        io.MouseDown[0] = false;
        for (auto& c : draw())
            out.push_back(c);
        return out;
    }

    // One frame of `view` (anything drawn from a UiContext: the audience view, the workspace) showing
    // `state` on a screen of `fb` pixels laid out as `layout`, in the dark theme; its commands.
    template <typename View>
    CommandList drawView(View& view, const AppState& state, glm::vec2 fb, const ViewLayout& layout) {
        const StageView stage = computeStageView(state, fb, layout.stage);
        const Theme theme = projectorDarkTheme();
        const UiContext ui{state, stage, fonts_, theme, layout, fb};
        CommandList out;
        frame([&] { out = view.draw(ui); });
        return out;
    }

    ImGuiContext* context_ = nullptr;
    FontFiles files_;
    UiFonts fonts_;
};

} // namespace cs::testing
