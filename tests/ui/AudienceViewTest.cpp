// The audience view's panels: help overlay commands, blank screens, font scale rules.
#include "ui_test_support.h"

#include "core/keymap.h"
#include "ui/audience_view.h"

#include <imgui_internal.h>

namespace cs {
namespace {

class AudienceViewTest : public testing::ImGuiFixture {
  protected:
    CommandList drawOnce(const AppState& s) {
        const glm::vec2 fb{1920, 1080};
        return drawView(view_, s, fb, computeAudienceLayout(fb, 1.0f));
    }
    AudienceView view_;
};

TEST_F(AudienceViewTest, HelpOverlayListsTheKeyTableAndItsCloseButtonEmitsToggleHelp) {
    AppState s = makeStartState();
    applyCommand(s, cmd::ToggleHelp{});
    EXPECT_TRUE(drawOnce(s).empty());
    EXPECT_TRUE(drawOnce(s).empty()); // the second frame has the auto-sized window
    ImGuiWindow* w = ImGui::FindWindowByName("Keyboard shortcuts###help");
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->Active || w->WasActive);
    // The table grows with the key table: one row per action, so the window is tall.
    EXPECT_GT(w->Size.y, 15.0f * fonts_.small->FontSize);
    // Click the Close button (the last item, bottom left of the content).
    const ImVec2 close(w->Pos.x + w->WindowPadding.x + 10.0f, w->Pos.y + w->Size.y - w->WindowPadding.y - 10.0f);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = close;
    drawOnce(s);
    io.MouseDown[0] = true;
    drawOnce(s);
    io.MouseDown[0] = false;
    const CommandList out = drawOnce(s);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_TRUE(out[0].holds<cmd::ToggleHelp>());
}

TEST_F(AudienceViewTest, BlackoutCoversEverythingAndShowsNothingElse) {
    AppState s = makeStartState();
    applyCommand(s, cmd::Blackout{});
    drawOnce(s);
    const ImDrawData* data = ImGui::GetDrawData();
    ASSERT_NE(data, nullptr);
    int vertices = 0;
    for (int i = 0; i < data->CmdListsCount; ++i)
        vertices += data->CmdLists[i]->VtxBuffer.Size;
    EXPECT_EQ(vertices, 4); // one full-screen rectangle, no labels, no caption text
}

TEST_F(AudienceViewTest, NormalViewDrawsLabelsAndCaption) {
    drawOnce(makeStartState());
    const ImDrawData* data = ImGui::GetDrawData();
    int vertices = 0;
    for (int i = 0; i < data->CmdListsCount; ++i)
        vertices += data->CmdLists[i]->VtxBuffer.Size;
    EXPECT_GT(vertices, 400); // text glyphs are 4 vertices each
}

TEST(FontScaleTest, ScalesWithHeightAndTextSizeInSteps) {
    EXPECT_FLOAT_EQ(fontScaleFor(1080, 1.0f), 1.0f);
    EXPECT_FLOAT_EQ(fontScaleFor(2160, 1.0f), 2.0f);
    EXPECT_FLOAT_EQ(fontScaleFor(1080, 1.5f), 1.5f);
    EXPECT_FLOAT_EQ(fontScaleFor(1085, 1.0f), 1.0f); // small resizes do not rebake the atlas
    EXPECT_FLOAT_EQ(fontScaleFor(64, 1.0f), 0.4f);   // floor keeps tiny windows readable
    EXPECT_FLOAT_EQ(fontScaleFor(4320, 3.0f), 3.0f); // cap keeps the atlas a sane size
}

TEST(ViewLayoutTest, CaptionBelowStageFillingTheWidth) {
    const ViewLayout l = computeAudienceLayout({1920, 1080}, 1.0f);
    EXPECT_FLOAT_EQ(l.caption.width, 1920.0f);
    EXPECT_FLOAT_EQ(l.caption.y + l.caption.height, 1080.0f);
    EXPECT_LE(l.stage.y + l.stage.height, l.caption.y + 0.5f);
    EXPECT_GT(l.stage.height, 500.0f);
}

} // namespace
} // namespace cs
