// Pieces the export and publish dialogs share: the folder typed in, and the list of files in it that
// the app did not write.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// A folder's text field: shows `folder` (the state's) until the person edits it; the typed text is
// given back once, when the field is left (Enter, Tab or a click elsewhere).
class FolderField {
  public:
    std::optional<std::string> draw(const std::string& folder, float width);
    // The dialog closed: the next time it opens the field shows the state's folder again.
    void reset() { editing_ = false; }
    // The field takes the keyboard in the next frame ("Choose another folder").
    void focusNextFrame() { focus_ = true; }

  private:
    std::array<char, 4096> text_{}; // the text field while it is being typed in
    bool editing_ = false;
    bool focus_ = false;
};

// `heading` in the attention colour, then the first files of `foreign` (and how many there are when
// more), wrapped at `width`.
void drawForeignFiles(const char* heading, const std::vector<std::string>& foreign, float width);

} // namespace cs
