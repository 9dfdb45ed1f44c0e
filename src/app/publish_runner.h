// File → Publish as web page… in the window: where the web build is (the menu item needs to know), the
// folder the dialog suggests for each scenario, the question before replacing files no publish wrote,
// and the publish itself (core's plan, written at once: it only copies files). It changes AppState only
// through Commands.
#pragma once

#include "core/app_state.h"

#include <filesystem>
#include <string>

namespace cs {

class PublishRunner {
  public:
    // Looks for the web build again (findWebBuildDir), tells the state where it is, or that there is none
    // usable, and returns what it found (to publish from).
    std::filesystem::path findWebBuild(AppState& state);
    // Applies `toggle` (cmd::TogglePublishDialog). An opened dialog suggests a folder in the home folder
    // named for the scenario on stage, a new one for each scenario.
    void toggleDialog(AppState& state, const Command& toggle);
    // Publishes the scenario on stage into the dialog's folder. Unless `replaceForeign`, files there that
    // no publish wrote are listed in the dialog first, and nothing is written.
    void publish(AppState& state, bool replaceForeign);

  private:
    std::string folderFor_; // the scenario file the dialog's folder was suggested for
};

} // namespace cs
