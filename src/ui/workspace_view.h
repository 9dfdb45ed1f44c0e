// The workspace (learners and educators): menu bar, palette, stage, step panel, problems, file browser;
// with the scenario editor open, its outline, form and problems instead of the palette and step panel.
#pragma once

#include "ui/editor_panel.h"
#include "ui/export_panel.h"
#include "ui/file_browser.h"
#include "ui/help_overlay.h"
#include "ui/menu_bar.h"
#include "ui/palette_panel.h"
#include "ui/present_setup_panel.h"
#include "ui/problems_panel.h"
#include "ui/publish_panel.h"
#include "ui/reference_panels.h"
#include "ui/settings_panel.h"
#include "ui/stage_input.h"
#include "ui/stage_labels.h"
#include "ui/stage_overlay.h"
#include "ui/step_panel.h"

namespace cs {

class WorkspaceView {
  public:
    CommandList draw(const UiContext& ui);

  private:
    MenuBar menu_;
    StageInput stageInput_;
    StageLabelsPanel labels_;
    StageOverlay overlay_;
    PalettePanel palette_;
    StepPanel step_;
    ProblemsPanel problems_;
    FileBrowserPanel browser_;
    HelpOverlay help_;
    SourcesPanel sources_;
    GlossaryPanel glossary_;
    SettingsPanel settings_;
    PresentSetupPanel present_;
    ExportPanel export_;
    PublishPanel publish_;
    EditorPanel editor_;
    EditorQuestions editorQuestions_;
};

} // namespace cs
