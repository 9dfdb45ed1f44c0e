// The scenario editor's files: save (atomic, with a backup), Save as into a new folder (its pictures
// along), New from the template, pictures copied into images/, the autosave every few seconds and its
// offer to restore, and the questions asked before unsaved edits would be lost. Core holds the
// editor's state and decides; this part touches the files and asks the app around it for the rest.
#pragma once

#include "app/app_host.h"

#include "core/app_state.h"
#include "core/editor/autosave.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace cs {

class ScenarioDocument;

// The folder of the edited scenario's file, where its pictures live ("" before its first save).
std::filesystem::path editedScenarioFolder(const EditorState& editor);

class EditorFiles {
  public:
    // What the editor's files ask of the app around them.
    class Host : public AppHost {
      public:
        virtual bool openScenarioFile(const std::filesystem::path& file) = 0;
        virtual void closeScenario() = 0;
        // The scenario file on stage (null when none).
        virtual const ScenarioDocument* document() const = 0;
        virtual bool isBuiltIn(const std::filesystem::path& file) const = 0;
        // The person chose to save nothing on this computer (no autosave copies either).
        virtual bool savingNothing() const = 0;
        // `file` was just saved from the editor: it is the open document from now on.
        virtual void savedFromEditor(const std::filesystem::path& file, const Scenario& scenario) = 0;

      protected:
        ~Host() = default;
    };

    EditorFiles(Host& host, std::filesystem::path dataDir, std::shared_ptr<const StructureLibrary> builtIns);

    // Where unsaved edits are kept every few seconds (none: no copies). See Studio::setAutosaveFolder.
    void setAutosaveFolder(std::filesystem::path folder);
    // An autosave left by a session that ended badly is offered back (not during a show).
    void offerRestore();
    // Writes the autosave now if there are unsaved edits.
    void autosaveNow();
    // Whenever the window loop wakes: the autosave, when one is due.
    void tick();
    // The editor's file effects (open the editor, save, save as, new, images, restore, the questions
    // before leaving). True when `command` was one of them (then it was carried out here).
    bool applyEffect(const Command& command);

    // How often unsaved edits are autosaved, in SDL ticks (ms).
    static constexpr std::uint32_t kAutosaveIntervalMs = 3000;

  private:
    void openEditor();
    bool saveTo(const std::filesystem::path& file);
    bool save();
    bool saveAs(const std::string& folder);
    void newFromTemplate(const std::string& folder);
    void addImage(const cmd::AddImage& command);
    void answerLeave(LeaveAnswer answer);
    void continueLeave(LeaveKind kind, const std::string& target);
    void goOnAfterSave(); // after a save that a leave question asked for: quit, open … as asked
    void answerRestore(bool restore);
    // " Autosave is off …" when no copies of unsaved edits are made (save nothing), else "".
    std::string autosaveOffNote(const std::string& lang) const;
    // The unsaved edits were saved or dropped: no copy of them is kept any more.
    void forgetAutosave(const std::string& file);

    Host& host_;
    std::filesystem::path dataDir_;
    std::shared_ptr<const StructureLibrary> builtIns_;
    std::unique_ptr<EditorAutosave> autosave_;
    std::uint64_t autosavedRevision_ = 0; // … last autosaved
    std::string autosavedFor_;            // the file the current autosave copy belongs to
    std::uint32_t autosavedAt_ = 0;       // SDL ticks
    // "Save" answered to a leave question that first needs a folder (Save as) or the comments question:
    // what to go on with once that save succeeds.
    std::optional<std::pair<LeaveKind, std::string>> leaveAfterSave_;
};

} // namespace cs
