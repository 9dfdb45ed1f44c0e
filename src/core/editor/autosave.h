// Autosave of the editor's unsaved changes: a copy of the edited scenario in the user's data
// folder every few seconds, removed once the changes are saved or dropped. A copy still there at
// start-up means the last session ended before that (a crash, a power cut): the app offers it back.
#pragma once

#include "core/status.h"

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
    ~EditorAutosave();
    EditorAutosave(const EditorAutosave&) = delete;
    EditorAutosave& operator=(const EditorAutosave&) = delete;

    // Writes the scenario being edited (atomically). `originalFile` "" = not saved anywhere yet.
    // A failure says why in words (the edit stays in memory either way).
    Status write(const std::string& originalFile, const Scenario& scenario);
    // Removes the copy kept for `originalFile` (after a save, or when the changes are dropped).
    void remove(const std::string& originalFile);
    // The copies found (one per file that had unsaved changes), most recent first. Unreadable
    // ones are listed too (title ""), so they can be dismissed. A copy another running session is still
    // keeping (it holds that session's lock) is not listed: it is not left over, it is in use.
    std::vector<RestoreOffer> list(const StructureLibrary& builtIns) const;

    struct Restored {
        std::optional<Scenario> scenario; // nullopt: the copy does not load (error says why)
        std::string originalFile;
        std::string session; // the draft tag of the session that wrote it ("" = not said)
        std::string error;
    };
    static Restored read(const std::filesystem::path& autosaveFile, const StructureLibrary& builtIns);

    // Where the copy for `originalFile` goes (a name derived from the path, stable across sessions;
    // for "" from the draft tag).
    std::filesystem::path fileFor(const std::string& originalFile) const;
    const std::filesystem::path& folder() const { return folder_; }

  private:
    // While a session with a draft tag has written a copy, it holds an advisory lock (flock) on
    // `session-<hash of tag>.lock` in the folder; the lock goes with the process, however it ends.
    std::filesystem::path lockFileFor(std::string_view tag) const;
    void holdSessionLock();

    std::filesystem::path folder_;
    std::string draftTag_;
    int lockFd_ = -1;
};

} // namespace cs
