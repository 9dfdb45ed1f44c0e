// Autosave of the editor's unsaved changes (issue 9): a copy of the edited scenario in the user's data
// folder every few seconds, removed once the changes are saved or dropped. A copy still there at
// start-up means the last session ended before that (a crash, a power cut): the app offers it back.
#pragma once

#include "core/editor/editor_state.h"
#include "core/scenario/model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cs {

class StructureLibrary;

class EditorAutosave {
  public:
    // `folder`: <user data>/autosave (created on the first write). `draftTag` names this session's
    // scenario that is saved nowhere yet, so two windows (or two sessions) editing untitled drafts
    // keep one copy each instead of overwriting one shared copy; "" = one shared name (tests).
    explicit EditorAutosave(std::filesystem::path folder, std::string draftTag = {});

    // Writes the scenario being edited (atomically). `originalFile` "" = not saved anywhere yet.
    // Returns "" or an error in words (the edit stays in memory either way).
    std::string write(const std::string& originalFile, const Scenario& scenario);
    // Removes the copy kept for `originalFile` (after a save, or when the changes are dropped).
    void remove(const std::string& originalFile);
    // The copies found (one per file that had unsaved changes), most recent first. Unreadable
    // ones are listed too (title ""), so they can be dismissed.
    std::vector<RestoreOffer> list(const StructureLibrary& builtIns) const;

    struct Restored {
        std::optional<Scenario> scenario; // nullopt: the copy does not load (error says why)
        std::string originalFile;
        std::string error;
    };
    static Restored read(const std::filesystem::path& autosaveFile, const StructureLibrary& builtIns);

    // Where the copy for `originalFile` goes (a name derived from the path, stable across sessions;
    // for "" from the draft tag).
    std::filesystem::path fileFor(const std::string& originalFile) const;
    const std::filesystem::path& folder() const { return folder_; }

  private:
    std::filesystem::path folder_;
    std::string draftTag_;
};

} // namespace cs
