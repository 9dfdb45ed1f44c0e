// The command-line contract (README, "Command line"; scripts rely on it): parsing into options, usage errors with exit
// code 2.
#pragma once

#include "core/scenario/check.h"

#include <optional>
#include <string>
#include <vector>

namespace cs {

namespace exit_code {
inline constexpr int kOk = 0;
inline constexpr int kInvalidInput = 1; // invalid or unreadable input file
inline constexpr int kUsage = 2;        // unknown flag, bad value, step out of range
inline constexpr int kEnvironment = 3;  // no OpenGL 3.3, no usable font, output not writable
} // namespace exit_code

enum class RunMode { Window, Screenshot, Export, Publish, Bench, Check, Help, Version };
enum class ViewKind { Audience, Workspace, Presenter };

struct CliOptions {
    RunMode mode = RunMode::Window;
    std::vector<std::string> files; // FILE arguments (several only with --check)
    std::string outputPath;         // --screenshot OUT.png, --export DIR or --publish DIR
    std::optional<int> step;        // --step N, from 1
    int frames = 300;               // --frames N
    int width = 1920;               // --size WxH
    int height = 1080;
    bool sizeGiven = false;
    std::string language; // --lang L (empty: locale, else the scenario's first language)
    CheckFormat checkFormat = CheckFormat::Text;
    bool present = false;
    std::optional<int> display; // --display N, from 1
    bool fullscreen = false;
    ViewKind view = ViewKind::Audience;
    bool viewGiven = false;
    bool noSave = false;
    bool replace = false; // --replace: --export and --publish may replace files in DIR that the app did not write
    // --text-scale PERCENT and --theme dark|light: the pictures as a room with that setting sees them
    // (--screenshot, --export, --bench; the window keeps the user's own settings).
    std::optional<float> textScale;
    std::optional<bool> lightTheme;
    // --room (with --present): the live room, participants answering from their phones; --room-port N
    // (0: any free port) and --room-bind ADDR (an IPv4 address of this computer; 0.0.0.0: all of them).
    // With --bench: the frames are measured again while simulated phones answer over loopback, all at
    // once (--frames bounds those frames), then for --room-seconds S while they behave as a room's
    // phones do (S seconds of frames, against the S seconds right before).
    bool room = false;
    int roomPort = 0;
    std::string roomBind = "0.0.0.0";
    int roomSeconds = 6;
};

struct CliParse {
    CliOptions options;
    bool ok = false;
    std::string error; // a usage error: print it with the hint and exit 2
};

CliParse parseCommandLine(int argc, const char* const* argv);

// Parses "WxH" within 64x64 … 7680x4320.
bool parseSize(const std::string& text, int& width, int& height, std::string& error);

std::string helpText();
std::string versionText();

} // namespace cs
