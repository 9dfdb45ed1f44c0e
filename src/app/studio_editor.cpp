// The scenario editor's side of Studio: saving (atomic, with a backup), Save as into a new folder, New
// from the template, copying images in, autosave and restore, and asking before unsaved edits are lost.
// Core holds the editor's state; everything that touches files happens here.
#include "app/studio.h"

#include "app/platform.h"

#include "core/data_paths.h"
#include "core/editor/editor_commands.h"
#include "core/editor/scenario_files.h"
#include "core/file_io.h"
#include "core/image.h"
#include "core/no_replace.h"
#include "core/scenario/assets.h"
#include "core/scenario/parser.h"
#include "core/scenario/writer.h"
#include "core/ui_text.h"

#include <SDL.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <system_error>

#include <unistd.h>

namespace cs {

namespace fs = std::filesystem;

namespace {

std::string timeNow() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M", &local);
    return text;
}

// The scenario the template file describes, or a small one made here when the file cannot be read
// (a moved binary): New must always work.
Scenario templateScenario(const fs::path& dataDir, const StructureLibrary& builtIns) {
    if (!dataDir.empty()) {
        ParseOptions options;
        options.library = &builtIns;
        options.decodeImages = false;
        ParseResult r = loadScenarioFile(dataDir / "scenarios" / "template.toml", options);
        if (r.scenario) {
            // The template's example persona has no picture; its steps are the starting point.
            return std::move(*r.scenario);
        }
    }
    Scenario s;
    s.id = "my-scenario";
    s.languages = {"en"};
    s.title = LocalText("en", "My scenario");
    Step step;
    step.title = LocalText("en", "The coin is a structure");
    step.text = LocalText("en", "Write what the audience reads here.");
    step.coins = std::vector<std::string>{"ableism"};
    s.steps.push_back(std::move(step));
    return s;
}

} // namespace

std::string Studio::autosaveOffNote(const std::string& lang) const {
    // Said when the editor opens, so nobody counts on a copy that is not being made.
    if (autosave_ && !(store_ && store_->savingNothing())) return {};
    return " " +
           std::string(uiWord("Autosave is off (nothing is saved on this computer): save your work yourself.", lang));
}

void Studio::setAutosaveFolder(fs::path folder) {
    // This session's untitled draft gets a copy of its own (the process id and start time tell two
    // windows, and two sessions, apart).
    const std::string draft =
        std::to_string(::getpid()) + "-" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
    autosave_ = folder.empty() ? nullptr : std::make_unique<EditorAutosave>(std::move(folder), draft);
}

fs::path Studio::editorFolder() const {
    if (state_.editor.file.empty()) return {};
    return absolutePath(fs::path(state_.editor.file)).parent_path();
}

void Studio::offerRestore() {
    if (!autosave_ || state_.presentation.active || state_.editor.open || state_.restoreOffer) return;
    const std::vector<RestoreOffer> offers = autosave_->list(*builtIns_);
    if (!offers.empty()) cs::applyCommand(state_, cmd::OfferRestore{offers.front()});
}

void Studio::autosaveNow() {
    const EditorState& e = state_.editor;
    if (!autosave_ || (store_ && store_->savingNothing())) return;
    if (!e.dirty()) {
        // Saved or dropped: no copy is needed any more.
        if (!autosavedFor_.empty() || autosavedRevision_ != 0) {
            autosave_->remove(autosavedFor_);
            autosavedFor_.clear();
            autosavedRevision_ = 0;
        }
        return;
    }
    if (autosavedRevision_ == e.revision && autosavedFor_ == e.file) return;
    if (autosavedFor_ != e.file && autosavedRevision_ != 0) autosave_->remove(autosavedFor_);
    const std::string err = autosave_->write(e.file, e.scenario);
    if (!err.empty()) {
        cs::applyCommand(state_, cmd::SetEditorStatus{
                                     uiWord("Autosave failed:", languageOf(state_)) + std::string(" ") + err, true});
        return;
    }
    autosavedRevision_ = e.revision;
    autosavedFor_ = e.file;
    autosavedAt_ = SDL_GetTicks();
}

void Studio::openEditor() {
    if (state_.presentation.active) return;
    if (state_.editor.open) return;
    if (!document_ || !document_->scenario()) {
        // Nothing open (or a file that never loaded): start from the template, saved nowhere yet.
        newFromTemplate("");
        return;
    }
    const fs::path file = document_->file();
    // Built-in scenarios are not changed in place: the first save asks for a folder of its own.
    const bool builtIn = learner_->isBuiltIn(file);
    const ReadResult content = readFileCapped(file, kMaxScenarioFileBytes);
    const bool comments =
        content.ok &&
        hasTomlComments(std::string_view(reinterpret_cast<const char*>(content.bytes.data()), content.bytes.size()));
    cmd::StartEditing start;
    start.file = builtIn ? std::string() : absolutePath(file).string();
    start.scenario = *document_->scenario();
    start.hadComments = comments && !builtIn;
    const std::string lang(languageOf(state_)); // a copy: edits below replace the scenario it points into
    if (builtIn)
        start.status = uiWord("A built-in scenario: Save as... keeps your copy in a folder of your own.", lang);
    if (document_->showingStale()) {
        start.status = uiWord("The file has errors: you are editing its last version that loaded.", lang);
    }
    start.status += autosaveOffNote(lang);
    apply(start);
}

bool Studio::saveEditorTo(const fs::path& target) {
    const std::string lang(languageOf(state_)); // a copy: edits below replace the scenario it points into
    const Scenario scenario = state_.editor.scenario;
    const fs::path file = absolutePath(target);
    const std::string previousFile = state_.editor.file;
    const std::string err = writeFileAtomic(file, writeScenario(scenario), WriteOptions{.keepBackup = true});
    if (!err.empty()) {
        apply(cmd::EditorSaved{file.string(),
                               scenario,
                               std::string(uiWord("Not saved:", lang)) + " " + err + ". " +
                                   uiWord("Your changes are still here; try Save as... with another folder.", lang),
                               {}});
        return false;
    }
    const int problems = countErrors(state_.editor.check.diagnostics);
    std::string status = std::string(uiWord("Saved at", lang)) + " " + timeNow();
    if (problems > 0) status += " " + std::string(uiWord("(with problems to fix before it can be shown)", lang));
    apply(cmd::EditorSaved{file.string(), scenario, {}, status});
    if (autosave_) {
        autosave_->remove(previousFile);
        autosave_->remove(file.string());
    }
    autosavedFor_.clear();
    autosavedRevision_ = 0;
    // The saved file is now the open document (hot reload follows it; the editor's preview stays).
    if (!document_ || absolutePath(document_->file()) != file) {
        document_ = std::make_unique<ScenarioDocument>(file, *builtIns_);
        document_->load();
        if (store_ && !store_->savingNothing()) noteRecentFile(file);
    } else {
        document_->load();
    }
    publishedRevision_ = document_->revision(); // the editor's preview is already on stage
    cs::applyCommand(state_, cmd::SetProblems{document_->diagnostics(), false});
    showTitle(scenario.title);
    return true;
}

bool Studio::saveEditor() {
    const EditorState& e = state_.editor;
    if (!e.open) return false;
    if (e.file.empty()) {
        apply(cmd::ShowSaveAs{false});
        return false;
    }
    if (e.hadComments && !e.commentsAccepted) {
        apply(cmd::AskAboutComments{});
        return false;
    }
    return saveEditorTo(e.file);
}

bool Studio::saveEditorAs(const std::string& typed) {
    const std::string lang(languageOf(state_)); // a copy: edits below replace the scenario it points into
    if (!state_.editor.open) return false;
    auto fail = [&](const std::string& why) {
        apply(cmd::SetEditorStatus{why, true});
        return false;
    };
    if (typed.empty()) return fail(uiWord("Type the folder to save in.", lang));
    const fs::path folder = absolutePath(expandHome(typed));
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder, ec)) {
        return fail(std::string(uiWord("Cannot use the folder", lang)) + " " + folder.string() +
                    (ec ? ": " + ec.message() : ""));
    }
    const fs::path file = folder / scenarioFileName(state_.editor.scenario);
    const std::string current = state_.editor.file.empty() ? std::string() : absolutePath(state_.editor.file).string();
    if (fs::exists(file, ec) && file.string() != current) {
        // Save as never replaces someone's file: a new folder (or the file's own) is the safe place.
        return fail(std::string(uiWord("There is already a file", lang)) + " " + file.string() + ". " +
                    uiWord("Choose a new or empty folder.", lang));
    }
    // The pictures go along, so the folder can be zipped and shared. A different picture of the same
    // name already in that folder is someone's file: nothing is saved, the person picks another folder.
    const fs::path from = editorFolder();
    std::vector<std::string> missing;
    std::vector<std::pair<fs::path, std::vector<std::uint8_t>>> copies;
    if (!from.empty() && absolutePath(from) != folder) {
        for (const auto& image : picturesOf(state_.editor.scenario)) {
            const auto source = resolveAssetPath(from, image);
            const auto dest = resolveAssetPath(folder, image);
            ReadResult bytes = source ? readFileCapped(*source, kMaxImageFileBytes) : ReadResult{};
            if (!dest || !bytes.ok) {
                missing.push_back(image);
                continue;
            }
            if (wouldReplaceOther(*dest, bytes.bytes)) {
                return fail(std::string(uiWord("There is already a different picture", lang)) + " " + dest->string() +
                            ". " + uiWord("Choose a new or empty folder.", lang));
            }
            copies.emplace_back(*dest, std::move(bytes.bytes));
        }
    }
    for (const auto& [dest, bytes] : copies) {
        fs::create_directories(dest.parent_path(), ec);
        if (!writeFileAtomic(dest, std::span<const std::uint8_t>(bytes)).empty())
            missing.push_back(dest.filename().string());
    }
    if (!saveEditorTo(file)) return false;
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        apply(cmd::SetEditorStatus{
            std::string(uiWord("Saved, but these pictures could not be copied:", lang)) + " " + list, true});
    }
    return true;
}

void Studio::newFromTemplate(const std::string& folder) {
    const std::string lang(languageOf(state_)); // a copy: edits below replace the scenario it points into
    if (state_.editor.dirty()) {
        apply(cmd::AskBeforeLeaving{LeaveKind::NewFromTemplate, folder});
        return;
    }
    cmd::StartEditing start;
    start.scenario = templateScenario(dataDir_, *builtIns_);
    start.status = uiWord("A new scenario from the template. Save as... gives it a folder.", lang);
    start.status += autosaveOffNote(lang);
    apply(start);
    if (!folder.empty()) saveEditorAs(folder);
}

void Studio::addImage(const cmd::AddImage& c) {
    const std::string lang(languageOf(state_)); // a copy: edits below replace the scenario it points into
    auto fail = [&](const std::string& why) { apply(cmd::SetEditorStatus{why, true}); };
    const fs::path folder = editorFolder();
    if (folder.empty()) {
        fail(uiWord("Save the scenario first: its pictures go in the images folder next to it.", lang));
        return;
    }
    const fs::path source = expandHome(c.path);
    const ReadResult bytes = readFileCapped(source, kMaxImageFileBytes);
    if (!bytes.ok) {
        fail(bytes.tooLarge ? std::string(uiWord("The picture is larger than 16 MiB:", lang)) + " " + source.string()
                            : std::string(uiWord("Cannot read the picture:", lang)) + " " + bytes.error);
        return;
    }
    const DecodeResult decoded = decodeImage(bytes.bytes);
    if (decoded.error != ImageError::None) {
        fail(std::string(uiWord("Not a usable PNG or JPEG picture:", lang)) + " " + source.string() + " (" +
             decoded.message + ")");
        return;
    }
    // images/<name>; a different picture of the same name already there gets a number, never replaced.
    std::error_code ec;
    fs::create_directories(folder / "images", ec);
    const auto place = placeWithoutReplacing(folder / "images" / pictureFileName(source, bytes.bytes), bytes.bytes);
    if (!place) {
        fail(uiWord("Cannot copy the picture: too many pictures of that name.", lang));
        return;
    }
    if (!place->alreadyThere) {
        if (const std::string err = writeFileAtomic(place->path, std::span<const std::uint8_t>(bytes.bytes));
            !err.empty()) {
            fail(std::string(uiWord("Cannot copy the picture:", lang)) + " " + err);
            return;
        }
    }
    const std::string name = place->path.filename().string();
    FieldRef ref = c.ref;
    ref.field = Field::Image;
    apply(cmd::EditScenario{edit::SetValue{ref, "images/" + name}});
    apply(cmd::SetEditorStatus{std::string(uiWord("Picture copied to", lang)) + " images/" + name, false});
}

void Studio::continueLeave(LeaveKind kind, const std::string& target) {
    switch (kind) {
    case LeaveKind::Quit: cs::applyCommand(state_, cmd::RequestQuit{}); break;
    case LeaveKind::OpenFile:
        cs::applyCommand(state_, cmd::CloseEditor{});
        openFile(target);
        break;
    case LeaveKind::NewFromTemplate: newFromTemplate(target); break;
    case LeaveKind::CloseEditor: cs::applyCommand(state_, cmd::CloseEditor{}); break;
    case LeaveKind::CloseScenario:
        cs::applyCommand(state_, cmd::CloseEditor{});
        applyOne(cmd::CloseScenario{});
        break;
    case LeaveKind::RestoreAutosave: answerRestore(true); break;
    case LeaveKind::None: break;
    }
}

void Studio::goOnAfterSave() {
    if (!leaveAfterSave_) return;
    const auto [kind, target] = *leaveAfterSave_;
    leaveAfterSave_.reset();
    continueLeave(kind, target);
}

void Studio::answerLeave(LeaveAnswer answer) {
    const LeaveKind kind = state_.editor.leavePending;
    const std::string target = state_.editor.leaveTarget;
    if (kind == LeaveKind::None) return;
    if (answer == LeaveAnswer::Save) {
        cs::applyCommand(state_, cmd::AnswerLeave{LeaveAnswer::Cancel}); // the question goes away either way
        // Not saved yet (no folder: Save as asks; comments: asked first) goes on once that save is done;
        // an error leaves the edit in memory and nothing else happens.
        leaveAfterSave_ = std::make_pair(kind, target);
        if (!saveEditor()) {
            const EditorState& e = state_.editor;
            if (!e.saveAsVisible && !e.commentsQuestionPending) leaveAfterSave_.reset();
            return;
        }
        leaveAfterSave_.reset();
        continueLeave(kind, target);
        return;
    }
    cs::applyCommand(state_, cmd::AnswerLeave{answer});
    if (answer == LeaveAnswer::Cancel) return;
    // Dropped on purpose: no autosave copy should offer them back later.
    if (autosave_) autosave_->remove(state_.editor.file);
    autosavedFor_.clear();
    autosavedRevision_ = 0;
    if (kind != LeaveKind::Quit && kind != LeaveKind::CloseEditor) continueLeave(kind, target);
}

void Studio::answerRestore(bool restore) {
    if (!state_.restoreOffer) return;
    const RestoreOffer offer = *state_.restoreOffer;
    if (!restore) {
        cs::applyCommand(state_, cmd::AnswerRestore{false});
        std::error_code ec;
        fs::remove(offer.autosaveFile, ec);
        return;
    }
    if (state_.editor.dirty()) {
        apply(cmd::AskBeforeLeaving{LeaveKind::RestoreAutosave, {}});
        return;
    }
    cs::applyCommand(state_, cmd::AnswerRestore{true});
    const std::string lang(languageOf(state_)); // a copy: edits below replace the scenario it points into
    EditorAutosave::Restored r = EditorAutosave::read(offer.autosaveFile, *builtIns_);
    if (!r.scenario) {
        notice(std::string(uiWord("The unsaved changes could not be restored:", lang)) + " " + r.error);
        return;
    }
    cmd::StartEditing start;
    start.scenario = std::move(*r.scenario);
    std::error_code ec;
    if (!r.originalFile.empty() && fs::exists(r.originalFile, ec)) {
        // Open the file it belongs to, then put the unsaved version in the editor over it.
        openFile(r.originalFile);
        start.file = r.originalFile;
        if (document_ && document_->scenario()) {
            start.saved = *document_->scenario();
            start.savedKnown = true;
        }
    } else {
        start.file = ""; // its file is gone: Save as… gives it a new home
        start.saved = Scenario{};
        start.savedKnown = true;
    }
    start.status = uiWord("Your unsaved changes were restored. Save to keep them.", lang);
    start.status += autosaveOffNote(lang);
    apply(start);
    // A copy stays until the changes are saved or dropped: restoring twice loses nothing. It is
    // written under this session's name first; only then does the old copy go.
    autosavedFor_ = start.file;
    autosavedRevision_ = 0;
    if (autosave_ && fs::path(offer.autosaveFile) != autosave_->fileFor(start.file)) {
        autosaveNow();
        if (fs::exists(autosave_->fileFor(start.file), ec)) fs::remove(offer.autosaveFile, ec);
    }
}

bool Studio::applyEditorEffect(const Command& command) {
    if (command.holds<cmd::OpenEditor>()) {
        openEditor();
        return true;
    }
    if (command.holds<cmd::SaveScenario>()) {
        saveEditor();
        return true;
    }
    if (const auto* as = command.get_if<cmd::SaveScenarioAs>()) {
        if (saveEditorAs(as->folder)) goOnAfterSave();
        return true;
    }
    if (command.holds<cmd::HideSaveAs>()) {
        leaveAfterSave_.reset(); // Save as cancelled: so is what was to follow it
        return false;
    }
    if (const auto* n = command.get_if<cmd::NewFromTemplate>()) {
        cs::applyCommand(state_, cmd::HideSaveAs{});
        newFromTemplate(n->folder);
        return true;
    }
    if (const auto* image = command.get_if<cmd::AddImage>()) {
        addImage(*image);
        return true;
    }
    if (const auto* answer = command.get_if<cmd::AnswerLeave>()) {
        answerLeave(answer->answer);
        return true;
    }
    if (const auto* answer = command.get_if<cmd::AnswerRestore>()) {
        answerRestore(answer->restore);
        return true;
    }
    if (const auto* answer = command.get_if<cmd::AnswerComments>()) {
        cs::applyCommand(state_, command);
        if (answer->save && saveEditor()) {
            goOnAfterSave();
        } else if (!state_.editor.saveAsVisible) {
            leaveAfterSave_.reset();
        }
        return true;
    }
    if (const auto* open = command.get_if<cmd::OpenFile>(); open && state_.editor.open) {
        if (state_.editor.dirty()) {
            apply(cmd::AskBeforeLeaving{LeaveKind::OpenFile, open->path});
        } else {
            cs::applyCommand(state_, cmd::CloseEditor{});
            openFile(open->path);
        }
        return true;
    }
    if (command.holds<cmd::CloseScenario>() && state_.editor.open) {
        if (state_.editor.dirty()) {
            apply(cmd::AskBeforeLeaving{LeaveKind::CloseScenario, {}});
        } else {
            cs::applyCommand(state_, cmd::CloseEditor{});
            return false; // closes the scenario as usual
        }
        return true;
    }
    return false;
}

void Studio::refreshEditor() {
    const EditorState& e = state_.editor;
    if (!e.open) {
        if (!editorPreviewing_) return;
        // The editor closed: the stage shows the file again (or nothing, for a scenario never saved).
        editorPreviewing_ = false;
        if (document_ && document_->scenario()) {
            publishedRevision_ = 0;
            publishDocument(true, 0);
            // The stored answers and reflections come back with the file, on its steps by their keys and
            // under its id as it is now (a save may have changed it). What was given during the preview is
            // written first, against the preview's steps it was given on.
            if (store_) {
                if (const std::string err = learner_->write(state_, true); !err.empty()) notice(err);
                learner_->attach(state_, document_->file());
                for (const auto& n : store_->takeNotices())
                    notice(n);
            }
        } else {
            cs::applyCommand(state_, cmd::CloseScenario{});
        }
        return;
    }
    if (e.revision != e.checkedRevision) {
        const fs::path folder = editorFolder();
        EditedCheck check = checkEdited(e.scenario, folder, *builtIns_);
        const bool valid = check.valid;
        cs::applyCommand(state_, cmd::SetEditorCheck{e.revision, std::move(check)});
        if (valid) {
            // The scene previews the edit as it is made; a version with errors keeps the last good one.
            const fs::path file = e.file.empty() ? fs::path() : fs::path(e.file);
            const bool first = !editorPreviewing_;
            const bool sameScenario = state_.scenario && state_.scenario->file == file;
            auto loaded = makeLoadedScenario(e.scenario, *builtIns_, file, language_, userLocale(), e.revision);
            cs::applyCommand(state_,
                             cmd::LoadScenario{loaded, !first || sameScenario, std::max(0, editorPreviewStep(e))});
            editorPreviewing_ = true;
        }
    }
    const int step = editorPreviewStep(state_.editor);
    if (editorPreviewing_ && step >= 0 && state_.scenario && step < state_.scenario->stepCount() &&
        step != state_.step) {
        cs::applyCommand(state_, cmd::GoToStep{step + 1});
    }
}

} // namespace cs
