// Commands: the only way input, widgets and scenarios change AppState (see applyCommand() in app_state.h).
#pragma once

#include "core/vocabulary.h"

#include <variant>

namespace cs {

namespace cmd {
struct FlipFocusedCoin {};
struct RotateView {
    float yawDeg = 0.0f;
    float pitchDeg = 0.0f;
};
struct ResetView {};
struct SetShow {
    Show show;
};
struct ToggleFullscreen {};
struct LeaveFullscreen {};
struct ChangeTextScale {
    int direction = 0; // +1 larger, -1 smaller, 0 back to 100 %
};
struct SetReducedMotion {
    bool on = false;
};
struct ToggleHelp {};
struct Blackout {};
struct Whiteout {};
struct EndBlankScreen {}; // any key returns from black-out / white-out
struct NextStep {};
struct PreviousStep {};
struct FirstStep {};
struct LastStep {};
struct TypeStepDigit {
    char digit = '0';
};
struct ClearStepDigits {};
struct GoToStep {
    int number = 1; // from 1
};
struct RevealAnswer {};
struct TogglePresenterOverlay {};
struct RequestQuit {};
} // namespace cmd

using Command =
    std::variant<cmd::FlipFocusedCoin, cmd::RotateView, cmd::ResetView, cmd::SetShow, cmd::ToggleFullscreen,
                 cmd::LeaveFullscreen, cmd::ChangeTextScale, cmd::SetReducedMotion, cmd::ToggleHelp, cmd::Blackout,
                 cmd::Whiteout, cmd::EndBlankScreen, cmd::NextStep, cmd::PreviousStep, cmd::FirstStep,
                 cmd::LastStep, cmd::TypeStepDigit, cmd::ClearStepDigits, cmd::GoToStep, cmd::RevealAnswer,
                 cmd::TogglePresenterOverlay, cmd::RequestQuit>;

// Short English name of a command, for logs and test messages.
const char* commandName(const Command& command);

} // namespace cs
