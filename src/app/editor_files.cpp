#include "app/editor_files.h"

#include "app/platform.h"

#include "core/data_paths.h"
#include "core/editor/editor_commands.h"
#include "core/editor/scenario_files.h"
#include "core/file_io.h"
#include "core/image.h"
#include "core/no_replace.h"
#include "core/scenario/assets.h"
#include "core/scenario/parser.h"
#include "core/scenario/watcher.h"
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

// What the editor says when a save failed: the system's words, then what to do, by the kind of failure.
// A save that is in place but not safely on the disk is not counted as done: the edit stays unsaved.
std::string saveFailureWords(const Status& failed, std::string_view lang) {
    if (failed.kind() == FailureKind::NotSafe) {
        return std::string(uiWord("Saved, but not safely:", lang)) + " " + failed.text() + ". " +
               uiWord("Save again to be sure; your changes are still here.", lang);
    }
    const char* next = failed.kind() == FailureKind::NoSpace
                           ? "Your changes are still here; make room on the disk, or try Save as... on another disk."
                           : "Your changes are still here; try Save as... with another folder.";
    return std::string(uiWord("Not saved:", lang)) + " " + failed.text() + ". " + uiWord(next, lang);
}

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

EditorFiles::EditorFiles(Host& host, fs::path dataDir, std::shared_ptr<const StructureLibrary> builtIns)
    : host_(host), dataDir_(std::move(dataDir)), builtIns_(std::move(builtIns)) {}

void EditorFiles::tick() {
    // Unsaved edits are copied aside every few seconds (and the copy goes once they are saved).
    if ((host_.state().editor.dirty() || autosavedRevision_ != 0) &&
        SDL_GetTicks() - autosavedAt_ > kAutosaveIntervalMs) {
        autosavedAt_ = SDL_GetTicks();
        autosaveNow();
    }
}

void EditorFiles::forgetAutosave(const std::string& file) {
    if (autosave_) autosave_->remove(file);
    autosavedFor_.clear();
    autosavedRevision_ = 0;
}

std::string EditorFiles::autosaveOffNote(const std::string& lang) const {
    // Said when the editor opens, so nobody counts on a copy that is not being made.
    if (autosave_ && !host_.savingNothing()) return {};
    return " " +
           std::string(uiWord("Autosave is off (nothing is saved on this computer): save your work yourself.", lang));
}

void EditorFiles::setAutosaveFolder(fs::path folder) {
    // This session's untitled draft gets a copy of its own (the process id and start time tell two
    // windows, and two sessions, apart).
    const std::string draft =
        std::to_string(::getpid()) + "-" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
    autosave_ = folder.empty() ? nullptr : std::make_unique<EditorAutosave>(std::move(folder), draft);
}

fs::path editedScenarioFolder(const EditorState& editor) {
    if (editor.file.empty()) return {};
    return absolutePath(fs::path(editor.file)).parent_path();
}

void EditorFiles::offerRestore() {
    if (!autosave_ || host_.state().presentation.active || host_.state().editor.open || host_.state().restoreOffer)
        return;
    const std::vector<RestoreOffer> offers = autosave_->list(*builtIns_);
    if (!offers.empty()) host_.update(cmd::OfferRestore{offers.front()});
}

void EditorFiles::autosaveNow() {
    const EditorState& e = host_.state().editor;
    if (!autosave_ || host_.savingNothing()) return;
    if (!e.dirty()) {
        // Saved or dropped: no copy is needed any more.
        if (!autosavedFor_.empty() || autosavedRevision_ != 0) forgetAutosave(autosavedFor_);
        return;
    }
    if (autosavedRevision_ == e.revision && autosavedFor_ == e.file) return;
    if (autosavedFor_ != e.file && autosavedRevision_ != 0) autosave_->remove(autosavedFor_);
    const Status written = autosave_->write(e.file, e.scenario);
    if (!written.ok()) {
        host_.update(cmd::SetEditorStatus{
            uiWord("Autosave failed:", languageOf(host_.state())) + std::string(" ") + written.text(), true});
        return;
    }
    autosavedRevision_ = e.revision;
    autosavedFor_ = e.file;
    autosavedAt_ = SDL_GetTicks();
}

void EditorFiles::openEditor() {
    if (host_.state().presentation.active) return;
    if (host_.state().editor.open) return;
    const ScenarioDocument* document = host_.document();
    if (!document || !document->scenario()) {
        // Nothing open (or a file that never loaded): start from the template, saved nowhere yet.
        newFromTemplate("");
        return;
    }
    const fs::path file = document->file();
    // Built-in scenarios are not changed in place: the first save asks for a folder of its own.
    const bool builtIn = host_.isBuiltIn(file);
    const ReadResult content = readFileCapped(file, kMaxScenarioFileBytes);
    const bool comments =
        content.ok &&
        hasTomlComments(std::string_view(reinterpret_cast<const char*>(content.bytes.data()), content.bytes.size()));
    cmd::StartEditing start;
    start.file = builtIn ? std::string() : absolutePath(file).string();
    start.scenario = *document->scenario();
    start.hadComments = comments && !builtIn;
    const std::string lang(languageOf(host_.state())); // a copy: edits below replace the scenario it points into
    if (builtIn)
        start.status = uiWord("A built-in scenario: Save as... keeps your copy in a folder of your own.", lang);
    if (document->showingStale()) {
        start.status = uiWord("The file has errors: you are editing its last version that loaded.", lang);
    }
    start.status += autosaveOffNote(lang);
    host_.apply(start);
}

bool EditorFiles::saveTo(const fs::path& target) {
    const std::string lang(languageOf(host_.state())); // a copy: edits below replace the scenario it points into
    const Scenario scenario = host_.state().editor.scenario;
    const fs::path file = absolutePath(target);
    const std::string previousFile = host_.state().editor.file;
    const Status written = writeFileAtomic(file, writeScenario(scenario), WriteOptions{.keepBackup = true});
    if (!written.ok()) {
        host_.apply(cmd::EditorSaved{
            file.string(), scenario, saveFailureWords(written, lang), {}, written.kind() == FailureKind::NotSafe});
        return false;
    }
    const int problems = countErrors(host_.state().editor.check.diagnostics);
    std::string status = std::string(uiWord("Saved at", lang)) + " " + timeNow();
    if (problems > 0) status += " " + std::string(uiWord("(with problems to fix before it can be shown)", lang));
    host_.apply(cmd::EditorSaved{file.string(), scenario, {}, status});
    forgetAutosave(previousFile);
    forgetAutosave(file.string());
    // The saved file is now the open document (hot reload follows it; the editor's preview stays).
    host_.savedFromEditor(file, scenario);
    return true;
}

bool EditorFiles::save() {
    const EditorState& e = host_.state().editor;
    if (!e.open) return false;
    if (e.file.empty()) {
        host_.apply(cmd::ShowSaveAs{false});
        return false;
    }
    if (e.hadComments && !e.commentsAccepted) {
        host_.apply(cmd::AskAboutComments{});
        return false;
    }
    return saveTo(e.file);
}

bool EditorFiles::saveAs(const std::string& typed) {
    const std::string lang(languageOf(host_.state())); // a copy: edits below replace the scenario it points into
    if (!host_.state().editor.open) return false;
    auto fail = [&](const std::string& why) {
        host_.apply(cmd::SetEditorStatus{why, true});
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
    const fs::path file = folder / scenarioFileName(host_.state().editor.scenario);
    const std::string current =
        host_.state().editor.file.empty() ? std::string() : absolutePath(host_.state().editor.file).string();
    if (fs::exists(file, ec) && file.string() != current) {
        // Save as never replaces someone's file: a new folder (or the file's own) is the safe place.
        return fail(std::string(uiWord("There is already a file", lang)) + " " + file.string() + ". " +
                    uiWord("Choose a new or empty folder.", lang));
    }
    // The pictures go along, so the folder can be zipped and shared. A different picture of the same
    // name already in that folder is someone's file: nothing is saved, the person picks another folder.
    const fs::path from = editedScenarioFolder(host_.state().editor);
    std::vector<std::string> missing;
    std::vector<std::pair<fs::path, std::vector<std::uint8_t>>> copies;
    if (!from.empty() && absolutePath(from) != folder) {
        for (const auto& image : picturesOf(host_.state().editor.scenario)) {
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
        if (!writeFileAtomic(dest, std::span<const std::uint8_t>(bytes)).ok())
            missing.push_back(dest.filename().string());
    }
    if (!saveTo(file)) return false;
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        host_.apply(cmd::SetEditorStatus{
            std::string(uiWord("Saved, but these pictures could not be copied:", lang)) + " " + list, true});
    }
    return true;
}

void EditorFiles::newFromTemplate(const std::string& folder) {
    const std::string lang(languageOf(host_.state())); // a copy: edits below replace the scenario it points into
    if (host_.state().editor.dirty()) {
        host_.apply(cmd::AskBeforeLeaving{LeaveKind::NewFromTemplate, folder});
        return;
    }
    cmd::StartEditing start;
    start.scenario = templateScenario(dataDir_, *builtIns_);
    start.status = uiWord("A new scenario from the template. Save as... gives it a folder.", lang);
    start.status += autosaveOffNote(lang);
    host_.apply(start);
    if (!folder.empty()) saveAs(folder);
}

void EditorFiles::addImage(const cmd::AddImage& c) {
    const std::string lang(languageOf(host_.state())); // a copy: edits below replace the scenario it points into
    auto fail = [&](const std::string& why) { host_.apply(cmd::SetEditorStatus{why, true}); };
    const fs::path folder = editedScenarioFolder(host_.state().editor);
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
        if (const Status written = writeFileAtomic(place->path, std::span<const std::uint8_t>(bytes.bytes));
            !written.ok()) {
            fail(std::string(uiWord("Cannot copy the picture:", lang)) + " " + written.text());
            return;
        }
    }
    const std::string name = place->path.filename().string();
    FieldRef ref = c.ref;
    ref.field = Field::Image;
    host_.apply(cmd::EditScenario{edit::SetValue{ref, "images/" + name}});
    host_.apply(cmd::SetEditorStatus{std::string(uiWord("Picture copied to", lang)) + " images/" + name, false});
}

void EditorFiles::continueLeave(LeaveKind kind, const std::string& target) {
    switch (kind) {
    case LeaveKind::Quit: host_.update(cmd::RequestQuit{}); break;
    case LeaveKind::OpenFile:
        host_.update(cmd::CloseEditor{});
        host_.openScenarioFile(target);
        break;
    case LeaveKind::NewFromTemplate: newFromTemplate(target); break;
    case LeaveKind::CloseEditor: host_.update(cmd::CloseEditor{}); break;
    case LeaveKind::CloseScenario:
        host_.update(cmd::CloseEditor{});
        host_.closeScenario();
        break;
    case LeaveKind::RestoreAutosave: answerRestore(true); break;
    case LeaveKind::None: break;
    }
}

void EditorFiles::goOnAfterSave() {
    if (!leaveAfterSave_) return;
    const auto [kind, target] = *leaveAfterSave_;
    leaveAfterSave_.reset();
    continueLeave(kind, target);
}

void EditorFiles::answerLeave(LeaveAnswer answer) {
    const LeaveKind kind = host_.state().editor.leavePending;
    const std::string target = host_.state().editor.leaveTarget;
    if (kind == LeaveKind::None) return;
    if (answer == LeaveAnswer::Save) {
        host_.update(cmd::AnswerLeave{LeaveAnswer::Cancel}); // the question goes away either way
        // Not saved yet (no folder: Save as asks; comments: asked first) goes on once that save is done;
        // an error leaves the edit in memory and nothing else happens.
        leaveAfterSave_ = std::make_pair(kind, target);
        if (!save()) {
            const EditorState& e = host_.state().editor;
            if (!e.saveAsVisible && !e.commentsQuestionPending) leaveAfterSave_.reset();
            return;
        }
        leaveAfterSave_.reset();
        continueLeave(kind, target);
        return;
    }
    host_.update(cmd::AnswerLeave{answer});
    if (answer == LeaveAnswer::Cancel) return;
    // Dropped on purpose: no autosave copy should offer them back later.
    forgetAutosave(host_.state().editor.file);
    if (kind != LeaveKind::Quit && kind != LeaveKind::CloseEditor) continueLeave(kind, target);
}

void EditorFiles::answerRestore(bool restore) {
    if (!host_.state().restoreOffer) return;
    const RestoreOffer offer = *host_.state().restoreOffer;
    if (!restore) {
        host_.update(cmd::AnswerRestore{false});
        std::error_code ec;
        fs::remove(offer.autosaveFile, ec);
        return;
    }
    if (host_.state().editor.dirty()) {
        host_.apply(cmd::AskBeforeLeaving{LeaveKind::RestoreAutosave, {}});
        return;
    }
    host_.update(cmd::AnswerRestore{true});
    const std::string lang(languageOf(host_.state())); // a copy: edits below replace the scenario it points into
    EditorAutosave::Restored r = EditorAutosave::read(offer.autosaveFile, *builtIns_);
    if (!r.scenario) {
        host_.notice(std::string(uiWord("The unsaved changes could not be restored:", lang)) + " " + r.error);
        return;
    }
    cmd::StartEditing start;
    start.scenario = std::move(*r.scenario);
    std::error_code ec;
    if (!r.originalFile.empty() && fs::exists(r.originalFile, ec)) {
        // Open the file it belongs to, then put the unsaved version in the editor over it.
        host_.openScenarioFile(r.originalFile);
        start.file = r.originalFile;
        if (const ScenarioDocument* document = host_.document(); document && document->scenario()) {
            start.saved = *document->scenario();
            start.savedKnown = true;
        }
    } else {
        start.file = ""; // its file is gone: Save as… gives it a new home
        start.saved = Scenario{};
        start.savedKnown = true;
    }
    start.status = uiWord("Your unsaved changes were restored. Save to keep them.", lang);
    start.status += autosaveOffNote(lang);
    host_.apply(start);
    // A copy stays until the changes are saved or dropped: restoring twice loses nothing. It is
    // written under this session's name first; only then does the old copy go.
    autosavedFor_ = start.file;
    autosavedRevision_ = 0;
    if (autosave_ && fs::path(offer.autosaveFile) != autosave_->fileFor(start.file)) {
        autosaveNow();
        if (fs::exists(autosave_->fileFor(start.file), ec)) fs::remove(offer.autosaveFile, ec);
    }
}

bool EditorFiles::applyEffect(const Command& command) {
    if (command.holds<cmd::OpenEditor>()) {
        openEditor();
        return true;
    }
    if (command.holds<cmd::SaveScenario>()) {
        save();
        return true;
    }
    if (const auto* as = command.get_if<cmd::SaveScenarioAs>()) {
        if (saveAs(as->folder)) goOnAfterSave();
        return true;
    }
    if (command.holds<cmd::HideSaveAs>()) {
        leaveAfterSave_.reset(); // Save as cancelled: so is what was to follow it
        return false;
    }
    if (const auto* n = command.get_if<cmd::NewFromTemplate>()) {
        host_.update(cmd::HideSaveAs{});
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
        host_.update(command);
        if (answer->save && save()) {
            goOnAfterSave();
        } else if (!host_.state().editor.saveAsVisible) {
            leaveAfterSave_.reset();
        }
        return true;
    }
    if (const auto* open = command.get_if<cmd::OpenFile>(); open && host_.state().editor.open) {
        if (host_.state().editor.dirty()) {
            host_.apply(cmd::AskBeforeLeaving{LeaveKind::OpenFile, open->path});
        } else {
            host_.update(cmd::CloseEditor{});
            host_.openScenarioFile(open->path);
        }
        return true;
    }
    if (command.holds<cmd::CloseScenario>() && host_.state().editor.open) {
        if (host_.state().editor.dirty()) {
            host_.apply(cmd::AskBeforeLeaving{LeaveKind::CloseScenario, {}});
        } else {
            host_.update(cmd::CloseEditor{});
            return false; // closes the scenario as usual
        }
        return true;
    }
    return false;
}

} // namespace cs
