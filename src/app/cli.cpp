// Command-line parsing with CLI11; the help text is ours so it reads like the README.
#include "app/cli.h"

#include "core/data_paths.h"

#include <CLI/CLI.hpp>

#include <arpa/inet.h>

#include <charconv>

namespace cs {

bool parseSize(const std::string& text, int& width, int& height, std::string& error) {
    const auto x = text.find_first_of("xX");
    int w = 0, h = 0;
    auto number = [](std::string_view s, int& out) {
        if (s.empty() || s.size() > 6) return false;
        const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && p == s.data() + s.size();
    };
    if (x == std::string::npos || !number(std::string_view(text).substr(0, x), w) ||
        !number(std::string_view(text).substr(x + 1), h)) {
        error = "--size expects WIDTHxHEIGHT, for example 1920x1080 (got '" + text + "')";
        return false;
    }
    if (w < 64 || h < 64 || w > 7680 || h > 4320) {
        error = "--size " + text + " is outside the accepted range 64x64 to 7680x4320";
        return false;
    }
    width = w;
    height = h;
    return true;
}

namespace {

// A whole number from `least` to `most` written as nothing else ("8080", not "8080x" or " 8080").
std::optional<int> wholeNumberOf(std::string_view text, int least, int most) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < least || value > most)
        return std::nullopt;
    return value;
}

std::optional<int> roomPortOf(std::string_view text) {
    return wholeNumberOf(text, 0, 65535);
}

// --room-seconds at most: longer than any room takes to answer a question.
constexpr int kMostRoomSeconds = 600;
std::optional<int> roomSecondsOf(std::string_view text) {
    return wholeNumberOf(text, 1, kMostRoomSeconds);
}

// --room and its options: where they make sense, and an address phones can be served on; "" when
// they are fine.
std::string roomOptionsError(const CliOptions& o, const std::optional<std::string>& port,
                             const std::optional<std::string>& bind, const std::optional<std::string>& seconds) {
    if (o.mode == RunMode::Help || o.mode == RunMode::Version) return {};
    if (seconds && (!o.room || o.mode != RunMode::Bench))
        return "--room-seconds is how long --bench --room measures a room's phones: use it with --bench --room";
    if (!o.room) {
        if (port) return "--room-port is for the live room: use it with --room";
        if (bind) return "--room-bind is for the live room: use it with --room";
        return {};
    }
    if (o.mode == RunMode::Screenshot || o.mode == RunMode::Export || o.mode == RunMode::Publish ||
        o.mode == RunMode::Check) {
        return std::string("--room opens the live room for a show: it cannot be used with ") +
               (o.mode == RunMode::Screenshot ? "--screenshot"
                : o.mode == RunMode::Export   ? "--export"
                : o.mode == RunMode::Publish  ? "--publish"
                                              : "--check");
    }
    if (!o.present && o.mode != RunMode::Bench)
        return "--room opens the live room for a show: use it with --present, or with --bench to measure it";
    if (port && !roomPortOf(*port))
        return "--room-port expects a port number from 0 to 65535, 0 for any free one (got '" + *port + "')";
    if (seconds && !roomSecondsOf(*seconds)) {
        return "--room-seconds expects a whole number of seconds from 1 to " + std::to_string(kMostRoomSeconds) +
               " (got '" + *seconds + "')";
    }
    // The bench's simulated phones are on this computer: its room listens on 127.0.0.1 only.
    if (bind && o.mode == RunMode::Bench)
        return "--room-bind is for a show: the bench's room listens on 127.0.0.1 (leave --room-bind out)";
    // Only an address literal: a host name would be looked up, and could name another computer.
    in_addr parsed{};
    if (bind && inet_pton(AF_INET, bind->c_str(), &parsed) != 1) {
        return "--room-bind expects an IPv4 address of this computer, for example 192.168.1.20, or 0.0.0.0 for "
               "all of them (got '" +
               *bind + "')";
    }
    return {};
}

} // namespace

CliParse parseCommandLine(int argc, const char* const* argv) {
    CliParse result;
    CliOptions& o = result.options;
    CLI::App app{"coinstudio"};
    app.set_help_flag(); // our own --help below
    app.allow_extras(false);

    bool help = false, version = false, bench = false, check = false;
    std::string screenshot, exportDir, publishDir, size, format = "text", view, theme;
    std::optional<int> textPercent;
    std::optional<std::string> roomPort, roomBind, roomSeconds;
    app.add_flag("-h,--help", help);
    app.add_flag("--version", version);
    app.add_option("--screenshot", screenshot)->type_name("OUT.png");
    app.add_option("--export", exportDir)->type_name("DIR");
    app.add_option("--publish", publishDir)->type_name("DIR");
    app.add_flag("--bench", bench);
    app.add_flag("--check", check); // the files are the positional arguments
    app.add_option("--frames", o.frames)->check(CLI::Range(1, 1000000));
    app.add_option("--size", size)->type_name("WxH");
    app.add_option("--step", o.step)->check(CLI::Range(1, 1000000));
    app.add_option("--lang", o.language)->type_name("L");
    app.add_option("--text-scale", textPercent)->type_name("PERCENT")->check(CLI::Range(50, 300));
    app.add_option("--theme", theme)->check(CLI::IsMember({"dark", "light"}));
    app.add_option("--format", format)->check(CLI::IsMember({"text", "json"}));
    app.add_flag("--present", o.present);
    app.add_option("--display", o.display)->check(CLI::Range(1, 64));
    app.add_flag("--fullscreen", o.fullscreen);
    app.add_option("--view", view)->check(CLI::IsMember({"audience", "workspace", "presenter"}));
    app.add_flag("--no-save", o.noSave);
    app.add_flag("--replace", o.replace);
    app.add_flag("--room", o.room);
    app.add_option("--room-port", roomPort)->type_name("N");
    app.add_option("--room-bind", roomBind)->type_name("ADDR");
    app.add_option("--room-seconds", roomSeconds)->type_name("S");
    app.add_option("files", o.files)->type_name("FILE");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        result.error = e.what();
        return result;
    }

    int modes = 0;
    if (!screenshot.empty()) {
        ++modes;
        o.mode = RunMode::Screenshot;
        o.outputPath = screenshot;
    }
    if (!exportDir.empty()) {
        ++modes;
        o.mode = RunMode::Export;
        o.outputPath = exportDir;
    }
    if (!publishDir.empty()) {
        ++modes;
        o.mode = RunMode::Publish;
        o.outputPath = publishDir;
    }
    if (bench) {
        ++modes;
        o.mode = RunMode::Bench;
    }
    if (check) {
        ++modes;
        o.mode = RunMode::Check;
    }
    if (modes > 1) {
        result.error = "choose one of --screenshot, --export, --publish, --bench and --check";
        return result;
    }
    if (help)
        o.mode = RunMode::Help;
    else if (version)
        o.mode = RunMode::Version;

    if (!size.empty() && !parseSize(size, o.width, o.height, result.error)) return result;
    o.sizeGiven = !size.empty();
    o.checkFormat = format == "json" ? CheckFormat::Json : CheckFormat::Text;
    if (!view.empty()) {
        o.view = view == "workspace"   ? ViewKind::Workspace
                 : view == "presenter" ? ViewKind::Presenter
                                       : ViewKind::Audience;
        o.viewGiven = true;
    }
    if (textPercent) o.textScale = float(*textPercent) / 100.0f;
    if (!theme.empty()) o.lightTheme = theme == "light";
    if ((o.textScale || o.lightTheme) && o.mode != RunMode::Screenshot && o.mode != RunMode::Export &&
        o.mode != RunMode::Bench && o.mode != RunMode::Help && o.mode != RunMode::Version) {
        result.error = "--text-scale and --theme set how pictures are drawn: use them with --screenshot, --export or "
                       "--bench (the window keeps its own settings: View menu, Ctrl + and Ctrl -)";
        return result;
    }
    if (o.view == ViewKind::Presenter && o.mode != RunMode::Screenshot && o.mode != RunMode::Bench) {
        result.error =
            "--view presenter is for pictures of the presenter's window: use it with --screenshot (or --bench)";
        return result;
    }
    if (const std::string roomError = roomOptionsError(o, roomPort, roomBind, roomSeconds); !roomError.empty()) {
        result.error = roomError;
        return result;
    }
    if (roomPort) o.roomPort = *roomPortOf(*roomPort);
    if (roomBind) o.roomBind = *roomBind;
    if (roomSeconds) o.roomSeconds = *roomSecondsOf(*roomSeconds);
    if (o.mode == RunMode::Check && o.files.empty()) {
        result.error = "--check needs at least one FILE";
        return result;
    }
    if (o.mode != RunMode::Check && o.files.size() > 1) {
        result.error = "only one scenario FILE can be opened at a time (got " + std::to_string(o.files.size()) + ")";
        return result;
    }
    if ((o.mode == RunMode::Screenshot || o.mode == RunMode::Export || o.mode == RunMode::Publish) &&
        o.outputPath.empty()) {
        result.error = "missing output path";
        return result;
    }
    result.ok = true;
    return result;
}

std::string helpText() {
    return R"(Coin Model Studio: the coin model of privilege and critical allyship, in 3D.

Usage:
  coinstudio [FILE]                     open the app (FILE: a scenario .toml; default: the start screen)
  coinstudio --present [--display N] [--lang L] [FILE]
                                        a show: the audience fullscreen, the notes for the presenter
  coinstudio --present --room [--room-port N] [--room-bind ADDR] [FILE]
                                        a show with the live room: the audience answers from phones
  coinstudio --check FILE...            validate scenario files, no window
  coinstudio --screenshot OUT.png [--step N] [--size WxH] [--lang L] [--view audience|workspace|presenter]
             [--text-scale PERCENT] [--theme dark|light] [FILE]
  coinstudio --export DIR [--size WxH] [--lang L] [--text-scale PERCENT] [--theme dark|light] [--replace] [FILE]
  coinstudio --publish DIR [--replace] [FILE]
  coinstudio --bench [--frames N] [--size WxH] [--step N] [--text-scale PERCENT] [--theme dark|light]
             [--room [--room-port N] [--room-seconds S]] [FILE]

Options:
  --check FILE...        problems on stderr as FILE:LINE:COL: error|warning: message;
                         one 'FILE: ok (...)' line per valid file on stdout
  --format text|json     output of --check (default text)
  --screenshot OUT.png   render step N (default 1) to a PNG, offscreen
  --export DIR           write step-001.png ..., handout.html and handout-notes.html; a file
                         of those names that the app did not write stops it (exit 1)
  --publish DIR          write a folder that opens FILE's scenario as a web page from any static
                         web host: the web build (run ./web.sh first), FILE and its pictures under
                         scenario/, and published.json; without FILE the web build alone. A file
                         there that an earlier publish did not write stops it (exit 1)
  --replace              with --export or --publish: replace such files
  --bench                30 warm-up frames, then N frames (default 300), start-up time and
                         the same for imgui_baseline beside it, with the ratios; last line:
                         frame_ms median=X p95=Y rss_mb=Z startup_ms=S
  --frames N             frames measured by --bench (with --room: again while the phones answer at
                         once)
  --room                 with --present: the live room, participants answer the step's question
                         from their phones on the room's network; with --bench: the frames again
                         while 300 simulated phones answer over 127.0.0.1, all at once, then as a
                         room's phones do (asking every 2 s, answering once), and their response times
  --room-port N          the room's port, 0 to 65535 (default 0: any free port)
  --room-bind ADDR       the IPv4 address the room listens on (default 0.0.0.0: all of this
                         computer's; 127.0.0.1: this computer only)
  --room-seconds S       with --bench --room: how long the frames are measured while the phones
                         behave as a room's, 1 to 600 (default 6), and as long without them before
  --size WxH             picture size, 64x64 to 7680x4320 (default 1920x1080)
  --step N               step number, from 1
  --lang L               language of the texts (default: the locale's if the scenario has it)
  --text-scale PERCENT   pictures with the text at PERCENT of its size, 50 to 300 (default 100,
                         as Ctrl + and Ctrl - set it in the window)
  --theme dark|light     pictures in the projector's dark or light theme (default dark)
  --view audience|workspace|presenter
                         what the window starts with (default workspace) or rendered
                         pictures show (default audience; presenter: the notes window)
  --present              presentation mode: audience window + presenter window (one display:
                         the notes are an overlay, N); without FILE the built-in introduction
  --display N            display for the audience window, from 1 (default: not the primary one)
  --fullscreen           start fullscreen
  --no-save              save nothing: no reflections, recent files or resume data
  --help, --version

Rendering options never open a visible window: they use SDL's offscreen driver unless
SDL_VIDEODRIVER is already set.

Exit codes: 0 ok, 1 invalid or unreadable input, 2 usage error, 3 environment problem
(no OpenGL 3.3, no usable font, output not writable).
)";
}

std::string versionText() {
    const auto data = findDataDir();
    return std::string("coinstudio ") + versionString() + "\ndata: " + (data.empty() ? "(not found)" : data.string()) +
           "\n";
}

} // namespace cs
