"""Real-window journeys for Coin Model Studio: a small driver library.

A journey starts its own X server (Xvfb, on a display it picks itself with -displayfd), optionally a
window manager (openbox, as on a desktop), then the real `coinstudio` binary with its own HOME and
XDG folders, and acts only through real input events (xdotool). It finds widgets the way a person
does: by keyboard paths, or by the words on screen (tesseract OCR, words with their boxes). It checks
what a person would see: the screen (compared with `coinstudio --screenshot`), files on disk, the app
still running, no crash note.

Python 3 standard library only; ImageMagick (`import`, `convert`, `compare`) grabs and compares
pictures. Set JOURNEY_DISPLAY=:N to run on an existing X display (to watch a journey, e.g. in Xephyr)
instead of a private Xvfb.
"""

import contextlib
import difflib
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
import tomllib
import unicodedata

# Lines in the app's output that mean something went wrong inside it.
def _injected(note):
    with open(note, errors="replace") as f:
        return "a fault injected for testing" in f.read()


BAD_OUTPUT = ("coinstudio: internal error", "terminate called", "AddressSanitizer", "runtime error:",
              "LeakSanitizer", "Segmentation fault")


# Every journey, by name ("learner.walkthrough"): the function and the screen it runs on.
JOURNEYS = {}


def journey(size=(1920, 1080), wm=True, lang="C.UTF-8"):
    """Registers a journey function under <module>.<function name>. size is the X screen; wm=False runs
    on bare X (no window manager)."""
    def register(fn):
        JOURNEYS["%s.%s" % (fn.__module__, fn.__name__)] = dict(fn=fn, size=size, wm=wm, lang=lang)
        return fn
    return register


class JourneyFailure(Exception):
    """A journey's check failed: what a user would have noticed."""


def need(cond, message):
    if not cond:
        raise JourneyFailure(message)


def _timeout_scale():
    # Sanitizer builds are several times slower; JOURNEY_TIMEOUT_SCALE stretches every wait.
    try:
        return max(1.0, float(os.environ.get("JOURNEY_TIMEOUT_SCALE", "1")))
    except ValueError:
        return 1.0


class Image:
    """A screen grab: width, height and packed RGB bytes (row after row)."""

    def __init__(self, width, height, rgb):
        self.width, self.height, self.rgb = width, height, rgb

    @staticmethod
    def from_ppm(data):
        # P6 header: magic, width, height, maxval, then exactly one whitespace byte before the pixels.
        m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
        need(m and m.group(3) == b"255", "screen grab is not an 8-bit PPM picture")
        w, h = int(m.group(1)), int(m.group(2))
        body = data[m.end():m.end() + w * h * 3]
        need(len(body) == w * h * 3, "screen grab is cut short")
        return Image(w, h, body)

    def ppm(self):
        return b"P6\n%d %d\n255\n" % (self.width, self.height) + self.rgb

    def crop(self, x, y, w, h):
        x, y = max(0, int(x)), max(0, int(y))
        w, h = min(int(w), self.width - x), min(int(h), self.height - y)
        if w <= 0 or h <= 0:
            return Image(0, 0, b"")
        stride = self.width * 3
        rows = [self.rgb[(y + r) * stride + x * 3:(y + r) * stride + (x + w) * 3] for r in range(h)]
        return Image(w, h, b"".join(rows))

    def pixel(self, x, y):
        i = (int(y) * self.width + int(x)) * 3
        return tuple(self.rgb[i:i + 3])

    def differing_bits(self, other):
        """A cheap measure of change: the number of differing bits (0 = identical)."""
        if (self.width, self.height) != (other.width, other.height):
            return 1 << 62
        return (int.from_bytes(self.rgb, "little") ^ int.from_bytes(other.rgb, "little")).bit_count()

    def is_blank(self):
        return not self.rgb or self.rgb.count(self.rgb[:3]) * 3 == len(self.rgb)

    def save(self, path):
        """Writes a PNG (ImageMagick converts)."""
        subprocess.run(["convert", "ppm:-", "PNG24:" + str(path)], input=self.ppm(), check=True)
        return path


class Word:
    def __init__(self, text, x, y, w, h, conf, line):
        self.text, self.x, self.y, self.w, self.h, self.conf, self.line = text, x, y, w, h, conf, line

    @property
    def center(self):
        return (self.x + self.w // 2, self.y + self.h // 2)

    def __repr__(self):
        return "%r@(%d,%d %dx%d)" % (self.text, self.x, self.y, self.w, self.h)


def _norm(word):
    """How words are matched: case-insensitive, without accents or the punctuation OCR adds or drops."""
    word = unicodedata.normalize("NFKD", word.lower().replace("œ", "oe"))
    return re.sub(r"[^\w]+", "", "".join(c for c in word if not unicodedata.combining(c)))


def _ratio(got, want):
    return 1.0 if got == want else difflib.SequenceMatcher(None, got, want).ratio()


def _needed(target):
    """How close a read text must be to the wanted one: short words exactly, longer ones nearly
    (OCR reads ç as g, o as a, rn as m ...)."""
    n = len(target)
    return 0.995 if n <= 4 else 0.87 if n <= 10 else 0.84


class Journey(contextlib.AbstractContextManager):
    """One journey: an X server (+ window manager), the app with private user folders, the driver.

    Use as a context manager; on leaving, the app, the window manager and the X server are stopped
    whatever happened. `out_dir` keeps the screenshots and the app's output (the runner deletes it
    when the journey passes).
    """

    def __init__(self, name, app, source_dir, out_dir, size=(1920, 1080), wm=True, lang="C.UTF-8"):
        self.name, self.app, self.source_dir = name, os.path.abspath(app), os.path.abspath(source_dir)
        self.out_dir = out_dir
        os.makedirs(out_dir, exist_ok=True)
        self.size, self.wm, self.lang = size, wm, lang
        self.scale = _timeout_scale()
        self.tmp = tempfile.mkdtemp(prefix="journey-%s-" % name)
        self.home = os.path.join(self.tmp, "home")
        self.config_home = os.path.join(self.home, ".config")
        self.data_home = os.path.join(self.home, ".local", "share")
        for d in (self.config_home, self.data_home):
            os.makedirs(d)
        self.display = None
        self.window = None
        self._ocr_cache = {}
        self._procs = []  # (name, Popen) to stop on exit, last first
        self.proc = None  # the app
        self.launches = 0
        self.log_path = None
        self.shots = 0
        self.last_image = None
        self.expect_exit = False
        self.notes = []
        self.started = time.monotonic()
        self.extra_env = {}          # more environment for the app (a test hook)
        self.fault_expected = False  # the journey injects a fault: its crash note is expected, not a failure
        self._trace_file = open(os.path.join(out_dir, "trace.log"), "w")

    # ---------------------------------------------------------------- lifecycle
    def __enter__(self):
        try:
            self._start_x()
            if self.wm:
                self._start_wm()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            with contextlib.suppress(Exception):
                if self.display:
                    self.screenshot("at-failure")
            with contextlib.suppress(Exception):
                # what the app had written: settings, learner data, autosaves, crash notes
                shutil.copytree(self.home, os.path.join(self.out_dir, "home"),
                                ignore=shutil.ignore_patterns("mesa_shader_cache"), dirs_exist_ok=True)
        for name, p in reversed(self._procs):
            if p.poll() is None:
                with contextlib.suppress(Exception):
                    p.terminate()
                    try:
                        p.wait(timeout=5 * self.scale)
                    except subprocess.TimeoutExpired:
                        p.kill()
                        p.wait(timeout=5)
        self._procs = []
        shutil.rmtree(self.tmp, ignore_errors=True)
        with contextlib.suppress(Exception):
            self._trace_file.close()
        return False

    def _start_x(self):
        existing = os.environ.get("JOURNEY_DISPLAY")
        if existing and not self.wm:
            self.note("JOURNEY_DISPLAY: this journey is meant for bare X; it runs with your window manager")
        if existing:
            # Watch a journey on a display of your own (with its own window manager); its size is
            # whatever that display has, so screen comparisons use it too.
            self.display = existing
            geo = self.xdotool("getdisplaygeometry").split()
            self.size = (int(geo[0]), int(geo[1]))
            self.note("using the existing display %s (%dx%d)" % (existing, self.size[0], self.size[1]))
            return
        # Each journey has its own X server; it picks a free display itself and says which (-displayfd),
        # so journeys run side by side. JOURNEY_XEPHYR=1 shows it in a window on your desktop instead.
        server = ["Xephyr", "-screen", "%dx%d" % self.size] if os.environ.get("JOURNEY_XEPHYR") else \
            ["Xvfb", "-screen", "0", "%dx%dx24" % self.size]
        r, w = os.pipe()
        p = subprocess.Popen(server[:1] + ["-displayfd", str(w)] + server[1:] + ["-nolisten", "tcp", "-noreset"],
                             pass_fds=(w,), stdout=subprocess.DEVNULL,
                             stderr=open(os.path.join(self.out_dir, "xserver.log"), "w"))
        os.close(w)
        self._procs.append((server[0], p))
        data = b""
        deadline = time.monotonic() + 20 * self.scale
        while not data.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([r], [], [], 0.2)
            if ready:
                chunk = os.read(r, 64)
                if not chunk:
                    break
                data += chunk
            elif p.poll() is not None:
                break
        os.close(r)
        need(data.strip().isdigit(), "%s did not start (see xserver.log)" % server[0])
        self.display = ":" + data.decode().strip()

    def _start_wm(self):
        if os.environ.get("JOURNEY_DISPLAY"):
            return  # the existing display has its own
        p = subprocess.Popen(["openbox", "--sm-disable"], env=self._env_x(), stdout=subprocess.DEVNULL,
                             stderr=open(os.path.join(self.out_dir, "openbox.log"), "w"))
        self._procs.append(("openbox", p))
        # The window manager is there once it has announced itself on the root window.
        self.poll(lambda: "window id" in self._run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"]),
                  10, "openbox did not start")

    def _env_x(self):
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env.pop("SDL_VIDEODRIVER", None)
        return env

    def app_env(self, lang=None):
        env = self._env_x()
        env.update(HOME=self.home, XDG_CONFIG_HOME=self.config_home, XDG_DATA_HOME=self.data_home,
                   XDG_CACHE_HOME=os.path.join(self.home, ".cache"), LANG=lang or self.lang)
        for k in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(k, None)
        env["XDG_RUNTIME_DIR"] = os.path.join(self.tmp, "run")
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        # The sanitizer builds: Mesa leaks after GL teardown; errors must stop the app with a report.
        env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=0"
        env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
        env.update(self.extra_env)
        return env

    def launch(self, *args, wait_window=True, lang=None):
        """Starts the app (args after the binary); waits for its window and a settled first picture."""
        need(self.proc is None or self.proc.poll() is not None, "launch: the app is still running")
        self.launches += 1
        self.log_path = os.path.join(self.out_dir, "app-%d.log" % self.launches)
        log = open(self.log_path, "w")
        log.write("$ %s %s\n" % (self.app, " ".join(args)))
        log.flush()
        self.trace("launch " + " ".join(args))
        self.proc = subprocess.Popen([self.app] + list(args), env=self.app_env(lang), cwd=self.home,
                                     stdout=log, stderr=subprocess.STDOUT)
        self._procs.append(("coinstudio", self.proc))
        self.expect_exit = False
        if wait_window:
            self.wait_window()
        return self.proc

    def wait_window(self, timeout=30):
        def found():
            self.check_alive()
            out = self._run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)])
            return out.split()[0] if out.split() else None
        self.window = self.poll(found, timeout, "the app's window did not appear")
        # Keys go to the window with the focus; on bare X that is the window under the pointer.
        x, y, w, h = self.window_geometry()
        self.mouse_move(min(max(x + w // 2, 1), self.size[0] - 2), min(max(y + h // 2, 1), self.size[1] - 2))
        self.wait_settled(timeout, allow_blank=False)

    def window_geometry(self, window=None, frame=False):
        """(x, y, width, height) of the app's window on the screen, from the X server (xwininfo's absolute
        position: `xdotool getwindowgeometry` counts a reparenting window manager's frame twice).
        frame=True: where the window manager's frame (title bar) starts, with the window's size."""
        out = self._run(["xwininfo", "-id", str(window or self.window)], check=True)
        v = {k: int(re.search(r"%s:\s+(-?\d+)" % k, out).group(1)) for k in (
            "Absolute upper-left X", "Absolute upper-left Y", "Relative upper-left X", "Relative upper-left Y",
            "Width", "Height")}
        x, y = v["Absolute upper-left X"], v["Absolute upper-left Y"]
        if frame:
            x, y = x - v["Relative upper-left X"], y - v["Relative upper-left Y"]
        return (x, y, v["Width"], v["Height"])

    def window_title(self):
        return self._run(["xdotool", "getactivewindow", "getwindowname"]).strip() if self.wm else \
            self._run(["xdotool", "getwindowname", self.window]).strip()

    def app_windows(self):
        out = self._run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)])
        return out.split()

    def quit(self, timeout=20):
        """Ctrl+Q, then waits for the app to end by itself (exit status 0)."""
        self.expect_exit = True
        self.key("ctrl+q")
        return self.wait_exit(timeout)

    def wait_exit(self, timeout=20):
        self.expect_exit = True
        try:
            rc = self.proc.wait(timeout=timeout * self.scale)
        except subprocess.TimeoutExpired:
            path, _ = self.screenshot("did-not-quit")
            words = " ".join(w.text for w in self.ocr(mode="grey"))[:600]
            raise JourneyFailure("the app did not quit within %ds; the screen (%s) reads: %s" % (
                timeout, os.path.basename(path), words))
        self.check_output()
        need(rc == 0, "the app quit with exit status %s (see %s)" % (rc, self.log_path))
        return rc

    def kill9(self):
        self.expect_exit = True
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    # ---------------------------------------------------------------- checks
    def app_output(self):
        if not self.log_path:
            return ""
        with open(self.log_path, errors="replace") as f:
            return f.read()

    def crash_notes(self):
        d = os.path.join(self.data_home, "coinstudio")
        if not os.path.isdir(d):
            return []
        return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith("crash-") and f.endswith(".txt"))

    def check_output(self):
        out = self.app_output()
        if self.fault_expected:
            # Only the injected fault may show; anything else still fails the journey.
            out = "\n".join(l for l in out.splitlines() if "a fault injected for testing" not in l)
        for bad in BAD_OUTPUT:
            if bad in out:
                line = next((l for l in out.splitlines() if bad in l), bad)
                raise JourneyFailure("the app reported a failure: %s (see %s)" % (line.strip(), self.log_path))
        notes = [n for n in self.crash_notes() if not (self.fault_expected and _injected(n))]
        if notes:
            for n in notes:
                shutil.copy(n, self.out_dir)
            with open(notes[0], errors="replace") as f:
                first = f.read(400)
            raise JourneyFailure("the app wrote a crash note %s:\n%s" % (os.path.basename(notes[0]), first))

    def check_alive(self):
        """Fails when the app died (with what it printed), printed an internal error or wrote a crash note."""
        if self.proc is not None and self.proc.poll() is not None and not self.expect_exit:
            out = self.app_output().strip().splitlines()
            rc = self.proc.returncode
            how = "killed by %s" % signal.Signals(-rc).name if rc < 0 else "exit status %d" % rc
            raise JourneyFailure("the app died (%s); its last output:\n  %s" % (
                how, "\n  ".join(out[-12:]) or "(nothing)"))
        self.check_output()

    # ---------------------------------------------------------------- input
    def _run(self, argv, check=False, **kw):
        r = subprocess.run(argv, env=self._env_x(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=30, **kw)
        if check and r.returncode != 0:
            raise JourneyFailure("%s failed: %s" % (" ".join(argv), r.stderr.strip()))
        return r.stdout

    def xdotool(self, *args):
        return self._run(["xdotool"] + [str(a) for a in args], check=True)

    def key(self, *keys, pause=0.15):
        """Presses each key (xdotool keysym names, 'ctrl+q') in turn, with a short pause after each."""
        for k in keys:
            self.check_alive()
            self.trace("key " + k)
            self.xdotool("key", "--clearmodifiers", k)
            time.sleep(pause)
        self.check_alive()

    def type(self, text, pause=0.15):
        self.check_alive()
        self.trace("type " + text)
        self.xdotool("type", "--delay", "40", text)
        time.sleep(pause)
        self.check_alive()

    def mouse_move(self, x, y):
        self.xdotool("mousemove", int(x), int(y))

    def click(self, x, y, pause=0.2):
        self.check_alive()
        self.trace("click %d,%d" % (x, y))
        self.xdotool("mousemove", int(x), int(y))
        time.sleep(0.05)  # a frame sees the pointer over the widget before the press
        # A person's click holds the button for a moment; `xdotool click` releases in the same
        # instant, and some ImGui 1.86 widgets (combo boxes) miss a press released before a frame.
        self.xdotool("mousedown", "1")
        time.sleep(0.08)
        self.xdotool("mouseup", "1")
        time.sleep(pause)
        self.check_alive()

    def drag(self, x1, y1, x2, y2, steps=8):
        self.check_alive()
        self.xdotool("mousemove", int(x1), int(y1))
        time.sleep(0.05)
        self.xdotool("mousedown", "1")
        for i in range(1, steps + 1):
            self.xdotool("mousemove", int(x1 + (x2 - x1) * i / steps), int(y1 + (y2 - y1) * i / steps))
            time.sleep(0.03)
        self.xdotool("mouseup", "1")
        time.sleep(0.2)
        self.check_alive()

    # ---------------------------------------------------------------- seeing
    def grab(self):
        """The whole screen, as the X server has it now."""
        r = subprocess.run(["import", "-silent", "-window", "root", "-depth", "8", "ppm:-"], env=self._env_x(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        need(r.returncode == 0, "cannot grab the screen: %s" % r.stderr.decode(errors="replace"))
        self.last_image = Image.from_ppm(r.stdout)
        return self.last_image

    def screenshot(self, label):
        """Grabs the screen and keeps it as NN-label.png in the output folder; returns (path, Image)."""
        img = self.grab()
        self.shots += 1
        path = os.path.join(self.out_dir, "%02d-%s.png" % (self.shots, label))
        img.save(path)
        return path, img

    # How a picture is prepared for tesseract, tried in this order until the words are found.
    OCR_MODES = ("grey", "faint", "threshold", "large")

    def ocr(self, image=None, region=None, mode="grey"):
        """Words on screen with their boxes (screen coordinates). region=(x, y, w, h) reads only that part.

        Tesseract reads dark text on a light ground best, so the picture goes grey and is inverted when
        its ground is dark. Modes: "grey" as is; "faint" black and white at 70 % (grey, disabled
        text); "threshold" black and white at 50 % (light text on coloured buttons); "large" twice the
        size, read in columns of at most 480 pixels (small text in a small window; slower)."""
        img = image or self.grab()
        x0, y0, w, h = region if region else (0, 0, img.width, img.height)
        x0, y0 = max(0, int(x0)), max(0, int(y0))
        w, h = min(int(w), img.width - x0), min(int(h), img.height - y0)
        if w <= 0 or h <= 0:
            return []
        # The same picture is often read several times in a row (one label, then the next): keep the
        # last readings.
        key = (hash(img.rgb), img.width, x0, y0, w, h, mode)
        if key in self._ocr_cache:
            return self._ocr_cache[key]
        words = self._ocr_uncached(img, x0, y0, w, h, mode)
        self._ocr_cache[key] = words
        while len(self._ocr_cache) > 16:
            self._ocr_cache.pop(next(iter(self._ocr_cache)))
        return words

    def _ocr_uncached(self, img, x0, y0, w, h, mode):
        if mode != "large" or w <= 560:
            return self._ocr_part(img, (x0, y0, w, h), mode, "")
        # Columns overlapping by 80 pixels; a word belongs to the column that holds its middle best.
        n = -(-(w - 80) // 400)
        step = (w - 80) / n
        words = []
        for i in range(n):
            cx = x0 + int(i * step)
            cw = int(step) + 80 if i < n - 1 else x0 + w - cx
            lo = cx if i == 0 else cx + 40
            hi = cx + cw if i == n - 1 else cx + cw - 40
            words += [wd for wd in self._ocr_part(img, (cx, y0, cw, h), mode, str(i)) if lo <= wd.center[0] < hi]
        return words

    def _ocr_part(self, img, region, mode, part):
        ox, oy = region[0], region[1]
        img = img.crop(*region)
        sample = img.rgb[::997]
        dark = sum(sample) / max(1, len(sample)) < 128
        pre = ["-colorspace", "gray"] + (["-negate"] if dark else [])
        scale = 2 if mode == "large" else 1
        pre += {"faint": ["-threshold", "70%" if dark else "30%"], "threshold": ["-threshold", "50%"],
                "large": ["-resize", "200%"]}.get(mode, [])
        src = subprocess.run(["convert", "ppm:-"] + pre + ["pgm:-"], input=img.ppm(), stdout=subprocess.PIPE,
                             check=True).stdout
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        r = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "11", "tsv"], input=src,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=60)
        words = []
        for row in r.stdout.decode(errors="replace").splitlines()[1:]:
            f = row.split("\t")
            if len(f) < 12 or f[0] != "5" or not f[11].strip():
                continue
            x, y, w, h = (int(int(v) / scale) for v in f[6:10])
            words.append(Word(f[11].strip(), x + ox, y + oy, w, h, float(f[10]), (mode + part, f[2], f[3], f[4])))
        return words

    def find_text(self, phrase, image=None, region=None, nth=0, near=None, exact=False, words=None, seen=None,
                  modes=None):
        """The box (x, y, w, h) of `phrase` on screen (its words in a row on one line), or None.

        Reads the screen (or `image`) in each OCR mode in turn until the phrase is found. nth picks
        among several matches from the top left; near=(x, y) picks the closest to a point."""
        img = None
        if region is None and words is None:
            region = self.default_region()
        for mode in ([None] if words is not None else modes or self.OCR_MODES):
            if mode is not None:
                img = img or image or self.grab()
                words = self.ocr(img, region=region, mode=mode)
            if seen is not None and (mode is None or mode == (modes or self.OCR_MODES)[0]):
                seen[:] = words
            matches = find_phrase(words, phrase, exact)
            if near:
                matches.sort(key=lambda b: (b[0] + b[2] / 2 - near[0]) ** 2 + (b[1] + b[3] / 2 - near[1]) ** 2)
            if nth < len(matches):
                return matches[nth]
        return None

    def default_region(self):
        """Where to read when no region is given: the app's window when it has one, else the screen."""
        if self.proc is None or self.proc.poll() is not None or not getattr(self, "window", None):
            return None
        try:
            return self.window_region()
        except JourneyFailure:
            return None

    def wait_for_text(self, phrase, timeout=20, region=None, nth=0, near=None, exact=False, gone=False, modes=None):
        """Waits until `phrase` is on screen (or, with gone=True, no longer); returns its box."""
        last = []

        def look():
            self.check_alive()
            box = self.find_text(phrase, region=region, nth=nth, near=near, exact=exact, seen=last, modes=modes)
            return (box is None) if gone else box
        self.trace("wait for %s%r" % ("no " if gone else "", phrase))
        try:
            box = self.poll(look, timeout, None)
            self.trace("  seen" if gone else "  seen at %d,%d" % box[:2])
            return box
        except JourneyFailure:
            self.screenshot("missing-" + _norm(phrase)[:24])
            seen = " ".join(w.text for w in last)
            raise JourneyFailure("%s %r on screen within %ds; the screen reads: %s" % (
                "still" if gone else "no", phrase, timeout, seen[:1500]))

    def click_text(self, phrase, nth=0, near=None, region=None, dx=0, dy=0, timeout=20, exact=False):
        """Clicks the middle of `phrase` as read on screen (waits up to timeout for it)."""
        x, y, w, h = self.wait_for_text(phrase, timeout=timeout, region=region, nth=nth, near=near, exact=exact)
        self.click(x + w // 2 + dx, y + h // 2 + dy)
        return (x, y, w, h)

    def wait_for_change(self, before, timeout=20, min_bits=64):
        """Waits until the screen differs from `before` (an Image); returns the new Image."""
        def changed():
            self.check_alive()
            img = self.grab()
            return img if img.differing_bits(before) >= min_bits else None
        return self.poll(changed, timeout, "the screen did not change within %ds" % timeout, interval=0.1)

    def wait_settled(self, timeout=20, quiet=0.4, max_bits=4000, allow_blank=True):
        """Waits until the screen stops changing (animations over): two grabs `quiet` s apart alike.

        A text cursor blinks, so a few hundred changed bits count as settled."""
        self.trace("wait until the screen is still")
        prev = [self.grab()]

        def settled():
            self.check_alive()
            time.sleep(quiet)
            img = self.grab()
            same = img.differing_bits(prev[0]) <= max_bits and (allow_blank or not img.is_blank())
            prev[0] = img
            return img if same else None
        return self.poll(settled, timeout, "the screen did not settle within %ds" % timeout, interval=0)

    def poll(self, fn, timeout, message, interval=0.15):
        deadline = time.monotonic() + timeout * self.scale
        while True:
            v = fn()
            if v:
                return v
            if time.monotonic() > deadline:
                raise JourneyFailure(message or "timed out")
            time.sleep(interval)

    # ---------------------------------------------------------------- comparing with --screenshot
    def reference(self, label, *args):
        """Runs `coinstudio --screenshot OUT args...` (offscreen, same user folders); returns the PNG path."""
        out = os.path.join(self.out_dir, "ref-%s.png" % label)
        env = self.app_env()
        env.pop("DISPLAY", None)
        r = subprocess.run([self.app, "--screenshot", out] + list(args), env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=120 * self.scale)
        need(r.returncode == 0 and os.path.exists(out),
             "coinstudio --screenshot %s failed (%s): %s" % (" ".join(args), r.returncode, r.stdout[-800:]))
        return out

    def mean_abs_diff(self, image, reference_png, region=None):
        """Mean absolute difference per channel, 0..255, between a screen grab and a PNG.

        region=(x, y, w, h) compares that part of the screen with the whole reference."""
        if region:
            image = image.crop(*region)
        a = os.path.join(self.tmp, "cmp-a.ppm")
        with open(a, "wb") as f:
            f.write(image.ppm())
        r = subprocess.run(["compare", "-metric", "MAE", a, reference_png, "null:"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
        m = re.search(r"\(([0-9.e+-]+)\)", r.stderr)
        need(m, "cannot compare pictures: " + r.stderr.strip())
        return float(m.group(1)) * 255.0

    def compare_with_screenshot(self, label, image, reference_png, tolerance, region=None):
        """Fails unless the screen (or region of it) matches the reference within `tolerance`
        (mean absolute difference per channel, 0..255). Keeps both pictures and a diff."""
        if region is None:
            region = (0, 0, image.width, image.height)
        got = image.crop(*region)
        ref_size = self._run(["identify", "-format", "%w %h", reference_png]).split()
        need((got.width, got.height) == (int(ref_size[0]), int(ref_size[1])),
             "%s: the screen part is %dx%d but the reference is %sx%s" % (label, got.width, got.height, *ref_size))
        mad = self.mean_abs_diff(got, reference_png)
        self.note("%s: mean abs difference %.2f (tolerance %.1f)" % (label, mad, tolerance))
        if mad > tolerance:
            shot = os.path.join(self.out_dir, "cmp-%s-screen.png" % label)
            got.save(shot)
            subprocess.run(["compare", shot, reference_png, os.path.join(self.out_dir, "cmp-%s-diff.png" % label)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            raise JourneyFailure("%s: the screen differs from `coinstudio --screenshot` by %.2f per channel "
                                 "(tolerance %.1f); see %s" % (label, mad, tolerance, shot))
        return mad

    # ---------------------------------------------------------------- user data
    @property
    def user_data(self):
        return os.path.join(self.data_home, "coinstudio")

    @property
    def settings_dir(self):
        return os.path.join(self.config_home, "coinstudio")

    def files_containing(self, text, folder=None):
        """Files under folder (the user data folder by default) whose bytes contain `text`."""
        found = []
        for root, _, files in os.walk(folder or self.user_data):
            for f in files:
                p = os.path.join(root, f)
                with contextlib.suppress(OSError), open(p, "rb") as fh:
                    if text.encode() in fh.read():
                        found.append(p)
        return found

    def trace(self, text):
        """One line of what the journey did, with the time since it started (trace.log; printed with
        JOURNEY_TRACE=1)."""
        line = "%6.2f %s" % (time.monotonic() - self.started, text)
        with contextlib.suppress(Exception):
            self._trace_file.write(line + "\n")
            self._trace_file.flush()
        if os.environ.get("JOURNEY_TRACE", "0") not in ("", "0"):
            print("  " + line, flush=True)

    def note(self, text):
        self.notes.append(text)
        print("  " + text, flush=True)

    def copy_scenario(self, rel, dest_name=None, folder="work"):
        """Copies a scenario of the source tree into the journey's folder; returns the copy's path."""
        d = os.path.join(self.home, folder)
        os.makedirs(d, exist_ok=True)
        dst = os.path.join(d, dest_name or os.path.basename(rel))
        shutil.copy(os.path.join(self.source_dir, rel), dst)
        return dst


    # ---------------------------------------------------------------- Coin Model Studio's screens
    def window_region(self):
        """The app window's part of the screen (x, y, w, h), clipped to the screen."""
        x, y, w, h = self.window_geometry()
        x0, y0 = max(0, x), max(0, y)
        return (x0, y0, min(x + w, self.size[0]) - x0, min(y + h, self.size[1]) - y0)

    def find_line(self, pattern, words):
        """The first place where an OCR line's text matches the regular expression: (match, box of the
        words the match covers)."""
        lines = {}
        for w in words:
            lines.setdefault(w.line, []).append(w)
        for ws in sorted(lines.values(), key=lambda ws: (ws[0].y, ws[0].x)):
            text, spans = "", []
            for w in ws:
                spans.append((len(text), len(text) + len(w.text), w))
                text += w.text + " "
            m = re.search(pattern, text)
            if m:
                covered = [w for a, b, w in spans if a < m.end() and b > m.start()]
                return m, _box(covered)
        return None

    def wait_for_line(self, pattern, region=None, timeout=20):
        """Waits until a line on screen matches the regular expression; returns (match, box of the line)."""
        self.trace("wait for a line like %r" % pattern)
        seen = []

        def look():
            self.check_alive()
            img = self.grab()
            for mode in self.OCR_MODES:
                r = region or self.default_region()
                words = self.ocr(img, region=r, mode=mode)
                if mode == "grey":
                    seen[:] = words
                found = self.find_line(pattern, words)
                if found:
                    return found
        try:
            return self.poll(look, timeout, None)
        except JourneyFailure:
            self.screenshot("missing-line")
            raise JourneyFailure("no line like %r on screen within %ds; the screen reads: %s" % (
                pattern, timeout, " ".join(w.text for w in seen)[:1500]))

    def step_panel(self, timeout=20):
        """The step panel on the right of the workspace, found by its "Step N of M" line (x, y, w, h)."""
        def look():
            self.check_alive()
            img = self.grab()
            for mode in self.OCR_MODES:
                region = self.default_region()
                # loose: "Step 4 of 4" is sometimes read "Step 40f4"
                found = self.find_line(r"\b(Step|Étape) ?\d+? ?([o0]f|sur) ?\d+\b", self.ocr(img, region=region, mode=mode))
                if found:
                    return found[1]
        box = self.poll(look, timeout, "no \"Step N of M\" line on screen within %ds" % timeout)
        wx, wy, ww, wh = self.window_region()
        x = max(wx, box[0] - 16)
        return (x, wy, wx + ww - x, wh)

    def wait_step(self, number, count, region=None, timeout=20, french=False):
        """Waits until the step panel says "Step N of M" (or "Étape N sur M")."""
        phrase = ("Étape %d sur %d" if french else "Step %d of %d") % (number, count)
        # the line is grey (disabled text): the black-and-white reading at 70 % reads it best
        return self.wait_for_text(phrase, region=region, timeout=timeout, exact=True, modes=("faint", "grey", "large"))

    def around(self, box, mx=240, my=48):
        """A region around a box on screen (to look again where something was, which is faster)."""
        x, y, w, h = box
        x0, y0 = max(0, x - mx), max(0, y - my)
        return (x0, y0, min(self.size[0], x + w + mx) - x0, min(self.size[1], y + h + my) - y0)

    def below(self, box, image=None):
        """The middle of the field under a label (ImGui puts it on the next row): looking down from the
        label for the first band of rows in another colour than the label's ground (the field's frame),
        at least 8 pixels tall. Without one, a row's height below the label."""
        img = image or self.grab()
        x, y, w, h = box
        px = x + min(20, w // 2)
        ground = img.pixel(max(0, x - 3), y + h // 2)
        differs = lambda c: sum(abs(a - b) for a, b in zip(c, ground)) > 40
        start = None
        for yy in range(y + h + 1, min(img.height, y + h + 80)):
            c = img.pixel(px, yy)
            if differs(c) and start is None:
                start = yy
            elif start is not None and not differs(c):
                if yy - start >= 8:
                    return (px + 40, (start + yy) // 2)
                start = None
        return (x + max(w, 60) // 2, y + h + int(max(h, 9) * 1.45))

    def click_choice(self, choice, region=None):
        """Clicks the radio button of a question's choice: its number, just left of the choice's words."""
        box = self.wait_for_text(choice, region=region)
        for mode in self.OCR_MODES:
            words = self.ocr(region=region, mode=mode)
            places = find_phrase_words(words, choice)
            if not places:
                continue
            ws = min(places, key=lambda ws: abs(_box(ws)[1] - box[1]))
            first = ws[0]
            if re.fullmatch(r"\d+\.?", first.text):  # the number was read glued into the phrase
                self.click(*first.center)
                return box
            mid = first.y + first.h / 2
            before = [w for w in words if w.x + w.w <= first.x + 2 and abs(w.y + w.h / 2 - mid) < 8
                      and first.x - (w.x + w.w) < 40]
            if before:
                self.click(*max(before, key=lambda w: w.x).center)
                return box
        # the number was not read: the radio button sits just left of the words
        self.click(box[0] - 12, box[1] + box[3] // 2)
        return box

    def click_reflection_box(self, region=None):
        """Clicks into the reflection text box: under the line "Private: stays on this computer ..."
        and above the Back / Next buttons."""
        words = []
        p = self.find_text("Private: stays on this computer", region=region, seen=words) or \
            self.wait_for_text("Private: stays on this computer", region=region)
        back = self.find_text("Back", near=(p[0], p[1] + 200), region=region)
        y_end = back[1] if back and back[1] > p[1] else p[1] + 8 * p[3]
        x, y = p[0] + p[2] // 2, (p[1] + p[3] + y_end) // 2
        self.click(x, y)
        return (x, y)

    def is_black(self, image=None, level=12):
        img = image or self.grab()
        sample = img.rgb[::61]
        return max(sample) <= level if sample else True


def load_scenario(path):
    """A scenario file as data (its steps under "step"), to know what the screen should show."""
    with open(path, "rb") as f:
        return tomllib.load(f)


def text_of(value, lang="en"):
    """A scenario text in one language: plain strings are the first language's."""
    if isinstance(value, dict):
        return value.get(lang) or next(iter(value.values()), "")
    return value or ""


def _box(ws):
    """The box of words on one line. Its top and bottom are the middle words' (OCR sometimes gives one
    word of a line a box several lines tall)."""
    x0, x1 = min(w.x for w in ws), max(w.x + w.w for w in ws)
    y0 = sorted(w.y for w in ws)[len(ws) // 2]
    y1 = sorted(w.y + w.h for w in ws)[len(ws) // 2]
    return (x0, y0, x1 - x0, max(1, y1 - y0))


def find_phrase_words(words, phrase, exact=False):
    """Every place where the phrase is read on one OCR line, as the list of its words, in reading order.

    The phrase's words are compared without spaces and punctuation with one or more words in a row
    (OCR sometimes glues "Save as..." into one word, or a bracket onto a label), allowing a few
    misread letters in longer phrases. When some places read exactly, only those are returned."""
    target = "".join(_norm(w) for w in phrase.split())
    if not target:
        return []
    n_want = len([w for w in phrase.split() if _norm(w)])
    found = []  # (score, extra characters, words)
    for i in range(len(words)):
        best = None
        for k in range(1, n_want + 3):
            ws = words[i:i + k]
            if len(ws) < k or any(w.line != ws[0].line for w in ws):
                break
            joined = "".join(_norm(w.text) for w in ws)
            if exact:
                score = 1.0 if joined == target else 0.0
            else:
                score = _ratio(joined, target)
                # a stray character or two glued on at either end
                if score < 0.995 and len(joined) - len(target) <= 2 and len(target) >= 3 and (
                        joined.startswith(target) or joined.endswith(target)):
                    score = 0.995
            cand = (score, abs(len(joined) - len(target)), ws)
            if score >= min(_needed(target), 0.995) and (best is None or (cand[0], -cand[1]) > (best[0], -best[1])):
                best = cand
        if best:
            found.append(best)
    if any(f[0] >= 0.995 for f in found):
        found = [f for f in found if f[0] >= 0.995]
    # one place per spot: of overlapping readings keep the best (then the tightest)
    kept = []
    for f in sorted(found, key=lambda f: (-f[0], f[1])):
        b = _box(f[2])
        if not any(abs(b[1] - o[1]) < 6 and b[0] < o[0] + o[2] and o[0] < b[0] + b[2] for o in (_box(k[2]) for k in kept)):
            kept.append(f)
    kept.sort(key=lambda f: (_box(f[2])[1] // 8, _box(f[2])[0]))
    return [f[2] for f in kept]


def find_phrase(words, phrase, exact=False):
    """Boxes (x, y, w, h) of every place where the phrase is read (see find_phrase_words)."""
    return [_box(ws) for ws in find_phrase_words(words, phrase, exact)]
