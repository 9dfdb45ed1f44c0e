// Applying Commands to AppState, and the walkthrough's step entry. Each command's effect is small and
// explicit here so that tests can reach every state without a mouse, and so the UI never changes
// state on its own.
#include "core/app_state.h"

#include "core/editor/editor_commands.h"
#include "core/user_data/learner_data.h"

#include <algorithm>
#include <cmath>

namespace cs {

float elevationFor(Show show) {
    switch (show) {
    case Show::Top:
    case Show::Bottom: return 38.0f;
    case Show::Both: return 24.0f;
    case Show::Edge: return 3.0f;
    }
    return 24.0f;
}

float mirrorFor(Show show) {
    return show == Show::Both ? 1.0f : 0.0f;
}
float flipFor(Show show) {
    return show == Show::Bottom ? 1.0f : 0.0f;
}

AppState makeStartState(std::shared_ptr<const StructureLibrary> builtIns) {
    AppState s;
    s.builtIns = builtIns ? std::move(builtIns) : std::make_shared<const StructureLibrary>();
    s.structures = s.builtIns;
    s.coins.push_back(PlacedCoin{});
    s.focus = 0;
    s.view.show = Show::Both;
    s.view.elevationDeg = Tween::constant(elevationFor(Show::Both));
    s.view.mirror = Tween::constant(mirrorFor(Show::Both));
    return s;
}

double AppState::animationsEndTime() const {
    double end = timeline.now();
    for (const auto& c : coins)
        end = std::max({end, c.flip.endTime(), c.appear.endTime(), c.slot.endTime()});
    end = std::max(
        {end, view.elevationDeg.endTime(), view.mirror.endTime(), view.rowCentre.endTime(), action.progress.endTime()});
    return end;
}

bool AppState::isAnimating() const {
    return animationsEndTime() > timeline.now();
}

void AppState::settle() {
    for (auto& c : coins) {
        c.flip.snap(c.flip.to);
        c.appear.snap(c.appear.to);
        c.slot.snap(c.slot.to);
    }
    view.rowCentre.snap(view.rowCentre.to);
    view.elevationDeg.snap(view.elevationDeg.to);
    view.mirror.snap(view.mirror.to);
    action.progress.snap(action.progress.to);
}

bool AppState::answerShown() const {
    return answerRevealed || (hasSteps() && answers.count(step) > 0);
}

const Structure* AppState::structureOf(const PlacedCoin& coin) const {
    return structures && !coin.structureId.empty() ? structures->find(coin.structureId) : nullptr;
}

const std::string& AppState::tr(const LocalText& text) const {
    return scenario ? scenario->tr(text) : text.get("en");
}

namespace {

void setView(AppState& s, Show show, double seconds) {
    s.view.show = show;
    const double t = s.timeline.now();
    s.view.elevationDeg.retarget(elevationFor(show), t, seconds);
    s.view.mirror.retarget(mirrorFor(show), t, seconds);
}

// Slides every coin to its place in the row (and the row's middle with them).
void relayout(AppState& s, double seconds) {
    const double t = s.timeline.now();
    for (int i = 0; i < int(s.coins.size()); ++i)
        s.coins[std::size_t(i)].slot.retarget(float(i), t, seconds);
    s.view.rowCentre.retarget(float(std::max<int>(int(s.coins.size()) - 1, 0)) * 0.5f, t, seconds);
}

int clampFocus(const AppState& s, int index) {
    return s.coins.empty() ? 0 : std::clamp(index, 0, int(s.coins.size()) - 1);
}

PlacedCoin newCoin(std::string id, float flip, double now, double appearSeconds, int slot) {
    PlacedCoin c;
    c.slot = Tween::constant(float(slot)); // a new coin appears in its place; the others make room
    c.structureId = std::move(id);
    c.flip = Tween::constant(flip);
    c.appear = appearSeconds > 0.0 ? Tween{0.0f, 1.0f, now, appearSeconds, Ease::OutCubic} : Tween::constant(1.0f);
    return c;
}

// Starts `kind` on the coin in focus, after `delay` seconds.
void startAction(AppState& s, Action kind, double delay, double seconds) {
    s.action = ActionState{};
    if (kind == Action::None || s.coins.empty()) return;
    s.action.kind = kind;
    s.action.coin = clampFocus(s, s.focus);
    const double start = s.timeline.now() + delay;
    s.action.progress = seconds > 0.0 ? Tween{0.0f, 1.0f, start, seconds, Ease::Linear} : Tween::constant(1.0f);
}

} // namespace

void enterStep(AppState& s, int index, bool animate) {
    if (!s.scenario || index < 0 || index >= s.scenario->stepCount()) return;
    const ResolvedStep& step = s.scenario->steps[std::size_t(index)];
    const double now = s.timeline.now();
    auto seconds = [&](double d) { return animate ? s.motion(d) : 0.0; };
    s.step = index;
    s.typedStepNumber.clear();
    s.answerRevealed = false;
    s.presentation.stepStartedAt = now;
    // A step with a content note shows the note first (forward or by jump alike).
    s.contentNotePending = !s.scenario->scenario.steps[std::size_t(index)].contentNote.empty();
    s.view.yawDeg = 0.0f; // the step declares the view; a hand-turned stage goes back
    s.view.pitchDeg = 0.0f;

    // Coins: those that stay keep their state (so nothing jumps), new ones fade in.
    std::vector<PlacedCoin> next;
    std::vector<bool> used(s.coins.size(), false);
    for (const auto& id : step.coins) {
        if (int(next.size()) >= kMaxCoins) break;
        auto it = std::find_if(s.coins.begin(), s.coins.end(), [&](const PlacedCoin& c) {
            return c.structureId == id && !used[std::size_t(&c - s.coins.data())];
        });
        if (it != s.coins.end()) {
            used[std::size_t(it - s.coins.begin())] = true;
            next.push_back(*it);
        } else {
            next.push_back(newCoin(id, flipFor(step.show), now, seconds(durations::kAppear), int(next.size())));
        }
    }
    s.coins = std::move(next);
    relayout(s, seconds(durations::kView));
    s.focus = 0;
    for (int i = 0; i < int(s.coins.size()); ++i) {
        if (s.coins[std::size_t(i)].structureId == step.focus) {
            s.focus = i;
            break;
        }
    }
    s.personas = step.personas;

    // Every coin rests on the face the step shows; the view moves there.
    const bool viewMoves = s.view.show != step.show || s.view.elevationDeg.to != elevationFor(step.show);
    for (auto& c : s.coins)
        c.flip.retarget(flipFor(step.show), now, seconds(durations::kFlip));
    setView(s, step.show, seconds(durations::kView));
    const double delay = viewMoves ? seconds(durations::kView) : 0.0;

    s.action = ActionState{};
    if (step.action == Action::Flip && !s.coins.empty()) {
        // The coin turns from the face shown to the other one; the view follows to that face.
        auto& coin = s.coins[std::size_t(s.focus)];
        const float from = flipFor(step.show), to = 1.0f - from;
        const double flipSeconds = seconds(durations::kFlip);
        coin.flip =
            flipSeconds > 0.0 ? Tween{from, to, now + delay, flipSeconds, Ease::InOutCubic} : Tween::constant(to);
        s.view.show = step.endShow;
        const double viewSeconds = delay + flipSeconds;
        s.view.elevationDeg.retarget(elevationFor(step.endShow), now, viewSeconds);
        s.view.mirror.retarget(mirrorFor(step.endShow), now, viewSeconds);
        startAction(s, Action::Flip, delay, flipSeconds);
    } else {
        startAction(s, step.action, delay, seconds(durations::kAction));
    }
}

namespace {

struct Applier {
    AppState& s;

    void operator()(const cmd::FlipFocusedCoin&) {
        if (s.coins.empty()) return;
        auto& coin = s.coins[std::size_t(clampFocus(s, s.focus))];
        const float target = coin.faceUpAtEnd() == Face::Top ? 1.0f : 0.0f;
        coin.flip.retarget(target, s.timeline.now(), s.motion(durations::kFlip), Ease::InOutCubic);
    }
    void operator()(const cmd::RotateView& r) {
        if (!std::isfinite(r.yawDeg) || !std::isfinite(r.pitchDeg)) return;
        s.view.yawDeg = std::remainder(s.view.yawDeg + r.yawDeg, 360.0f);
        s.view.pitchDeg = std::clamp(s.view.pitchDeg + r.pitchDeg, -kMaxPitchDeg, kMaxPitchDeg);
    }
    void operator()(const cmd::ResetView&) {
        s.view.yawDeg = 0.0f;
        s.view.pitchDeg = 0.0f;
    }
    void operator()(const cmd::SetShow& c) { setView(s, c.show, s.motion(durations::kView)); }
    void operator()(const cmd::PlaceCoin& c) {
        if (!s.structures || !s.structures->contains(c.structureId)) return;
        // The generic coin of the start scene makes way for the first real structure.
        std::erase_if(s.coins, [](const PlacedCoin& p) { return p.structureId.empty(); });
        if (int(s.coins.size()) >= kMaxCoins) return;
        const int at = c.at < 0 ? int(s.coins.size()) : std::min(c.at, int(s.coins.size()));
        s.coins.insert(s.coins.begin() + at, newCoin(c.structureId, flipFor(s.view.show), s.timeline.now(),
                                                     s.motion(durations::kAppear), at));
        relayout(s, s.motion(durations::kView));
        s.focus = at;
        s.action = ActionState{};
    }
    void operator()(const cmd::RemoveCoin& c) {
        if (c.index < 0 || c.index >= int(s.coins.size())) return;
        s.coins.erase(s.coins.begin() + c.index);
        relayout(s, s.motion(durations::kView));
        if (s.action.coin == c.index)
            s.action = ActionState{};
        else if (s.action.coin > c.index)
            --s.action.coin;
        if (s.focus > c.index) --s.focus;
        s.focus = clampFocus(s, s.focus);
    }
    void operator()(const cmd::MoveCoin& c) {
        const int n = int(s.coins.size());
        if (c.from < 0 || c.from >= n || c.to < 0 || c.to >= n || c.from == c.to) return;
        const PlacedCoin moved = s.coins[std::size_t(c.from)];
        s.coins.erase(s.coins.begin() + c.from);
        s.coins.insert(s.coins.begin() + c.to, moved);
        relayout(s, s.motion(durations::kView));
        auto follow = [&](int i) {
            if (i == c.from) return c.to;
            if (c.from < c.to && i > c.from && i <= c.to) return i - 1;
            if (c.to < c.from && i >= c.to && i < c.from) return i + 1;
            return i;
        };
        s.focus = follow(s.focus);
        if (s.action.coin >= 0) s.action.coin = follow(s.action.coin);
    }
    void operator()(const cmd::FocusCoin& c) {
        if (c.index >= 0 && c.index < int(s.coins.size())) s.focus = c.index;
    }
    void operator()(const cmd::PlacePersona& c) {
        if (!s.scenario || !s.scenario->findPersona(c.personaId)) return;
        if (std::find(s.personas.begin(), s.personas.end(), c.personaId) == s.personas.end()) {
            s.personas.push_back(c.personaId);
        }
    }
    void operator()(const cmd::RemovePersona& c) { std::erase(s.personas, c.personaId); }
    void operator()(const cmd::PlayAction& c) {
        if (c.action == Action::Flip) {
            (*this)(cmd::FlipFocusedCoin{});
            return;
        }
        startAction(s, c.action, 0.0, s.motion(durations::kAction));
    }
    void operator()(const cmd::ToggleFullscreen&) { s.fullscreen = !s.fullscreen; }
    void operator()(const cmd::LeaveFullscreen&) { s.fullscreen = false; }
    void operator()(const cmd::ChangeTextScale& c) {
        // Steps of 10 % feel even on a projector; the range keeps layouts usable.
        if (c.direction == 0) {
            s.prefs.textScale = 1.0f;
        } else {
            const float next = std::round((s.prefs.textScale + 0.1f * float(c.direction > 0 ? 1 : -1)) * 10.0f) / 10.0f;
            s.prefs.textScale = std::clamp(next, kMinTextScale, kMaxTextScale);
        }
    }
    void operator()(const cmd::SetReducedMotion& c) {
        s.prefs.reducedMotion = c.on;
        if (c.on) s.settle();
    }
    void operator()(const cmd::ToggleHelp&) {
        PresentationState& p = s.presentation;
        // One display in a show: the help covers what the room sees, so it is asked once, as N is.
        if (p.active && p.singleDisplay && !s.helpVisible && !p.overlayConfirmed) {
            p.overlayConfirmPending = true;
            p.helpAfterConfirm = true;
            return;
        }
        s.helpVisible = !s.helpVisible;
    }
    void operator()(const cmd::TogglePresentSetup&) {
        if (s.presentation.active) return;
        s.presentSetup.visible = !s.presentSetup.visible;
        // Each opening starts from what is on stage now; a cancelled choice leaves nothing behind.
        s.presentSetup.scenarioFile.clear();
        s.presentSetup.language.clear();
        s.presentSetup.lightTheme.reset();
        if (!s.presentSetup.visible && s.browser.forPresentation) s.browser.open = false;
    }
    void operator()(const cmd::ChoosePresentScenario& c) {
        if (s.presentation.active) return;
        const bool same = s.scenario && c.file == s.scenario->file.string();
        s.presentSetup.scenarioFile = same ? std::string() : c.file;
        s.presentSetup.language.clear(); // the languages are the new scenario's
    }
    void operator()(const cmd::ChoosePresentLanguage& c) { s.presentSetup.language = c.language; }
    void operator()(const cmd::ChoosePresentTheme& c) { s.presentSetup.lightTheme = c.light; }
    void operator()(const cmd::ChoosePresentRoom& c) { s.presentSetup.room = c.on; }
    void operator()(const cmd::SetRoomStatus& c) { s.room = c.status; }
    void operator()(const cmd::ChoosePresentDisplay& c) {
        s.presentSetup.display = c.display >= 1 && c.display <= int(s.displays.size()) ? c.display : 0;
    }
    void operator()(const cmd::SetDisplays& c) {
        s.displays = c.displays;
        if (s.presentSetup.display > int(s.displays.size())) s.presentSetup.display = 0;
    }
    void operator()(const cmd::Present&) {} // the app layer opens the windows, then StartPresentation
    void operator()(const cmd::ToggleExportDialog&) {
        if (s.presentation.active) return;
        // Closing the dialog does not stop an export that runs; it goes on and says when done.
        s.exportDialog.visible = !s.exportDialog.visible;
        s.exportDialog.foreign.clear();
    }
    void operator()(const cmd::SetExportFolder& c) {
        s.exportDialog.folder = c.folder;
        s.exportDialog.foreign.clear(); // a new folder: what it holds is checked again on Export
    }
    void operator()(const cmd::SetExportSize& c) {
        s.exportDialog.width = std::clamp(c.width, 64, 7680);
        s.exportDialog.height = std::clamp(c.height, 64, 4320);
    }
    void operator()(const cmd::SetExportStatus& c) {
        s.exportDialog.running = c.running;
        s.exportDialog.fraction = std::clamp(c.fraction, 0.0, 1.0);
        s.exportDialog.message = c.message;
        s.exportDialog.foreign = c.foreign;
    }
    void operator()(const cmd::StartExport&) {} // effects: the app layer runs it
    void operator()(const cmd::TogglePublishDialog&) {
        if (s.presentation.active) return;
        s.publishDialog.visible = !s.publishDialog.visible;
        // Each opening starts afresh: the last result belongs to the last scenario or folder.
        s.publishDialog.published = false;
        s.publishDialog.message.clear();
        s.publishDialog.problems.clear();
        s.publishDialog.foreign.clear();
    }
    void operator()(const cmd::SetPublishFolder& c) {
        s.publishDialog.folder = c.folder;
        s.publishDialog.foreign.clear(); // a new folder: what it holds is checked again on Publish
    }
    void operator()(const cmd::SetPublishStatus& c) {
        s.publishDialog.published = c.published;
        s.publishDialog.message = c.message;
        s.publishDialog.problems = c.problems;
        s.publishDialog.foreign = c.foreign;
    }
    void operator()(const cmd::SetWebBuild& c) { s.publishDialog.webBuild = c.folder; }
    void operator()(const cmd::PublishWebPage&) {} // effects: the app layer copies the files
    void operator()(const cmd::CancelExport&) {}
    void operator()(const cmd::ToggleProblems&) { s.problemsVisible = !s.problemsVisible; }
    void operator()(const cmd::ToggleSources&) { s.sourcesVisible = !s.sourcesVisible; }
    void operator()(const cmd::ToggleGlossary&) { s.glossaryVisible = !s.glossaryVisible; }
    void operator()(const cmd::SetScreen& c) {
        if (s.presentation.active) return; // menus and panels never reach the projector during a show
        s.screen = c.screen;
    }
    void operator()(const cmd::OpenFileBrowser& c) {
        s.browser.open = true;
        s.browser.forPresentation = c.forPresentation;
    }
    void operator()(const cmd::CloseFileBrowser&) {
        s.browser.open = false;
        s.browser.forPresentation = false;
    }
    void operator()(const cmd::SetFolderListing& c) {
        s.browser.folder = c.folder;
        s.browser.entries = c.entries;
        s.browser.error = c.error;
    }
    void operator()(const cmd::Blackout&) {
        s.blackout = true;
        s.whiteout = false;
    }
    void operator()(const cmd::Whiteout&) {
        s.whiteout = true;
        s.blackout = false;
    }
    void operator()(const cmd::EndBlankScreen&) {
        s.blackout = false;
        s.whiteout = false;
    }
    // Stepping forward plays the step's animation; every other move jumps to the end state.
    void operator()(const cmd::NextStep&) {
        s.typedStepNumber.clear();
        // "Next" on a content note moves on to the step's content, not past it.
        if (s.contentNotePending) {
            s.contentNotePending = false;
            return;
        }
        if (s.hasSteps() && s.step + 1 < s.scenario->stepCount()) enterStep(s, s.step + 1, true);
    }
    void operator()(const cmd::PreviousStep&) {
        s.typedStepNumber.clear();
        if (s.hasSteps() && s.step > 0) enterStep(s, s.step - 1, false);
    }
    void operator()(const cmd::FirstStep&) {
        s.typedStepNumber.clear();
        if (s.hasSteps()) enterStep(s, 0, false);
    }
    void operator()(const cmd::LastStep&) {
        s.typedStepNumber.clear();
        if (s.hasSteps()) enterStep(s, s.scenario->stepCount() - 1, false);
    }
    void operator()(const cmd::TypeStepDigit& c) {
        if (c.digit < '0' || c.digit > '9') return;
        if (s.typedStepNumber.size() < 6) s.typedStepNumber += c.digit;
    }
    void operator()(const cmd::ClearStepDigits&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::GoToStep& c) {
        s.typedStepNumber.clear();
        if (s.scenario && c.number >= 1 && c.number <= s.scenario->stepCount()) enterStep(s, c.number - 1, false);
    }
    void operator()(const cmd::RevealAnswer&) {
        const Step* step = s.currentStep();
        if (step && step->question && !s.contentNotePending) s.answerRevealed = true;
    }
    void operator()(const cmd::ChooseAnswer& c) {
        if (!s.scenario || c.step < 0 || c.step >= s.scenario->stepCount()) return;
        const auto& q = s.scenario->scenario.steps[std::size_t(c.step)].question;
        if (!q || c.choice < 1 || c.choice > int(q->choices.size())) return;
        s.answers[c.step] = c.choice; // a first pick reveals; a later pick changes the choice shown
    }
    void operator()(const cmd::SetReflection& c) {
        if (!s.scenario || c.step < 0 || c.step >= s.scenario->stepCount()) return;
        std::string text = c.text.substr(0, AppState::kMaxReflectionBytes);
        // Never cut a UTF-8 character in two.
        while (!text.empty() && text.size() < c.text.size() &&
               (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
            text.pop_back();
        }
        if (!text.empty() && text.size() < c.text.size() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0xC0) {
            text.pop_back();
        }
        if (text.empty())
            s.reflections.erase(c.step);
        else
            s.reflections[c.step] = std::move(text);
    }
    void operator()(const cmd::AcknowledgeContentNote&) {
        if (!s.contentNotePending) return;
        // The step's movement plays now, when it can be seen, not behind the note.
        enterStep(s, s.step, true);
        s.contentNotePending = false;
    }
    void operator()(const cmd::SetLearnerData& c) {
        s.answers = c.answers;
        s.reflections = c.reflections;
        s.orphanedLearnerData = c.orphans;
    }
    void operator()(const cmd::OfferResume& c) {
        if (s.presentation.active) return; // not in front of a room
        if (s.scenario && c.step > 0 && c.step < s.scenario->stepCount()) s.resumeOffer = c.step;
    }
    void operator()(const cmd::AnswerResume& c) {
        if (c.resume && s.resumeOffer) enterStep(s, *s.resumeOffer, false);
        s.resumeOffer.reset();
    }
    void operator()(const cmd::ToggleSettings&) { s.settingsVisible = !s.settingsVisible; }
    void operator()(const cmd::SetTheme& c) { s.prefs.lightTheme = c.light; }
    void operator()(const cmd::SetSaveNothing& c) { s.prefs.saveNothing = c.on; }
    void operator()(const cmd::SetAskToResume& c) { s.prefs.askToResume = c.on; }
    void operator()(const cmd::SetPreferences& c) {
        s.prefs.textScale = std::clamp(std::isfinite(c.textScale) ? c.textScale : 1.0f, kMinTextScale, kMaxTextScale);
        s.prefs.lightTheme = c.lightTheme;
        s.prefs.saveNothing = c.saveNothing;
        s.prefs.askToResume = c.askToResume;
        (*this)(cmd::SetReducedMotion{c.reducedMotion});
    }
    void operator()(const cmd::AddNotice& c) {
        if (c.text.empty()) return;
        s.notices.push_back(c.text);
        if (s.notices.size() > 20) s.notices.erase(s.notices.begin()); // bounded
    }
    void operator()(const cmd::DismissNotices&) { s.notices.clear(); }
    void operator()(const cmd::SetRecentFiles& c) { s.recentFiles = c.files; }
    void operator()(const cmd::SetLanguage& c) {
        if (c.language.empty()) return;
        s.uiLanguage = c.language;
        if (!s.scenario) return;
        auto doc = std::make_shared<LoadedScenario>(*s.scenario);
        doc->language = c.language;
        const int step = s.step;
        const bool pending = s.contentNotePending;
        s.scenario = doc;
        s.structures = std::shared_ptr<const StructureLibrary>(doc, &doc->structures);
        s.step = step;
        s.contentNotePending = pending; // the same step, only its words change
    }
    void operator()(const cmd::TogglePresenterOverlay&) {
        PresentationState& p = s.presentation;
        if (!p.active || !p.singleDisplay) return; // with two displays the notes have their own window
        if (p.overlayVisible) {
            p.overlayVisible = false;
        } else if (p.overlayConfirmed) {
            p.overlayVisible = true;
        } else {
            p.overlayConfirmPending = true; // the laptop screen may be what the room sees
            p.helpAfterConfirm = false;
        }
    }
    void operator()(const cmd::ConfirmPresenterOverlay& c) {
        PresentationState& p = s.presentation;
        if (!p.overlayConfirmPending) return;
        p.overlayConfirmPending = false;
        p.overlayConfirmed = p.overlayConfirmed || c.show;
        if (p.helpAfterConfirm)
            s.helpVisible = c.show;
        else
            p.overlayVisible = c.show;
        p.helpAfterConfirm = false;
    }
    void operator()(const cmd::StartPresentation& c) {
        PresentationState& p = s.presentation;
        p = PresentationState{};
        p.active = true;
        p.singleDisplay = c.singleDisplay;
        p.overlayConfirmed = c.overlayConfirmed;
        p.startedAt = s.timeline.now();
        p.stepStartedAt = s.timeline.now();
        s.screen = Screen::Audience;
        s.resumeOffer.reset(); // never asked in front of a room
        s.helpVisible = false;
        s.presentSetup.visible = false;
        s.settingsVisible = false;
    }
    void operator()(const cmd::StopPresentation&) {
        const bool confirmed = s.presentation.overlayConfirmed;
        s.presentation = PresentationState{};
        s.presentation.overlayConfirmed = confirmed;
        s.screen = Screen::Workspace;
        s.blackout = s.whiteout = false;
        s.room = RoomStatus{}; // the room closes with the show (the app layer stops its server)
    }
    void operator()(const cmd::SetSingleDisplay& c) {
        PresentationState& p = s.presentation;
        p.singleDisplay = c.single;
        if (!c.single) p.overlayVisible = p.overlayConfirmPending = false;
    }
    void operator()(const cmd::ConfirmQuit& c) {
        s.presentation.quitConfirmPending = false;
        if (c.quit) s.quitRequested = true;
    }
    void operator()(const cmd::LoadScenario& c) {
        if (!c.scenario) return;
        const int previous = s.step;
        // A reload follows the step on stage by its key, so a step added or moved before it (in a text
        // editor, between two saves) does not move the room or the learner to another step.
        const std::string previousKey =
            c.keepStep && s.scenario ? stepKey(s.scenario->scenario, previous) : std::string();
        s.scenario = c.scenario;
        // Aliasing: the library lives inside the scenario and shares its lifetime.
        s.structures = std::shared_ptr<const StructureLibrary>(c.scenario, &c.scenario->structures);
        s.coins.clear();
        s.personas.clear();
        s.action = ActionState{};
        if (!c.keepStep) {
            // Another scenario: its answers and reflections are its own (the app loads them).
            s.answers.clear();
            s.reflections.clear();
            s.orphanedLearnerData.clear();
            s.resumeOffer.reset();
        }
        const bool pending = s.contentNotePending;
        s.step = -1;
        const int n = c.scenario->stepCount();
        if (n == 0) return;
        int index = c.keepStep ? std::clamp(previous, 0, n - 1) : std::clamp(c.startStep, 0, n - 1);
        bool sameStep = c.keepStep && index == previous;
        if (!previousKey.empty()) {
            const std::vector<std::string> keys = stepKeysOf(c.scenario->scenario);
            if (const auto at = std::find(keys.begin(), keys.end(), previousKey); at != keys.end()) {
                index = int(at - keys.begin());
                sameStep = true;
            }
        }
        enterStep(s, index, false);
        // A reload while the note is being read keeps it; one read already stays read.
        if (sameStep) s.contentNotePending = pending && s.contentNotePending;
    }
    void operator()(const cmd::CloseScenario&) {
        AppState fresh = makeStartState(s.builtIns);
        fresh.timeline = s.timeline;
        fresh.prefs = s.prefs;
        fresh.fullscreen = s.fullscreen;
        fresh.screen = s.screen;
        fresh.uiLanguage = s.uiLanguage;
        fresh.builtInScenarios = s.builtInScenarios;
        fresh.recentFiles = s.recentFiles;
        fresh.notices = s.notices;
        fresh.presentation = s.presentation;
        s = std::move(fresh);
    }
    void operator()(const cmd::SetBuiltInScenarios& c) { s.builtInScenarios = c.scenarios; }
    void operator()(const cmd::SetProblems& c) {
        s.problems = c.problems;
        s.problemsStale = c.stale;
        // Errors open the panel by themselves (the author needs to see them); warnings do not.
        if (countErrors(c.problems) > 0) s.problemsVisible = true;
    }
    void operator()(const cmd::OpenFile&) {} // carried out by the app layer
    void operator()(const cmd::ReloadFile&) {}
    void operator()(const cmd::BrowseFolder&) {}
    void operator()(const cmd::ChooseTypedPath&) {} // carried out by the app layer (it reads the disk)
    void operator()(const cmd::CopyText&) {}        // carried out by the app layer
    void operator()(const cmd::ExportReflections&) {}
    void operator()(const cmd::PickFromDevice&) {}
    void operator()(const cmd::DeleteAllMyData&) {}
    void operator()(const cmd::RequestQuit&) {
        // In front of a room, quitting is asked first (on the presenter side, never the audience's).
        // Unsaved edits are asked about first too (not during a show: the autosave keeps them then).
        if (s.presentation.active)
            s.presentation.quitConfirmPending = true;
        else if (s.editor.dirty())
            applyEditorCommand(s, cmd::AskBeforeLeaving{LeaveKind::Quit, {}});
        else
            s.quitRequested = true;
    }
    void operator()(const cmd::StartEditing& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::CloseEditor& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::EditScenario& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::Undo& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::Redo& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::SelectEditorItem& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::SetEditorCheck& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::AskAboutComments& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::AnswerComments& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::AskBeforeLeaving& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::AnswerLeave& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::ShowSaveAs& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::SetSaveAsFolder& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::HideSaveAs& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::EditorSaved& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::SetEditorStatus& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::OfferRestore& c) { applyEditorCommand(s, c); }
    void operator()(const cmd::DismissRestore& c) { applyEditorCommand(s, c); }
    // The editor's effects (files: the app layer).
    void operator()(const cmd::OpenEditor&) {}
    void operator()(const cmd::SaveScenario&) {}
    void operator()(const cmd::SaveScenarioAs&) {}
    void operator()(const cmd::NewFromTemplate&) {}
    void operator()(const cmd::AddImage&) {}
    void operator()(const cmd::AnswerRestore&) { s.restoreOffer.reset(); }
};

} // namespace

void applyCommand(AppState& state, const Command& command) {
    std::visit(Applier{state}, command.variant());
    // While editing, stepping the walkthrough (keys, clicker) selects that step in the outline, so
    // the form and the preview stay on the same step.
    const bool stepping = command.holds<cmd::NextStep>() || command.holds<cmd::PreviousStep>() ||
                          command.holds<cmd::FirstStep>() || command.holds<cmd::LastStep>() ||
                          command.holds<cmd::GoToStep>();
    if (stepping && state.editor.open && state.hasSteps() &&
        state.step < itemCount(state.editor.scenario, Part::Step)) {
        state.editor.selectedPart = Part::Step;
        state.editor.selectedItem = state.step;
        state.editor.mergeOpen = false;
    }
}

std::string_view languageOf(const AppState& state) {
    if (state.scenario) return state.scenario->language; // a view of the scenario's own string
    return state.uiLanguage;
}

} // namespace cs
