"""Journeys of a facilitator in front of a room: --present with and without a window manager, the
presenter's keys, F5's start screen, exporting pictures and handouts."""

import glob
import os
import time

from journey import JourneyFailure, journey, load_scenario, need, text_of

INTRO = "scenarios/01-introduction.toml"
# The screen against `coinstudio --screenshot` of the same step and size: mean absolute difference
# per channel (0..255). Both draw with Mesa; they match exactly here, the tolerance leaves room for
# a blinking cursor or a different Mesa build, far below what a wrong step (> 10) or a picture that
# does not fill the screen (> 15) gives.
TOLERANCE = 3.0


def intro(j):
    return os.path.join(j.source_dir, INTRO)


def steps_of_intro(j):
    return load_scenario(intro(j))["step"]


def title_words(step):
    """The first words of a step's title (one line on screen)."""
    return " ".join(text_of(step["title"]).split()[:4])


def page_down_to(j, number, at=1, note_pending=True):
    """Page Down, as a clicker sends it, from step `at` to step `number` as the room sees it: a content
    note takes one press of its own (step `at`'s too while it still shows)."""
    steps = steps_of_intro(j)
    notes = sum(1 for n in range(at + 1, number + 1) if steps[n - 1].get("content_note"))
    if note_pending and steps[at - 1].get("content_note"):
        notes += 1
    j.key(*["Next"] * ((number - at) + notes))
    j.wait_for_text(title_words(steps[number - 1]))
    return j.wait_settled()


def check_fills_screen_and_matches(j, image, step, label, ref=None):
    """The whole screen against `coinstudio --screenshot --step N --size WxH` (rendered once per step)."""
    w, h = j.size
    ref = ref or j.reference(label, "--step", str(step), "--size", "%dx%d" % (w, h), intro(j))
    j.compare_with_screenshot(label, image, ref, TOLERANCE)
    return ref


def quit_show(j, again="Ctrl+Q again"):
    """Ctrl+Q during a show asks first; Ctrl+Q again quits (`again`: the question's words)."""
    j.key("ctrl+q")
    j.wait_for_text(again)
    j.check_alive()
    j.expect_exit = True
    j.key("ctrl+q")
    j.wait_exit()


def present_keys(j):
    j.launch("--present", intro(j))
    j.wait_for_text("Content note")
    try:  # a window manager may take a moment to make it fullscreen
        j.poll(lambda: j.window_geometry() == (0, 0) + tuple(j.size), 5, None)
    except JourneyFailure:
        x, y, w, h = j.window_geometry()
        raise JourneyFailure("the audience window is at %d,%d %dx%d, not covering the %dx%d screen"
                             % (x, y, w, h, *j.size))
    img = page_down_to(j, 4)  # with the introduction's content notes on steps 1 and 4: 5 presses
    j.screenshot("step-4")
    ref = check_fills_screen_and_matches(j, img, 4, "step-4")

    j.key("b")  # black out
    black = j.wait_settled()
    need(j.is_black(black), "B did not black out the screen")
    j.key("b")  # any key returns, to the same step
    back = j.wait_settled()
    check_fills_screen_and_matches(j, back, 4, "step-4-after-blackout", ref)
    return back


@journey()
def present_with_wm(j):
    """--present on a desktop (openbox): Page Down to step 4 = --screenshot, B, R reveals, N notes (asks), Ctrl+Q asks."""
    present_keys(j)
    steps = steps_of_intro(j)
    quiz = next(n for n in range(4, len(steps) + 1) if steps[n - 1].get("question"))  # step 4 here
    if quiz > 4:
        page_down_to(j, quiz, at=4, note_pending=False)
    need(j.find_text("The answer", exact=True, modes=("grey", "threshold")) is None, "the answer shows before R")
    j.key("r")
    j.wait_for_text("The answer", exact=True)
    j.screenshot("revealed")
    j.key("n")
    j.wait_for_text("Show the presenter notes")
    j.key("n")  # N again = yes
    j.wait_for_text("Notes (never on the projector)")
    j.wait_for_text("Step %d of %d" % (quiz, len(steps)))
    j.screenshot("notes")
    quit_show(j)


@journey(wm=False)
def present_bare_x(j):
    """--present on bare X (no window manager): the show fills the screen and matches --screenshot; Ctrl+Q asks."""
    present_keys(j)
    quit_show(j)


@journey()
def f5_start_screen(j):
    """F5 in the workspace opens the present dialog; Start shows the audience view full screen, as --screenshot."""
    j.launch(intro(j))
    j.wait_for_text("Content note")
    j.key("F5")
    j.wait_for_text("Start the presentation")  # the dialog (its title bar reads poorly)
    j.wait_for_text("Display for the room")
    j.click_text("Start the presentation")
    j.poll(lambda: j.window_geometry() == (0, 0) + tuple(j.size), 10,
           "after Start the window does not cover the screen")
    j.wait_for_text("Content note")
    img = page_down_to(j, 1)  # the note read, step 1 as the room sees it
    check_fills_screen_and_matches(j, img, 1, "step-1")
    quit_show(j)


@journey()
def regression_f5_cancel_keeps_stage(j):
    """F5's scenario list: picking another scenario, then Cancel, leaves the open scenario on stage."""
    j.launch(intro(j))
    j.wait_for_text("Content note")
    before = j.wait_settled()
    title = j.window_title()
    j.key("F5")
    dialog = j.wait_for_text("Start the presentation")  # the dialog (its title bar reads poorly)
    # the scenario box of the dialog shows the open scenario: open its list and pick another
    j.click_text("Introduction to the coin model", near=(dialog[0], dialog[1] + 3 * dialog[3]))
    j.click_text("Intersections: many coins at once")
    j.wait_for_text("Intersections: many coins at once", near=(dialog[0], dialog[1] + 3 * dialog[3]))
    j.click_text("Cancel", near=(dialog[0], dialog[1] + 10 * dialog[3]))
    j.wait_for_text("Start the presentation", gone=True, region=j.around(dialog))
    after = j.wait_settled()
    j.screenshot("after-cancel")
    need(j.window_title() == title, "after Cancel the window title is %r, was %r" % (j.window_title(), title))
    need(j.find_text("Intersections") is None, "after Cancel the other scenario is on screen")
    path = os.path.join(j.out_dir, "before-f5.png")
    before.save(path)
    mad = j.mean_abs_diff(after, path)
    j.note("the screen after Cancel differs from before F5 by %.2f per channel" % mad)
    need(mad <= TOLERANCE, "after Cancel the screen differs from before F5 by %.2f per channel" % mad)
    j.quit()


@journey()
def export_handouts(j):
    """File → Export pictures and handouts…: a folder typed, 1280 x 720, every file written."""
    j.launch(intro(j))
    j.wait_for_text("Content note")
    folder = os.path.join(j.home, "exported", "intro")
    j.click_text("File")
    j.click_text("Export pictures and handouts")
    label = j.wait_for_text("Folder", exact=True)
    j.click(*j.below(label))
    j.key("ctrl+a")
    j.type(folder)
    j.key("Return")  # the folder is taken when the field is left
    j.click_text("1280 x 720")
    close = j.wait_for_text("Close", exact=True)  # the dialog's buttons: Export, Close
    j.click_text("Export", exact=True, near=(close[0], close[1]))
    expected = ["step-%03d.png" % n for n in range(1, len(steps_of_intro(j)) + 1)] + ["handout.html", "handout-notes.html"]

    def written():
        j.check_alive()
        return all(os.path.getsize(os.path.join(folder, f)) > 0 if os.path.exists(os.path.join(folder, f)) else False
                   for f in expected)
    try:
        j.poll(written, 90, None)
    except JourneyFailure:
        have = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        raise JourneyFailure("export did not write every file in %s within 90 s; there are: %s" % (folder, have))
    j.wait_for_text("Exported to")
    j.screenshot("exported")
    pictures = sorted(glob.glob(os.path.join(folder, "step-*.png")))
    need(len(pictures) == len(steps_of_intro(j)), "expected %d pictures, found %d" % (len(steps_of_intro(j)), len(pictures)))
    size = j._run(["identify", "-format", "%w %h", pictures[0]]).split()
    need(size == ["1280", "720"], "the pictures are %s, not 1280 x 720" % "x".join(size))
    with open(os.path.join(folder, "handout.html"), encoding="utf-8") as f:
        need("Introduction to the coin model" in f.read(), "handout.html lacks the scenario's title")
    j.quit()


@journey()
def room_at_rest_stays_the_rooms_picture(j):
    """A step at rest in a show: mouse moves redraw frames from the kept one and the screen stays the
    step's --screenshot; the next step is drawn at once; in the workspace, hovering a button (no click
    before) lights it and leaving puts the screen back as it was."""
    j.launch("--present", intro(j))
    j.wait_for_text("Content note")
    img = page_down_to(j, 4)
    ref = check_fills_screen_and_matches(j, img, 4, "step-4")
    w, h = j.size
    for x, y in ((w // 5, h // 4), (w // 2, h // 2), (4 * w // 5, 3 * h // 4), (w // 3, h - 40)):
        j.mouse_move(x, y)
        time.sleep(0.15)
    check_fills_screen_and_matches(j, j.wait_settled(), 4, "step-4-after-mouse", ref)
    img = page_down_to(j, 5, at=4, note_pending=False)
    check_fills_screen_and_matches(j, img, 5, "step-5")
    quit_show(j)

    j.launch(intro(j))
    j.wait_for_text("Content note")
    x, y, bw, bh = j.wait_for_text("Flip", exact=True)
    j.mouse_move(w - 5, h - 5)  # out of the window and in again, no click: the highlight follows the mouse
    before = j.wait_settled()
    j.mouse_move(x + bw // 2, y + bh // 2)
    lit = j.wait_for_change(before, min_bits=64)
    j.screenshot("hovered")
    j.mouse_move(w - 5, h - 5)
    j.poll(lambda: j.grab().differing_bits(before) <= 300, 5, "the screen did not go back after the hover")
    need(lit.differing_bits(before) >= 64, "hovering a button did not light it")
    j.quit()


@journey()
def crowded_stage_at_150_percent_in_french(j):
    """A show of the crowded test scene (four coins, three people with long names) in French, the text
    made larger with Ctrl + = to 150 %, as a facilitator does for the back of the room: the people
    stand as their initials and the legend names them; the screen is `--screenshot --text-scale 150`
    of the same step, at rest and after Page Down to the step where one of four coins is dismantled
    (the layout chosen for the settled step holds through the animation to the end)."""
    crowded = os.path.join(j.source_dir, "tests/data/scenes/crowded.toml")
    steps = load_scenario(crowded)["step"]

    def plain_word(step):
        """A word of the step's French title that OCR reads surely (no accents, not short)."""
        return next(w for w in text_of(step["title"], "fr").split() if len(w) >= 5 and w.isascii() and w.isalpha())

    w, h = j.size
    j.launch("--present", "--lang", "fr", crowded)
    j.wait_for_text(plain_word(steps[0]))
    j.key(*["ctrl+equal"] * 5)  # 100 % → 150 %, in steps of 10 %
    j.wait_for_text("Rahman-Okafor")  # the legend's "AR  Aisha Rahman-Okafor"
    ref = j.reference("crowded-1", "--step", "1", "--size", "%dx%d" % (w, h), "--lang", "fr", "--text-scale", "150",
                      crowded)
    # (Each text size is a new layout to choose, slow under a sanitizer: wait for the picture itself.)
    j.poll(lambda: j.mean_abs_diff(j.grab(), ref) <= TOLERANCE, 30, "the show never looked like the 150 % picture")
    j.compare_with_screenshot("crowded-1", j.wait_settled(), ref, TOLERANCE)
    j.key(*["Next"] * 4)
    j.wait_for_text(plain_word(steps[4]))
    ref = j.reference("crowded-5", "--step", "5", "--size", "%dx%d" % (w, h), "--lang", "fr", "--text-scale", "150",
                      crowded)
    j.poll(lambda: j.mean_abs_diff(j.grab(), ref) <= TOLERANCE, 30, "the dismantle never ended as its picture")
    j.compare_with_screenshot("crowded-5", j.wait_settled(), ref, TOLERANCE)
    quit_show(j, "de nouveau")
