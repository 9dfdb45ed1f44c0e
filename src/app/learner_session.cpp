#include "app/learner_session.h"

namespace cs {

bool isBuiltInScenarioFile(const std::filesystem::path& dataDir, const std::filesystem::path& file) {
    if (dataDir.empty()) return false;
    std::error_code ec;
    const auto builtInDir = std::filesystem::weakly_canonical(dataDir / "scenarios", ec);
    return std::filesystem::weakly_canonical(file, ec).parent_path() == builtInDir;
}

namespace {

ScenarioIdentity identityOf(const LoadedScenario& shown, bool builtIn, const std::filesystem::path& file) {
    return builtIn ? identifyBuiltInScenario(shown.scenario, shown.language)
                   : identifyScenario(shown.scenario, file, shown.language);
}

} // namespace

bool LearnerSession::attach(AppState& state, const std::filesystem::path& file) {
    key_.clear();
    shownOn_.reset();
    steps_.clear();
    typed_.clear();
    if (!store_ || !state.scenario) return false;
    const ScenarioIdentity identity = identityOf(*state.scenario, isBuiltIn(file), file);
    key_ = identity.key;
    // Data of the first format is brought over here: its step numbers are read with the scenario as it opens.
    store_->openScenario(identity, &state.scenario->scenario);
    show(state);
    return true;
}

void LearnerSession::show(AppState& state) {
    shownOn_ = state.scenario;
    steps_.clear();
    typed_.clear();
    if (!store_ || key_.empty() || !state.scenario) return;
    // The editor may preview a draft with another id (or a built-in's copy): its answers are not this data's.
    const LoadedScenario& shown = *state.scenario;
    if (identityOf(shown, isBuiltIn(shown.file), shown.file).key != key_) return;
    const LearnerData* data = store_->learnerData(key_);
    if (!data) return;
    steps_ = learnerStepsOf(shown.scenario, shown.language);
    LearnerDataOnSteps on = learnerDataOnSteps(*data, steps_);
    applyCommand(state, cmd::SetLearnerData{std::move(on.answers), std::move(on.reflections), std::move(on.orphans)});
}

Status LearnerSession::follow(AppState& state) {
    if (key_.empty() || state.scenario == shownOn_) return {};
    // The stage's answers and typed reflections still use the step numbers they were given on.
    Status err = write(state, true);
    show(state);
    return err;
}

Status LearnerSession::write(const AppState& state, bool reflectionsNow) {
    const LearnerData* saved = store_ && !key_.empty() ? store_->learnerData(key_) : nullptr;
    if (!saved || steps_.empty()) return {};
    const int count = int(steps_.size());
    Status err; // the last failure
    const auto keep = [&err](Status written) {
        if (!written.ok()) err = std::move(written);
    };
    if (state.step >= 0 && state.step < count && saved->lastStep != state.step)
        keep(store_->setLastStep(key_, state.step));
    for (const auto& [step, choice] : state.answers) {
        if (step < 0 || step >= count) continue;
        const LearnerStep& on = steps_[std::size_t(step)];
        const auto it = saved->answers.find(on.key);
        if (it == saved->answers.end() || it->second.choice != choice) keep(store_->setAnswer(key_, on, choice));
    }
    // Reflections are written when the typing pauses (or at once when asked), not at every key. Only
    // the ones the person changed are written, with the text they typed: a reload, a preview or a
    // scenario switch that empties the stage's copy must never empty the stored one.
    const bool pause = typedAt_ >= 0.0 && state.timeline.now() - typedAt_ > 1.5;
    if (reflectionsNow || pause) {
        for (const auto& [step, text] : typed_) {
            if (step < 0 || step >= count) continue;
            const LearnerStep& on = steps_[std::size_t(step)];
            const auto stored = saved->reflections.find(on.key);
            const std::string before = stored == saved->reflections.end() ? std::string() : stored->second.text;
            if (text != before) keep(store_->setReflection(key_, on, text));
        }
        typed_.clear();
        typedAt_ = -1.0;
    }
    return err;
}

Status LearnerSession::reflectionTyped(AppState& state, const cmd::SetReflection& typed) {
    typedAt_ = state.timeline.now();
    if (key_.empty()) return {};
    Status err;
    if (state.scenario != shownOn_) {
        err = follow(state);
        applyCommand(state, typed);
    }
    const auto it = state.reflections.find(typed.step);
    typed_[typed.step] = it == state.reflections.end() ? std::string() : it->second;
    return err;
}

void LearnerSession::close() {
    key_.clear();
    typed_.clear();
}

void LearnerSession::forgetTyping() {
    typedAt_ = -1.0;
    typed_.clear();
}

} // namespace cs
