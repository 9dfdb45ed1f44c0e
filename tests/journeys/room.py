"""Journeys of the live room: a show with `--present --room`, phones answering from a real browser
(headless Chromium through Selenium, with and without JavaScript) and from plain HTTP requests, the
audience view's card (the QR code, the address, the room's answers after R, nothing shown under five
answers), hostile requests refused, and nothing about a participant left on disk after the show.

The scenarios are written here, as an educator would write one, into the journey's own folder.
Needs, besides what every journey needs: Debian's chromium, chromium-driver, python3-selenium and
zbar-tools (zbarimg reads the QR code off a screen grab).
"""

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

from journey import JourneyFailure, journey, need

# The page's words and the card's (src/core/room/room_requests.cpp, src/core/ui_text.cpp).
# The card is narrow: its heading and privacy line may wrap (the French ones do), so the card's words
# are looked for line by line.
EN = dict(
    card="Answer on your phone", card_privacy=("Anonymous: no name, nothing", "kept."),
    answered="How the room answered", answers="answers", not_shown="Not shown",
    counted="Your answer was counted", anonymous="Anonymous", not_stored="is not stored",
    closed="answers to this question are closed", waiting="No question right now",
    send="Send my answer", title="Answer the question", again="Ctrl+Q again")
FR = dict(
    card="Répondez avec votre", card_privacy=("Anonyme : aucun nom, rien", "n'est conservé."),
    answered="Les réponses de la salle", answers="réponses", not_shown="Non affichées",
    counted="Votre réponse a été comptée", anonymous="Anonyme", not_stored="n'est pas conservée",
    closed="les réponses à cette question sont closes", waiting="Pas de question pour l'instant",
    send="Envoyer ma réponse", title="Répondre à la question", again="de nouveau")

SCENARIO_EN = '''# A check-in for a workshop on ableism: one question for the room, then a closing slide.
format = 1
id = "room-check-in"
title = "Checking in with the room"
languages = ["en"]

[[step]]
title = "Where does the problem sit?"
text = "Think of a clinic whose only entrance has stairs."
coins = ["ableism"]
notes = "Give people a minute to answer on their phones before pressing R."

[step.question]
prompt = "Where does the coin model locate the problem?"
choices = ["In people's bodies", "In the design of the entrance", "Nowhere at all"]
answer = 2
explain = "The stairs are the barrier: the structure, not the person."

[[step]]
title = "Thank you"
text = "Keep the entrance in mind for the rest of the day."
coins = []
'''

SCENARIO_FR = '''# Un tour de salle pour un atelier sur le capacitisme, en anglais et en français.
format = 1
id = "room-check-in-fr"
title = { en = "Checking in with the room", fr = "Un tour de salle" }
languages = ["en", "fr"]

# A welcome step: the room joins here, before the first question.
[[step]]
title = { en = "Welcome", fr = "Bienvenue" }
text = { en = "Scan the code: the questions of this session come to your phone.", fr = "Balayez le code : les questions de la séance arrivent sur votre téléphone." }
coins = ["ableism"]
join = true

[[step]]
title = { en = "Where does the problem sit?", fr = "Où est le problème ?" }
text = { en = "Think of a clinic whose only entrance has stairs.", fr = "Pensez à une clinique dont la seule entrée a des marches." }
coins = ["ableism"]

[step.question]
prompt = { en = "Where does the coin model locate the problem?", fr = "Où le modèle de la pièce situe-t-il le problème ?" }
choices = [
    { en = "In people's bodies", fr = "Dans le corps des personnes" },
    { en = "In the design of the entrance", fr = "Dans la conception de l'entrée" },
    { en = "Nowhere at all", fr = "Nulle part" },
]
answer = 2

[[step]]
title = { en = "Thank you", fr = "Merci" }
text = { en = "Keep the entrance in mind.", fr = "Gardez l'entrée en tête." }
coins = []
'''

# Packages the room journeys need beyond the others' (which the runner checks): program → package.
ROOM_TOOLS = {"chromium": "chromium", "chromedriver": "chromium-driver", "zbarimg": "zbar-tools"}


def need_room_tools():
    gone = sorted({pkg for tool, pkg in ROOM_TOOLS.items() if not shutil.which(tool)})
    try:
        import selenium  # noqa: F401  (Debian's python3-selenium; imported here so --list works without it)
    except ImportError:
        gone.append("python3-selenium")
    need(not gone, "the room journeys need these Debian packages, which are missing: %s (./test.sh installs "
                   "them; or apt-get install %s)" % (", ".join(gone), " ".join(gone)))


def write_scenario(j, text):
    """The educator's file, in the journey's temp folder but outside the app's HOME (so that finding its
    words under HOME afterwards would mean the app wrote them)."""
    folder = os.path.join(j.tmp, "course")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "check-in.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def room_address(j):
    """The address the app prints on stderr when the room opens."""
    def printed():
        j.check_alive()
        m = re.search(r"coinstudio: room open at (http://\S+)", j.app_output())
        return m.group(1) if m else None
    address = j.poll(printed, 15, "the app did not print \"coinstudio: room open at ...\"")
    m = re.fullmatch(r"(http://[^/]+)/([A-Za-z0-9]+)", address)
    need(m, "the printed room address %r is not http://ADDR:PORT/CODE" % address)
    return address, m.group(1), m.group(2)


def http(j, method, url, form=None, body=None):
    """One request as a phone sends it: (status, text of the reply). 4xx/5xx are answers, not errors."""
    data = body if body is not None else urllib.parse.urlencode(form).encode() if form is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
    j.trace("%s %s %s" % (method, url, (data or b"")[:120].decode(errors="replace")))
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def state(j, address, device):
    status, text = http(j, "GET", "%s/state?device=%s" % (address, device))
    need(status == 200, "GET /state for a phone answered %d: %s" % (status, text[:200]))
    return json.loads(text)


def new_device():
    """A device token as a page makes one: 16 to 64 of [A-Za-z0-9_-]."""
    return "jrny" + secrets.token_urlsafe(18)


def answer(j, address, device, question, choice, expect=200):
    status, text = http(j, "POST", address + "/answer",
                        dict(device=device, question=question, choice=str(choice), reply="json"))
    need(status == expect, "a phone's answer (choice %s) got %d, expected %d: %s" % (choice, status, expect, text[:200]))
    return json.loads(text)


def check_qr(j, address):
    """The card's QR code, read from the screen as a phone's camera would, is exactly the printed address."""
    path, _ = j.screenshot("qr-code")
    r = subprocess.run(["zbarimg", "-q", "--raw", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                       timeout=30)
    codes = r.stdout.split()
    need(codes == [address], "the QR code on screen reads %r, not the printed address %r (zbarimg exit %d; %s)"
         % (codes, address, r.returncode, os.path.basename(path)))


def check_not_found(j, origin, code):
    """Without the show's code the server answers nothing (404), whatever the path."""
    wrong = "".join("a" if c != "a" else "b" for c in code)  # as long as the code, every character off
    for path in ("/", "/wrongcode", "/" + wrong, "/%s/state?device=%s" % (wrong, new_device()),
                 "/page.js", "/" + code[:-1], "/" + code + "x", "/" + code.upper()):
        status, _ = http(j, "GET", origin + path)
        need(status == 404, "GET %s answered %d, not 404" % (path, status))
    status, _ = http(j, "POST", "%s/%s/answer" % (origin, wrong), dict(device=new_device(), question="q", choice="1"))
    need(status == 404, "POST to a wrong code's /answer answered %d, not 404" % status)


@contextlib.contextmanager
def browser(j, javascript=True):
    """A phone's browser: headless Chromium (with its own profile, outside the app's folders)."""
    need_room_tools()
    from selenium import webdriver
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=412,915",
              "--user-data-dir=" + os.path.join(j.browser_dir, "profile")):
        opts.add_argument(a)
    if not javascript:
        opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    j.trace("start Chromium (JavaScript %s)" % ("on" if javascript else "off"))
    # chromedriver started here and reached at 127.0.0.1: Selenium's own Service looks for it at
    # "localhost", which a system without /etc/hosts (a bare chroot) cannot resolve.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    service = subprocess.Popen(["/usr/bin/chromedriver", "--port=%d" % port,
                                "--log-path=" + os.path.join(j.out_dir, "chromedriver.log")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def listening():
            try:
                socket.create_connection(("127.0.0.1", port), 0.5).close()
                return True
            except OSError:
                need(service.poll() is None, "chromedriver ended at start (see chromedriver.log)")
                return False
        j.poll(listening, 20, "chromedriver did not listen on 127.0.0.1:%d" % port)
        driver = webdriver.Remote(command_executor="http://127.0.0.1:%d" % port, options=opts)
        driver.set_page_load_timeout(20)
        try:
            yield driver
        finally:
            with contextlib.suppress(Exception):
                with open(os.path.join(j.out_dir, "phone-page.html"), "w", encoding="utf-8") as f:
                    f.write(driver.page_source)
                driver.save_screenshot(os.path.join(j.out_dir, "phone-page.png"))
            driver.quit()
    finally:
        service.terminate()
        with contextlib.suppress(Exception):
            service.wait(timeout=10)


def page_text(driver):
    return driver.find_element("tag name", "body").text


def wait_page(j, driver, fn, timeout, message):
    """Polls the browser's page until fn(driver) is true (the page polls the show every 2 s)."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException

    def look():
        j.check_alive()
        try:
            return fn(driver)
        except (NoSuchElementException, StaleElementReferenceException):
            return None  # the page is being replaced (a form sent without JavaScript loads the reply)
        except WebDriverException as e:
            # The same, caught between two pages: Chromium names the node of the page just left.
            if "does not belong to the document" in str(e):
                return None
            raise
    try:
        return j.poll(look, timeout, None, interval=0.25)
    except JourneyFailure:
        raise JourneyFailure("%s within %ds; the phone's page reads: %s" % (message, timeout, page_text(driver)[:600]))


def answer_in_browser(j, driver, choice_words, words):
    """Taps the choice by its label, as a person does, then the send button; returns the page's device token."""
    labels = driver.find_elements("css selector", "label.choice")
    picked = [l for l in labels if l.text.strip() == choice_words]
    need(picked, "the phone's page has no choice %r; it has %r" % (choice_words, [l.text for l in labels]))
    j.trace("phone: tap %r" % choice_words)
    picked[0].click()
    radio = picked[0].find_element("css selector", "input[type=radio]")
    need(radio.is_selected(), "tapping the label %r did not select its radio button" % choice_words)
    button = driver.find_element("css selector", "button[type=submit]")
    need(button.text.strip() == words["send"], "the send button reads %r, not %r" % (button.text, words["send"]))
    button.click()
    wait_page(j, driver, lambda d: words["counted"] in d.find_element("id", "status").text, 10,
              "the page did not say %r after sending" % words["counted"])
    return driver.find_element("css selector", "input[name=device]").get_attribute("value")


# Reading the whole 1920 x 1080 screen in every OCR mode takes seconds, many more on a loaded machine
# (journeys run side by side): the card is looked for in the right half, then read where it is.
def right_half(j):
    """Where the card stands on the audience view: the right half of the window, above the bottom band."""
    x, y, w, h = j.window_region()
    return (x + w // 2, y, w - w // 2, int(h * 0.75))


def find_card(j, words):
    """The card's heading before the reveal (x, y, w, h)."""
    return j.wait_for_text(words["card"], region=right_half(j), timeout=30, modes=("grey", "faint", "threshold"))


def reveal(j, card, words):
    """R, as the facilitator presses it: waits for the picture to change, then for the card's new heading
    where the card is. Returns the card's region."""
    before = j.grab()
    j.key("r")
    j.wait_for_change(before)
    j.wait_settled()
    region = card_region(j, card)
    j.wait_for_text(words["answered"], region=region)
    return region


def changed_box(before, after, margin=24):
    """The box (x, y, w, h) around every pixel that differs between two screen grabs, with a margin."""
    stride = before.width * 3
    rows = [y for y in range(before.height) if before.rgb[y * stride:(y + 1) * stride] != after.rgb[y * stride:(y + 1) * stride]]
    if not rows:
        return None
    x0, x1 = before.width, 0
    for y in rows:
        a, b = before.rgb[y * stride:(y + 1) * stride], after.rgb[y * stride:(y + 1) * stride]
        first = next(i for i in range(len(a)) if a[i] != b[i]) // 3
        last = next(i for i in range(len(a) - 1, -1, -1) if a[i] != b[i]) // 3
        x0, x1 = min(x0, first), max(x1, last)
    x, y = max(0, x0 - margin), max(0, rows[0] - margin)
    return (x, y, min(before.width, x1 + margin) - x, min(before.height, rows[-1] + margin) - y)


def quit_show(j, words):
    """Ctrl+Q during a show asks first (its question read where it appeared on the screen); Ctrl+Q again
    quits, and the app ends by itself."""
    before = j.wait_settled()
    j.key("ctrl+q")
    j.wait_for_change(before)
    after = j.wait_settled()
    j.wait_for_text(words["again"], region=changed_box(before, after) or j.window_region())
    j.check_alive()
    j.expect_exit = True
    j.key("ctrl+q")
    j.wait_exit()


def card_region(j, heading_box):
    """The card on the audience view: from its heading to the right edge, down to the bottom band."""
    x, y, _, _ = heading_box
    return (max(0, x - 24), max(0, y - 16), j.size[0] - max(0, x - 24), int(j.size[1] * 0.6))


def bars(image, region, min_run=30):
    """The bars drawn in a part of the screen, top to bottom, as (top, bottom, length of the fill): bands of
    rows with a run of at least `min_run` white pixels side by side (a bar's fill; letters have no such
    long runs). Before R the QR code's white ground is one such band."""
    crop = image.crop(*region)
    w = crop.width
    found = []
    for y in range(crop.height):
        row = crop.rgb[y * w * 3:(y + 1) * w * 3]
        best = run = 0
        for x in range(0, w * 3, 3):
            run = run + 1 if min(row[x], row[x + 1], row[x + 2]) >= 230 else 0
            best = max(best, run)
        if best < min_run:
            continue
        if found and found[-1][1] == y - 1:
            found[-1] = (found[-1][0], y, max(found[-1][2], best))
        else:
            found.append((y, y, best))
    return found


def check_bars(j, image, region, counts, path):
    """One bar per choice, each as long as its count against the largest (within a few pixels)."""
    got = bars(image, region)
    name = os.path.basename(path)
    need(len(got) == len(counts), "%d bars on the card for %d choices (%s)" % (len(got), len(counts), name))
    longest = max(b[2] for b in got)
    for (top, bottom, length), count in zip(got, counts):
        want = longest * count / max(counts)
        need(abs(length - want) <= max(4, 0.06 * longest),
             "a bar for %d answers is %d px long, not about %d (the longest is %d; %s)" % (count, length, want, longest, name))


def check_card_privacy(j, heading, words):
    """The card's privacy line, under the address (on one line or two)."""
    region = card_region(j, heading)
    first = j.wait_for_text(words["card_privacy"][0], region=region)
    j.wait_for_text(words["card_privacy"][1], region=region, near=(first[0], first[1] + first[3]))


def card_reads(j, image, region, pattern):
    """Whether the card, read in any OCR mode, matches the regular expression (OCR glues a bar's edge to
    its "count · percent", so the words are matched loosely)."""
    for mode in j.OCR_MODES:
        if re.search(pattern, " ".join(w.text for w in j.ocr(image, region=region, mode=mode))):
            return True
    return False


def nothing_on_disk(j, secrets_):
    """No file the app could write (its HOME with the XDG folders in it, its runtime folder) holds any of
    the strings: the room's answers live in memory only."""
    folders = [j.home, os.path.join(j.tmp, "run")]
    files = sum(len(fs) for folder in folders for _, _, fs in os.walk(folder))
    for s in secrets_:
        for folder in folders:
            found = j.files_containing(s, folder)
            need(not found, "after the show, %s holds %r (something a phone sent or saw)" % (found, s))
    j.note("none of %d strings from the phones in the %d files under the app's HOME and runtime folders"
           % (len(secrets_), files))


def wait_show_fullscreen(j):
    """The window manager makes the show fullscreen a moment after it appears: the card is read once it is."""
    try:
        j.poll(lambda: j.window_geometry() == (0, 0) + tuple(j.size), 10, None)
    except JourneyFailure:
        raise JourneyFailure("the show's window is at %d,%d %dx%d, not covering the screen" % j.window_geometry())
    j.wait_settled()


def open_show(j, scenario_text, *extra):
    path = write_scenario(j, scenario_text)
    j.browser_dir = os.path.join(j.tmp, "phone")  # the phone's own folder, outside the app's HOME
    os.makedirs(j.browser_dir, exist_ok=True)
    j.launch("--present", "--room", "--room-bind", "127.0.0.1", *extra, path)
    address = room_address(j)
    wait_show_fullscreen(j)
    return address


def open_show_from_the_dialog(j, scenario_text):
    """As a facilitator turns the room on from the window: F5, tick "Room answers (phones)", Start. The
    room opens only then (every address of this computer: the printed one is reachable from here)."""
    path = write_scenario(j, scenario_text)
    j.browser_dir = os.path.join(j.tmp, "phone")
    os.makedirs(j.browser_dir, exist_ok=True)
    j.launch(path)
    j.key("F5")
    j.wait_for_text("Present to a room")
    j.wait_settled()
    need("room open at" not in j.app_output(), "the room opened before it was asked for")
    j.click_text("Room answers (phones)")
    j.wait_settled()
    j.click_text("Start the presentation")
    address = room_address(j)
    wait_show_fullscreen(j)
    return address


@journey()
def english_with_javascript(j):
    """The live room in English, a browser with JavaScript: 6 answers, R shows them as bars, nothing kept.

    --present --room on the educator's own scenario: the QR code is the printed address, wrong paths are
    404, a real browser answers by tapping a label, 5 more phones answer, hostile requests change
    nothing, R shows "6 answers" with bars, the page closes by itself, Page Down takes the card away,
    and after Ctrl+Q nothing a phone sent is on disk."""
    need_room_tools()
    address, origin, code = open_show(j, SCENARIO_EN)
    prompt = "Where does the coin model locate the problem?"
    choices = ["In people's bodies", "In the design of the entrance", "Nowhere at all"]
    heading = find_card(j, EN)
    check_card_privacy(j, heading, EN)
    # the address under the code, split after the port, as the room reads it to type it
    short = address[len("http://"):]
    j.wait_for_text(short[:short.index("/") + 1], region=card_region(j, heading), exact=True)
    # (the code read nearly: OCR takes a q for an a now and then; the QR code below is checked exactly)
    j.wait_for_text(code, region=card_region(j, heading))
    check_qr(j, address)
    check_not_found(j, origin, code)

    tokens = []
    with browser(j) as phone:
        j.trace("phone: open " + address)
        phone.get(address)
        need(phone.title == EN["title"], "the page's title is %r" % phone.title)
        need(phone.find_element("id", "prompt").text == prompt, "the page asks %r" % phone.find_element("id", "prompt").text)
        shown = [l.text.strip() for l in phone.find_elements("css selector", "label.choice")]
        need(shown == choices, "the page offers %r, not %r" % (shown, choices))
        mine = answer_in_browser(j, phone, choices[1], EN)
        text = page_text(phone)
        need(EN["anonymous"] in text and EN["not_stored"] in text,
             "after answering the page does not say it is anonymous and not stored: %s" % text[:400])
        tokens.append(mine)
        s = state(j, address, mine)
        question = s["question"]["id"]
        need(s["yours"] == 2 and s["question"]["choices"] == choices and s["revealed"] is False,
             "/state for the browser's device: %r" % s)

        # Five more phones: 6 answers, 1 / 4 / 1.
        for choice in (1, 2, 2, 3, 2):
            d = new_device()
            tokens.append(d)
            need(answer(j, address, d, question, choice)["result"] == "counted", "a phone's answer was not counted")

        # Hostile requests: each refused (4xx), none counted.
        fresh = new_device()
        tokens.append(fresh)
        body = urllib.parse.urlencode(dict(device=fresh, question=question, choice="1", pad="x" * 2048)).encode()
        hostile = [
            ("wrong question id", dict(device=fresh, question="q0123456789abcdef", choice="1")),
            ("choice 0", dict(device=fresh, question=question, choice="0")),
            ("choice 99", dict(device=fresh, question=question, choice="99")),
            ("choice -1", dict(device=fresh, question=question, choice="-1")),
            ("choice 2x", dict(device=fresh, question=question, choice="2x")),
            ("an answered phone's choice 99", dict(device=tokens[1], question=question, choice="99")),
            ("an answered phone's wrong question", dict(device=tokens[1], question="q" + "0" * 16, choice="3")),
            ("a device token too short", dict(device="short-token", question=question, choice="1")),
            ("a device token too long", dict(device="x" * 65, question=question, choice="1")),
            ("a device token with a blank", dict(device="jrny token with blanks", question=question, choice="1")),
        ]
        for what, form in hostile:
            for reply in ("json", "page"):
                status, text = http(j, "POST", address + "/answer", dict(form, reply=reply))
                need(400 <= status < 500, "%s (%s) answered %d, not 4xx: %s" % (what, reply, status, text[:200]))
        status, _ = http(j, "POST", address + "/answer", body=body)
        need(status == 413, "a 2 KiB answer answered %d, not 413" % status)
        status, _ = http(j, "POST", "%s/%s/answer" % (origin, "b" * len(code)), dict(device=fresh, question=question, choice="1"))
        need(status == 404, "an answer to a wrong code answered %d, not 404" % status)
        status, _ = http(j, "GET", address + "/answer")
        need(status == 405, "GET /answer answered %d, not 405" % status)
        status, _ = http(j, "GET", address + "/state?device=bad")
        need(status == 400, "/state with a bad device answered %d, not 400" % status)
        need(state(j, address, fresh)["yours"] is None, "a refused answer was kept for its device")
        need(state(j, address, tokens[1])["yours"] == 1, "a refused answer changed a phone's counted answer")

        region = reveal(j, heading, EN)
        j.wait_for_text("6 " + EN["answers"], region=region, exact=True)
        path, img = j.screenshot("room-answered")
        j.note("the room's answers on the audience view: %s" % path)
        # 1 / 4 / 1 of 6: one bar per choice, with "count · percent" beside it (17 %, 67 %, 17 %)
        check_bars(j, img, region, [1, 4, 1], path)
        for value in ("67", "17"):
            need(card_reads(j, img, region, r"(?<!\d)%s ?%%" % value),
                 "no \"%s%%\" beside a bar on the card (%s)" % (value, os.path.basename(path)))
        # Answers are closed: a late phone is refused, the count stays.
        late = new_device()
        tokens.append(late)
        answer(j, address, late, question, 1, expect=409)
        need(state(j, address, mine)["revealed"] is True, "/state does not say the answer is revealed")
        # the page follows the show by itself (it polls every 2 s)
        wait_page(j, phone, lambda d: EN["closed"] in d.find_element("id", "status").text
                  and not d.find_element("id", "choices").is_displayed(), 6,
                  "the phone's page did not close the answers")

        before = j.grab()
        j.key("Next")  # the last step, without a question: the card goes
        j.wait_for_change(before)
        j.poll(lambda: state(j, address, mine)["question"] is None, 5, "/state still has a question on a step without one")
        x, y, w, h = j.window_region()
        j.wait_for_text("Thank you", region=(x, y + h // 2, w // 2, h - h // 2))  # the title, bottom left
        img = j.wait_settled()
        for gone in (EN["card"], EN["answered"]):
            need(j.find_text(gone, image=img, region=right_half(j)) is None, "%r still shows on a step without a "
                 "question" % gone)
        wait_page(j, phone, lambda d: EN["waiting"] in d.find_element("id", "prompt").text, 6,
                  "the phone's page did not say there is no question")
        j.screenshot("no-question")

    quit_show(j, EN)
    nothing_on_disk(j, tokens + [code, question] + choices)


@journey()
def french_without_javascript(j):
    """The live room in French, a browser without JavaScript: 2 answers, R says they are not shown.

    --lang fr with the room, starting on a welcome step marked `join = true`: the card and its code show
    there, and the phone waits; then on the question, the page and the card in French, the plain form
    answers; with only 2 answers R shows "2 réponses" and "Non affichées", no bars; nothing kept."""
    need_room_tools()
    address, origin, code = open_show(j, SCENARIO_FR, "--lang", "fr")
    prompt = "Où le modèle de la pièce situe-t-il le problème ?"
    choices = ["Dans le corps des personnes", "Dans la conception de l'entrée", "Nulle part"]
    heading = find_card(j, FR)  # on the welcome step, which has no question: `join = true`
    j.wait_for_text("téléphone", region=card_region(j, heading))  # the heading's second line
    check_card_privacy(j, heading, FR)
    check_qr(j, address)

    with browser(j, javascript=False) as phone:
        phone.get(address)
        need(FR["waiting"] in page_text(phone), "on the welcome step the phone does not wait for a question: %s"
             % page_text(phone)[:300])
        before = j.wait_settled()
        j.key("Next")  # the question's step
        j.wait_for_change(before)
        j.wait_for_text("Où est le problème")
        heading = find_card(j, FR)
        phone.get(address)  # without JavaScript the page follows when reloaded
        need(phone.find_element("tag name", "html").get_attribute("lang") == "fr", "the page is not marked French")
        need(phone.title == FR["title"], "the page's title is %r, not %r" % (phone.title, FR["title"]))
        # the prompt as the phone shows it (French spacing: a no-break space before "?")
        shown_prompt = phone.find_element("id", "prompt").text.replace("\u00a0", " ").replace("\u202f", " ")
        need(shown_prompt == prompt, "the page asks %r" % shown_prompt)
        shown = [l.text.strip() for l in phone.find_elements("css selector", "label.choice")]
        need(shown == choices, "the page offers %r, not %r" % (shown, choices))
        need("Sans JavaScript" in page_text(phone), "the page does not say what to do without JavaScript")
        before = phone.current_url
        mine = answer_in_browser(j, phone, choices[0], FR)  # the form posts, the reply is a new page
        need(phone.current_url != before or "/answer" in phone.current_url,
             "the plain form did not load a reply page (%s)" % phone.current_url)
        text = page_text(phone)
        need(FR["anonymous"] in text and FR["not_stored"] in text, "the reply page lacks the privacy words: %s" % text[:400])
        s = state(j, address, mine)
        need(s["yours"] == 1, "/state for the browser's device: %r" % s)
        question = s["question"]["id"]
        other = new_device()
        answer(j, address, other, question, 2)

        region = reveal(j, heading, FR)
        j.wait_for_text("2 " + FR["answers"], region=region, exact=True)
        j.wait_for_text(FR["not_shown"], region=region)
        path, img = j.screenshot("room-not-shown")
        j.note("fewer than 5 answers on the audience view: %s" % path)
        need(not card_reads(j, img, region, r"\d ?%"), "a share is shown with only 2 answers (%s)" % os.path.basename(path))
        need(not bars(img, region), "bars are drawn with only 2 answers (%s)" % os.path.basename(path))
        # Without JavaScript the page does not follow: reloading it after R offers no choice any more and
        # says why, as the page with JavaScript does (checked after the rest, so a failure here still
        # leaves the show's end and the disk checked).
        phone.get(address)
        need(not phone.find_element("id", "choices").is_displayed(), "after R a reloaded page still offers the choices")
        reloaded = page_text(phone)
        phone.save_screenshot(os.path.join(j.out_dir, "phone-reloaded-after-r.png"))

    quit_show(j, FR)
    nothing_on_disk(j, [mine, other, code, question] + choices)
    need(FR["closed"] in reloaded, "after R the page without JavaScript, reloaded, offers no choice and does not say "
                                   "the answers are closed (%r); it reads: %s (phone-reloaded-after-r.png)"
         % (FR["closed"], reloaded[:500].replace("\n", " / ")))


@journey()
def changed_answer_counts_once(j):
    """The live room: a browser's answer changed before R counts once, with its last choice.

    The room turned on from the window (F5, "Room answers (phones)", Start). A phone's browser answers,
    then changes its answer before R: with 4 other phones the room counts 5 answers (not 6), its changed
    choice in the bars; after R a change is refused and its answer stays. The room closes with the show."""
    need_room_tools()
    address, origin, code = open_show_from_the_dialog(j, SCENARIO_EN)
    choices = ["In people's bodies", "In the design of the entrance", "Nowhere at all"]
    heading = find_card(j, EN)
    with browser(j) as phone:
        phone.get(address)
        mine = answer_in_browser(j, phone, choices[0], EN)
        question = state(j, address, mine)["question"]["id"]
        others = [new_device() for _ in range(4)]
        for device, choice in zip(others, (1, 1, 2, 2)):
            answer(j, address, device, question, choice)
        # changed on the same page, which sends its same device token (the status emptied first, so the
        # page's next "counted" is the change's)
        phone.execute_script("document.getElementById('status').textContent = ''")
        mine_again = answer_in_browser(j, phone, choices[2], EN)
        need(mine_again == mine, "the page changed its device token between two answers")
        s = state(j, address, mine)
        need(s["yours"] == 3, "after the change /state says the phone's answer is %r, not 3" % s["yours"])

        region = reveal(j, heading, EN)
        j.wait_for_text("5 " + EN["answers"], region=region, exact=True)
        path, img = j.screenshot("changed-counts-once")
        need(j.find_text("6 " + EN["answers"], image=img, region=region, exact=True) is None,
             "the changed answer counted twice (%s)" % os.path.basename(path))
        # 2 / 2 / 1 of 5 (40 %, 40 %, 20 %): the phone's first choice no longer holds it, its last one does
        check_bars(j, img, region, [2, 2, 1], path)
        for value in ("40", "20"):
            need(card_reads(j, img, region, r"(?<!\d)%s ?%%" % value),
                 "no \"%s%%\" beside a bar on the card (%s)" % (value, os.path.basename(path)))
        answer(j, address, mine, question, 2, expect=409)
        need(state(j, address, mine)["yours"] == 3, "a change after R moved the phone's answer")
    quit_show(j, EN)
    try:
        urllib.request.urlopen(address, timeout=3)
        raise JourneyFailure("the room's page still answered after the show ended")
    except (urllib.error.URLError, ConnectionError, OSError):
        pass
    nothing_on_disk(j, [mine, code, question] + others + choices)

