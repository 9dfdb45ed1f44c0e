#!/usr/bin/python3
"""The web page in a real browser (ctest label `web`).

A scenario the tests hold (tests/web/data/clinic-workshop: a picture in a subfolder, a question, a
reflection, a content note, an action, two languages) is published with the desktop binary's
`--publish`, served over loopback by a small static server, and opened in Debian's headless Chromium
(WebGL 2 through SwiftShader), driven by Selenium with real key events. What the page shows is
compared with the desktop's `--screenshot` of the same step at the same size.

    /usr/bin/python3 tests/web/web_page.py --app build/release/coinstudio --web build/web \
        --source-dir . --test walk_matches_desktop --out-dir /tmp/web-walk
    /usr/bin/python3 tests/web/web_page.py --list

Needs Debian's chromium, chromium-driver, python3-selenium and ImageMagick (./test.sh installs them)
and the web build (./web.sh, which ./test.sh runs first).
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

WIDTH, HEIGHT = 1280, 720

# How near the page's picture must be to the desktop's. The page runs the same code, shaders and
# fonts (FreeType 2.12.1 on both, Noto Sans from the same Debian package), so text and layout are the
# same pixels; what differs is the rasterizer: Mesa's llvmpipe on the desktop, SwiftShader in Chromium.
# Their multisample positions and rounding differ along the coins' edges, the rims' reeding and the
# antialiased lines, a pixel wide. Measured on this scenario's steps at 1280x720: 21,000-31,000
# pixels differ at all, by a level or two; 50-120 (0.01 %) by more than 5 %. So: a pixel "differs"
# when a channel is off by more than 10 % (26 of 255), and at most 0.5 % of the pixels (4,600) may
# differ so: forty times what the rasterizers cause, while a moved label, a missing picture, a
# line of text, a wrong step or a blank stage each change more than that.
FUZZ_PERCENT = 10
MAX_DIFFERING = 0.005


class Failure(Exception):
    pass


def log(*parts):
    print(*parts, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the static web host ---------------------------------------------------------------------------------


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map,
                          **{".wasm": "application/wasm", ".js": "text/javascript", ".data": "application/octet-stream",
                             ".json": "application/json", ".toml": "text/plain; charset=utf-8"})

    def log_message(self, *args):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/" % server.server_address[1]


# --- the browser -------------------------------------------------------------------------------------------


class Page:
    """Headless Chromium on one page of the app, the viewport exactly WIDTH × HEIGHT."""

    def __init__(self, out_dir, profile):
        from selenium import webdriver
        for tool in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
            if not os.path.exists(tool):
                raise Failure("%s is missing: run ./test.sh (it installs chromium and chromium-driver)" % tool)
        self.out_dir = out_dir
        port = free_port()
        self.driver_log = open(os.path.join(out_dir, "chromedriver.log"), "w")
        self.service = subprocess.Popen(["/usr/bin/chromedriver", "--port=%d" % port],
                                        stdout=self.driver_log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline:
                    raise Failure("chromedriver did not start")
                time.sleep(0.1)
        opts = webdriver.ChromeOptions()
        opts.binary_location = "/usr/bin/chromium"
        for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader",
                  "--enable-unsafe-swiftshader", "--hide-scrollbars", "--window-size=%d,%d" % (WIDTH, HEIGHT + 200),
                  "--user-data-dir=" + profile, "--disable-background-timer-throttling",
                  "--disable-renderer-backgrounding"):
            opts.add_argument(a)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.d = webdriver.Remote(command_executor="http://127.0.0.1:%d" % port, options=opts)
        self.d.command_executor._commands["cdp"] = ("POST", "/session/$sessionId/goog/cdp/execute")
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
        self.console = []

    def cdp(self, cmd, params):
        return self.d.execute("cdp", {"cmd": cmd, "params": params})

    def close(self):
        try:
            self.save_console()
            self.d.quit()
        finally:
            self.service.kill()
            self.driver_log.close()

    def save_console(self):
        try:
            self.console += self.d.get_log("browser")
        except Exception:
            pass
        with open(os.path.join(self.out_dir, "console.log"), "w") as f:
            for e in self.console:
                f.write("%s %s\n" % (e.get("level"), e.get("message")))

    def open(self, url, timeout=30):
        start = time.time()
        self.d.get(url)
        st = self.wait(lambda s: s.get("framesDrawn", 0) > 0, timeout, "the page's first frame")
        return st, time.time() - start

    def state(self):
        text = self.d.execute_script(
            "return (window.Module && Module._coinstudio_state && Module.calledRun) ?"
            " UTF8ToString(Module._coinstudio_state()) : null")
        return json.loads(text) if text else {}

    def wait(self, pred, timeout, what):
        deadline = time.time() + timeout
        last = {}
        while time.time() < deadline:
            try:
                last = self.state()
            except Exception as e:  # the page is (re)loading
                last = {"error": str(e)}
            if last and pred(last):
                return last
            time.sleep(0.1)
        self.save_console()
        raise Failure("waited %d s for %s; the page's state: %s" % (timeout, what, json.dumps(last)))

    def settle(self, quiet=0.6, timeout=20):
        """Until no frame was drawn for `quiet` seconds (animations ended)."""
        deadline = time.time() + timeout
        frames = self.state().get("framesDrawn", 0)
        still_since = time.time()
        while time.time() < deadline:
            time.sleep(0.1)
            now = self.state().get("framesDrawn", 0)
            if now != frames:
                frames, still_since = now, time.time()
            elif time.time() - still_since >= quiet:
                return frames
        raise Failure("the page kept drawing for %d s" % timeout)

    def keys(self, *names):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        for name in names:
            ActionChains(self.d).send_keys(getattr(Keys, name) if hasattr(Keys, name) else name).perform()
            time.sleep(0.15)

    def type_text(self, text):
        from selenium.webdriver.common.action_chains import ActionChains
        ActionChains(self.d).send_keys(text).perform()

    def click(self, x, y):
        from selenium.webdriver.common.action_chains import ActionChains
        canvas = self.d.find_element("id", "canvas")
        # Selenium 4.8 moves from the element's centre.
        ActionChains(self.d).move_to_element_with_offset(canvas, x - WIDTH // 2, y - HEIGHT // 2).click().perform()

    def shot(self, name):
        path = os.path.join(self.out_dir, name)
        self.d.save_screenshot(path)
        return path


# --- the desktop's pictures and comparing them --------------------------------------------------------------


def desktop_shot(args, scenario, step, name, view="audience", lang=None):
    out = os.path.join(args.out_dir, name)
    cmd = [args.app, "--screenshot", out, "--size", "%dx%d" % (WIDTH, HEIGHT), "--step", str(step), "--view", view]
    if lang:
        cmd += ["--lang", lang]
    r = subprocess.run(cmd + [scenario], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, SDL_VIDEODRIVER="offscreen"))
    if r.returncode != 0:
        raise Failure("the desktop's --screenshot failed (%d): %s" % (r.returncode, r.stderr))
    return out


def differing_share(a, b, diff):
    r = subprocess.run(["compare", "-metric", "AE", "-fuzz", "%d%%" % FUZZ_PERCENT, a, b, diff],
                       capture_output=True, text=True)
    m = re.match(r"\s*([0-9.e+]+)", r.stderr)
    if not m:
        raise Failure("ImageMagick's compare said: %s %s" % (r.stdout, r.stderr))
    return float(m.group(1)) / (WIDTH * HEIGHT)


def check_like_desktop(args, page_png, desktop_png, what):
    diff = page_png.replace(".png", "-diff.png")
    share = differing_share(page_png, desktop_png, diff)
    log("  %s: %.3f %% of the pixels differ from the desktop's picture (at most %.1f %%)" %
        (what, 100 * share, 100 * MAX_DIFFERING))
    if share > MAX_DIFFERING:
        raise Failure("%s: the page's picture %s differs from the desktop's %s in %.2f %% of its pixels (diff: %s)" %
                      (what, page_png, desktop_png, 100 * share, diff))


# --- publishing ---------------------------------------------------------------------------------------------


def publish(args, scenario, folder):
    """`coinstudio --publish folder [scenario]` with this build's page; scenario None: the page alone."""
    env = dict(os.environ, COINSTUDIO_WEB_DIR=os.path.abspath(args.web))
    cmd = [args.app, "--publish", folder] + ([scenario] if scenario else [])
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    if r.returncode != 0:
        raise Failure("%s failed (%d): %s%s" % (" ".join(cmd), r.returncode, r.stdout, r.stderr))
    return folder


def held_in(args):
    return os.path.join(args.source_dir, "tests", "web", "data", "clinic-workshop", "clinic-workshop.toml")


def published_page(args):
    folder = publish(args, held_in(args), os.path.join(args.out_dir, "site"))
    server, url = serve(folder)
    return folder, server, url


def files_under(folder):
    out = []
    for root, _, names in os.walk(folder):
        for n in names:
            out.append(os.path.relpath(os.path.join(root, n), folder).replace(os.sep, "/"))
    return sorted(out)


# --- the tests ----------------------------------------------------------------------------------------------


def walk_matches_desktop(args, page):
    """Opens at its first step, looks like the desktop's picture of each step, walks by keys to the last."""
    folder, server, url = published_page(args)
    expected = sorted(["index.html", "coinstudio.js", "coinstudio.wasm", "coinstudio.data", "published.json",
                       "scenario/clinic-workshop.toml", "scenario/pictures/waiting-room.png"])
    if files_under(folder) != expected:
        raise Failure("the published folder holds %s, expected exactly %s" % (files_under(folder), expected))
    st, _ = page.open(url)
    st = page.wait(lambda s: s.get("scenario") == "web-clinic-workshop", 20, "the published scenario")
    if st["step"] != 0 or st["steps"] != 5 or st["screen"] != "workspace" or st["problems"]:
        raise Failure("the published page did not open at its first step: %s" % json.dumps(st))
    page.settle()
    check_like_desktop(args, page.shot("workspace-1.png"),
                       desktop_shot(args, held_in(args), 1, "desktop-workspace-1.png", view="workspace"),
                       "step 1, workspace")
    page.keys("F2")  # the audience view, as the room sees it
    page.wait(lambda s: s["screen"] == "audience", 10, "the audience view (F2)")
    scenario = held_in(args)
    for step in range(1, 6):
        st = page.state()
        if st["step"] != step - 1:
            raise Failure("expected step %d on stage, the page shows %s" % (step, json.dumps(st)))
        if st["contentNotePending"]:
            # A content note comes first, the stage hidden behind it (the desktop's pictures show the
            # step itself); Space goes on to the step.
            page.settle()
            page.shot("audience-%d-note.png" % step)
            page.keys("SPACE")
            page.wait(lambda s: not s["contentNotePending"], 10, "the content note to be passed (Space)")
        page.settle()
        check_like_desktop(args, page.shot("audience-%d.png" % step),
                           desktop_shot(args, scenario, step, "desktop-audience-%d.png" % step), "step %d" % step)
        if step < 5:
            page.keys("PAGE_DOWN")
            page.wait(lambda s, n=step: s["step"] == n, 10, "step %d after Page Down" % (step + 1))
    # Past the last step nothing moves on; Page Up goes back.
    page.keys("PAGE_DOWN")
    time.sleep(0.5)
    if page.state()["step"] != 4:
        raise Failure("Page Down on the last step moved to %s" % page.state()["step"])
    page.keys("PAGE_UP")
    page.wait(lambda s: s["step"] == 3, 10, "step 4 after Page Up")
    # F11: the browser's fullscreen, and back; leaving it the browser's way (Esc) tells the app.
    page.keys("F11")
    page.wait(lambda s: s["fullscreen"], 10, "fullscreen after F11")
    if not page.d.execute_script("return !!document.fullscreenElement"):
        raise Failure("F11: the app says fullscreen, the browser is not")
    page.d.execute_script("document.exitFullscreen()")
    page.wait(lambda s: not s["fullscreen"], 10, "the app out of fullscreen after the browser left it")
    page.keys("F11")
    page.wait(lambda s: s["fullscreen"], 10, "fullscreen after F11 again")
    page.keys("F11")
    page.wait(lambda s: not s["fullscreen"], 10, "out of fullscreen after F11")
    if page.d.execute_script("return !!document.fullscreenElement"):
        raise Failure("F11 again: the browser stayed fullscreen")
    # F5 (presenter mode) is the desktop app's: on the audience view the page says so in its own box.
    page.keys("F5")
    deadline = time.time() + 10
    while True:
        shown = page.d.execute_script("var n = document.getElementById('notice'); return n.hidden ? '' : n.textContent")
        if "desktop app" in shown:
            break
        if time.time() > deadline:
            raise Failure("F5 on the page: no notice saying presenter mode is in the desktop app (%r)" % shown)
        time.sleep(0.1)
    if page.state()["step"] != 3:
        raise Failure("F5 on the page moved the walkthrough: %s" % json.dumps(page.state()))
    server.shutdown()


def predict_then_reveal_in_french(args, page):
    """?lang=fr&step=2: the question in French; a choice clicked in the step's panel, then R reveals."""
    folder, server, url = published_page(args)
    page.open(url + "?lang=fr&step=2")
    st = page.wait(lambda s: s.get("scenario") == "web-clinic-workshop", 20, "the published scenario")
    if st["language"] != "fr" or st["step"] != 1:
        raise Failure("?lang=fr&step=2 did not open step 2 in French: %s" % json.dumps(st))
    page.settle()
    shot = page.shot("fr-2-workspace.png")
    at = words_at(shot, "structure", line_start=True)
    log("  clicking 'La structure' at %s" % (at,))
    page.click(*at)
    time.sleep(0.5)
    page.shot("fr-2-clicked.png")
    page.wait(lambda s: s["answer"] == 2, 10, "choice 2 ('La structure', clicked)")
    page.keys("F2")
    page.wait(lambda s: s["screen"] == "audience", 10, "the audience view (F2)")
    page.settle()
    check_like_desktop(args, page.shot("fr-2.png"),
                       desktop_shot(args, held_in(args), 2, "desktop-fr-2.png", lang="fr"), "step 2 in French")
    page.keys("r")
    page.wait(lambda s: s["answerRevealed"], 10, "the answer revealed (R)")
    page.settle()
    page.shot("fr-2-revealed.png")
    server.shutdown()


def words_at(screenshot, word, below=24, line_start=False):
    """Where `word` is on the screen (OCR), or `below` pixels under it; `line_start`: just left of the
    first word on its line (a choice's round button, left of its number). The workspace's panel text
    is small at 720 lines: the picture is read at three times its size, and again in black and white
    for light words on a coloured button."""
    big = screenshot.replace(".png", "-x3.png")
    for extra in ([], ["-colorspace", "Gray", "-negate", "-threshold", "55%"]):
        subprocess.run(["convert", screenshot, "-resize", "300%"] + extra + [big], check=True)
        r = subprocess.run(["tesseract", big, "-", "tsv"], capture_output=True, text=True)
        rows = [row for row in (l.split("\t") for l in r.stdout.splitlines()[1:]) if len(row) >= 12 and row[11].strip()]
        for row in rows:
            if word in row[11]:  # OCR may join a word to the next ("Lastructure")
                x, y, w, h = (int(v) // 3 for v in row[6:10])
                if line_start:
                    same_line = [int(o[6]) // 3 for o in rows if o[2:5] == row[2:5]]
                    return (min(same_line) - 10, y + h // 2)
                return (x + w // 2, y + h // 2 + (h // 2 + below if below else 0))
    raise Failure("%r is not on the screen (%s)" % (word, screenshot))


def reflection_survives_reload(args, page):
    """A reflection typed on the page is still there after the page is loaded again."""
    folder, server, url = published_page(args)
    page.open(url + "?step=3")
    page.wait(lambda s: s.get("scenario") == "web-clinic-workshop" and s["step"] == 2, 20, "step 3")
    page.settle()
    before = page.shot("reflection-before.png")
    page.click(*words_at(before, "change"))
    time.sleep(0.3)
    words = "Ramps at both doors"
    page.type_text(words)
    page.wait(lambda s: s["reflection"] == words, 10, "the typed reflection in the app")
    page.shot("reflection-typed.png")
    # The app writes a reflection after a pause in the typing; the page then copies it into the
    # browser's storage (IndexedDB) within a second and a half.
    time.sleep(4)
    page.d.refresh()
    page.wait(lambda s: s.get("framesDrawn", 0) > 0 and s.get("scenario") == "web-clinic-workshop", 30,
              "the page again after a reload")
    st = page.state()
    if st["step"] != 2:
        # Where the learner left off is offered back; the published page opens at its first step.
        page.keys("PAGE_DOWN", "PAGE_DOWN")
        st = page.wait(lambda s: s["step"] == 2, 10, "step 3 again")
    if st["reflection"] != words:
        stored = page.d.execute_script("return Module.coinstudioStoredFiles()")
        raise Failure("after a reload the reflection on step 3 is %r, not %r; the page's storage holds %s" %
                      (st["reflection"], words, stored))
    page.settle()
    page.shot("reflection-after-reload.png")
    # Settings → Export my reflections: a download (the page has no home folder to write into).
    downloads = os.path.join(args.out_dir, "downloads")
    os.makedirs(downloads)
    page.cdp("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    page.click(*words_at(page.shot("menu-closed.png"), "File", below=0))
    time.sleep(0.4)
    page.click(*words_at(page.shot("file-menu.png"), "Settings", below=0))
    time.sleep(0.6)
    page.click(*words_at(page.shot("settings.png"), "Export", below=0))
    deadline = time.time() + 15
    while not [n for n in os.listdir(downloads) if n.endswith(".md")]:
        if time.time() > deadline:
            raise Failure("Export my reflections: no download in %s (%s)" % (downloads, os.listdir(downloads)))
        time.sleep(0.2)
    name = [n for n in os.listdir(downloads) if n.endswith(".md")][0]
    text = open(os.path.join(downloads, name), encoding="utf-8").read()
    if words not in text:
        raise Failure("the downloaded reflections %s do not hold %r:\n%s" % (name, words, text))
    log("  Export my reflections: downloaded %s" % name)
    server.shutdown()


def save_nothing_keeps_nothing(args, page):
    """Settings → Save nothing: a reflection typed afterwards is gone after a reload, as on the desktop."""
    folder, server, url = published_page(args)
    page.open(url + "?step=3")
    page.wait(lambda s: s.get("scenario") == "web-clinic-workshop" and s["step"] == 2, 20, "step 3")
    page.settle()
    page.click(*words_at(page.shot("menu-closed.png"), "File", below=0))
    time.sleep(0.4)
    page.click(*words_at(page.shot("file-menu.png"), "Settings", below=0))
    time.sleep(0.6)
    page.click(*words_at(page.shot("settings.png"), "nothing", line_start=True))
    time.sleep(0.4)
    page.shot("save-nothing-ticked.png")
    page.keys("ESCAPE")
    time.sleep(0.4)
    page.settle()
    page.click(*words_at(page.shot("step-3.png"), "change"))
    time.sleep(0.3)
    words = "Not to be kept"
    page.type_text(words)
    page.wait(lambda s: s["reflection"] == words, 10, "the typed reflection in the app")
    time.sleep(4)
    stored = page.d.execute_script("return Module.coinstudioStoredFiles()")
    page.d.refresh()
    st = page.wait(lambda s: s.get("framesDrawn", 0) > 0 and s.get("scenario") == "web-clinic-workshop", 30,
                   "the page again after a reload")
    if st["reflection"]:
        raise Failure("with Save nothing on, the reflection %r came back after a reload (the page's storage held %s)" %
                      (st["reflection"], stored))
    page.settle()
    page.shot("after-reload.png")
    server.shutdown()


def malformed_drop_keeps_running(args, page):
    """A malformed scenario dropped on the page: its problems are listed, the page keeps running."""
    folder, server, url = published_page(args)
    page.open(url)
    page.wait(lambda s: s.get("scenario") == "web-clinic-workshop", 20, "the published scenario")
    bad = 'format = 1\nid = "broken"\ntitle = "Broken"\n\n[[step]]\ntitle = "One"\ncoins = ["racism"\n'
    page.d.execute_script("""
        const dt = new DataTransfer();
        dt.items.add(new File([arguments[0]], 'broken.toml', {type: 'text/plain'}));
        for (const type of ['dragenter', 'dragover', 'drop'])
            window.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
    """, bad)
    st = page.wait(lambda s: len(s.get("problems", [])) > 0, 15, "the dropped file's problems")
    if not any("broken.toml:7:" in p for p in st["problems"]):
        raise Failure("the problems do not name the file's line 7: %s" % st["problems"])
    page.settle()
    page.shot("malformed-dropped.png")
    # Still running: keys still move the scenario that was on stage.
    frames = page.state()["framesDrawn"]
    page.keys("F2", "PAGE_DOWN")
    st = page.wait(lambda s: s["framesDrawn"] > frames, 10, "a frame after a key press")
    # A good scenario dropped next opens.
    good = open(os.path.join(args.source_dir, "tests", "data", "walkthrough", "three-steps.toml"), encoding="utf-8").read()
    page.d.execute_script("""
        const dt = new DataTransfer();
        dt.items.add(new File([arguments[0]], 'three-steps.toml', {type: 'text/plain'}));
        window.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    """, good)
    page.wait(lambda s: s["scenario"] == "walkthrough-test" and s["step"] == 0 and not s["problems"], 15,
              "the good scenario dropped after it, at its first step")
    server.shutdown()


def open_from_device(args, page):
    """The page alone (published without a scenario): its start screen, then a scenario folder chosen
    with the browser's picker, pictures and all; the File menu's item opens that picker."""
    folder = publish(args, None, os.path.join(args.out_dir, "site"))
    if "published.json" in files_under(folder):
        raise Failure("--publish DIR without FILE wrote a published.json")
    server, url = serve(folder)
    st, _ = page.open(url)
    if st["scenario"] or st["steps"]:
        raise Failure("the page without a published scenario did not open at its start screen: %s" % json.dumps(st))
    page.settle()
    # File → "Open a scenario folder from this device…" asks the browser for its picker (counted here
    # instead of opening a dialog nobody can see in a headless browser).
    page.d.execute_script("""
        window.pickerAsked = [];
        for (const id of ['open-file', 'open-folder'])
            document.getElementById(id).addEventListener('click', e => { window.pickerAsked.push(id); e.preventDefault(); });
    """)
    page.click(*words_at(page.shot("start.png"), "File", below=0))
    time.sleep(0.4)
    page.click(*words_at(page.shot("file-menu.png"), "folder", below=0))
    deadline = time.time() + 10
    while page.d.execute_script("return window.pickerAsked.length") == 0:
        if time.time() > deadline:
            raise Failure("File → Open a scenario folder from this device… did not ask for the browser's picker")
        time.sleep(0.1)
    asked = page.d.execute_script("return window.pickerAsked")
    if asked != ["open-folder"]:
        raise Failure("the folder item asked for %s" % asked)
    # What the person chooses: the workshop's folder (the picker gives each file with its path in it).
    source = os.path.dirname(held_in(args))
    page.d.find_element("id", "open-folder").send_keys(os.path.abspath(source))
    st = page.wait(lambda s: s.get("scenario") == "web-clinic-workshop", 20, "the chosen folder's scenario")
    if st["step"] != 0 or st["problems"]:
        raise Failure("the chosen scenario did not open cleanly at its first step: %s" % json.dumps(st))
    page.keys("F2")
    page.wait(lambda s: s["screen"] == "audience", 10, "the audience view (F2)")
    page.settle()
    # Its picture (Ari's, in pictures/) came with it: the page looks like the desktop's step 1.
    check_like_desktop(args, page.shot("chosen-1.png"), desktop_shot(args, held_in(args), 1, "desktop-1.png"),
                       "step 1 of the chosen folder")
    server.shutdown()


def budgets(args, page):
    """The published page's size (gzip), its first frame, and no frames while nothing changes."""
    folder, server, url = published_page(args)
    total = 0
    for name in files_under(folder):
        with open(os.path.join(folder, name), "rb") as f:
            total += len(gzip.compress(f.read(), compresslevel=6))
    log("  published page: %.2f MB transferred with gzip" % (total / 1e6))
    if total > 6e6:
        raise Failure("the published page is %.2f MB with gzip; the budget is 6 MB" % (total / 1e6))
    st, _ = page.open(url)
    first = st["firstFrameMs"]
    log("  first frame: %.0f ms after the page started loading" % first)
    if first > 3000:
        raise Failure("the first frame came %.0f ms after load; the budget is 3000 ms" % first)
    page.wait(lambda s: s.get("scenario") == "web-clinic-workshop", 20, "the published scenario")
    frames = page.settle()
    time.sleep(3)
    idle = page.state()["framesDrawn"] - frames
    log("  frames drawn in 3 s with nothing changing: %d" % idle)
    if idle != 0:
        raise Failure("%d frames were drawn in 3 s while nothing changed" % idle)
    with open(os.path.join(args.out_dir, "budgets.json"), "w") as f:
        json.dump({"gzipBytes": total, "firstFrameMs": first, "idleFrames": idle}, f)
    server.shutdown()


TESTS = {f.__name__: f for f in (walk_matches_desktop, predict_then_reveal_in_french, reflection_survives_reload,
                                 save_nothing_keeps_nothing,
                                 malformed_drop_keeps_running, open_from_device, budgets)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--app")
    ap.add_argument("--web")
    ap.add_argument("--source-dir")
    ap.add_argument("--test")
    ap.add_argument("--out-dir")
    args = ap.parse_args()
    if args.list:
        print("\n".join(TESTS))
        return 0
    if not os.path.exists(os.path.join(args.web, "coinstudio.wasm")):
        log("web: no web build in %s: run ./web.sh first (./test.sh does)" % args.web)
        return 1
    shutil.rmtree(args.out_dir, ignore_errors=True)
    os.makedirs(args.out_dir)
    profile = os.path.join(args.out_dir, "profile")
    page = None
    try:
        page = Page(args.out_dir, profile)
        TESTS[args.test](args, page)
    except Failure as e:
        log("web.%s: FAILED: %s (pictures and logs in %s)" % (args.test, e, args.out_dir))
        return 1
    finally:
        if page:
            page.close()
    log("web.%s: passed" % args.test)
    return 0


if __name__ == "__main__":
    sys.exit(main())
