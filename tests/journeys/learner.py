"""Journeys of a learner walking through a scenario alone: keys, a question, reflections, resume,
French."""

import contextlib
import os
import time

from journey import JourneyFailure, journey, load_scenario, need, text_of

INTRO = "scenarios/01-introduction.toml"


class Intro:
    """What the built-in introduction shows, read from its file: the number of steps, the steps with a
    content note, the reflection prompts, step 1's question and its answer."""

    def __init__(self, j):
        steps = load_scenario(os.path.join(j.source_dir, INTRO))["step"]
        self.count = len(steps)
        self.notes = {n for n, s in enumerate(steps, 1) if s.get("content_note")}
        # the first words of each reflection prompt (a line of the step panel)
        self.reflections = {n: " ".join(text_of(s["reflect"]).split()[:6]) for n, s in enumerate(steps, 1)
                            if s.get("reflect")}
        q = steps[0]["question"]
        self.question = text_of(q["prompt"])
        self.answer = text_of(q["choices"][q["answer"] - 1])
        self.last_title = " ".join(text_of(steps[-1]["title"]).split()[:3])
        need(self.count >= 10 and 1 in self.notes and len(self.reflections) >= 2,
             "the introduction changed: these journeys want 10+ steps, a content note on step 1, two reflections")


def open_intro(j):
    intro = Intro(j)
    j.launch(os.path.join(j.source_dir, INTRO))
    j.wait_for_text("Content note")
    panel = j.step_panel()
    j.wait_step(1, intro.count, region=panel)
    return intro, panel


def go_to_step(j, intro, number, panel):
    """Digits then Enter jump to a step (the keyboard path of the walkthrough)."""
    j.key(*list(str(number)), "Return")
    j.wait_step(number, intro.count, region=panel)


def read_step(j, intro, number, panel):
    """Jumps to a step and, when it opens on a content note, goes on to the step itself."""
    go_to_step(j, intro, number, panel)
    if number in intro.notes:
        j.key("Right")


def saved_in_learner_data(j, word, timeout=10):
    """Waits until `word` is in a file of the learner data ($XDG_DATA_HOME/coinstudio); returns the files."""
    return j.poll(lambda: j.files_containing(word), timeout,
                  "%r was not written to the learner data under %s within %ds" % (word, j.user_data, timeout))


@journey()
def walkthrough(j):
    """Every step of the introduction by keys (Right and Page Down), content notes first, a question answered."""
    intro, panel = open_intro(j)
    j.key("Right")  # Next on a content note shows the step
    j.wait_for_text(intro.question, region=panel)
    need(j.find_text("Step 2 of %d" % intro.count, region=panel, exact=True) is None,
         "Next on the content note skipped step 1")
    j.click_choice(intro.answer, region=panel)
    j.wait_for_text(intro.answer + " — The answer", region=panel)  # the answer, marked in words
    j.wait_for_text("It matches the answer", region=panel)
    j.screenshot("answered")
    for number in range(2, intro.count + 1):
        j.key("Right" if number % 2 else "Next")  # Next is Page Down, what clickers send
        if number in intro.notes:
            j.wait_for_text("Content note", region=panel)
            j.wait_step(number, intro.count, region=panel)
            j.key("Right")
            j.wait_for_text("Content note", region=panel, gone=True)
        j.wait_step(number, intro.count, region=panel)
    j.wait_for_text(intro.last_title, region=panel)
    j.screenshot("last-step")
    j.key("Right")  # past the last step nothing happens
    j.wait_step(intro.count, intro.count, region=panel)
    j.quit()


@journey()
def reflection_and_resume(j):
    """Answer, two reflections (left with Esc and with a click), quit, reopen: resume, answer and words are back."""
    intro, panel = open_intro(j)
    first, second = sorted(intro.reflections)[:2]
    j.key("Right")
    j.click_choice(intro.answer, region=panel)
    j.wait_for_text("It matches the answer", region=panel)

    go_to_step(j, intro, first, panel)
    j.wait_for_text(intro.reflections[first], region=panel)
    j.click_reflection_box(region=panel)
    j.type("Pelican")
    j.key("Escape")  # gives the keys back; the words stay
    j.wait_settled()
    j.wait_for_text("Pelican", region=panel)
    saved_in_learner_data(j, "Pelican")
    j.key("Right")  # the keys step the walkthrough again
    j.wait_step(first + 1, intro.count, region=panel)

    read_step(j, intro, second, panel)
    j.wait_for_text(intro.reflections[second], region=panel)
    j.click_reflection_box(region=panel)
    j.type("Heron")
    j.click_text("Reflect", region=panel)  # a click elsewhere leaves the box
    j.wait_for_text("Heron", region=panel)
    saved_in_learner_data(j, "Heron")
    j.screenshot("reflections-written")
    j.quit()
    for word in ("Pelican", "Heron"):
        need(j.files_containing(word), "%r is not in the learner data after quitting" % word)

    j.launch(os.path.join(j.source_dir, INTRO))
    j.wait_for_text("You stopped at step %d" % second)
    j.click_text("Continue at step %d" % second)
    panel = j.step_panel()
    j.wait_step(second, intro.count, region=panel)
    j.wait_for_text("Heron", region=panel)
    go_to_step(j, intro, first, panel)
    j.wait_for_text("Pelican", region=panel)
    go_to_step(j, intro, 1, panel)
    if j.find_text("Content note", region=panel):
        j.key("Right")
    j.wait_for_text("It matches the answer", region=panel)
    j.screenshot("resumed")
    j.quit()


@journey()
def french(j):
    """Language → Français: the app's words, the scenario and the window title turn French."""
    j.launch(os.path.join(j.source_dir, INTRO))
    j.wait_for_text("Content note")
    j.click_text("Language")
    j.click_text("Français")
    j.wait_for_text("Fichier")
    j.wait_for_text("Avertissement de contenu")
    j.wait_for_text("Étape 1 sur %d" % Intro(j).count, exact=True)
    j.screenshot("french")
    # the title follows within a moment (it is set when the language changes)
    with contextlib.suppress(JourneyFailure):
        j.poll(lambda: "Introduction au modèle" in j.window_title(), 5, None)
    title = j.window_title()
    need("Introduction au modèle" in title and "Introduction to the coin model" not in title,
         "the window title is still %r after switching to French (expected the French title)" % title)
    j.quit()


@journey()
def open_by_typing_a_path(j):
    """File → Open…: a folder typed and Enter lists it; a file typed and Enter opens it."""
    path = j.copy_scenario("scenarios/02-ableism.toml", "workshop.toml")
    folder = os.path.dirname(path)
    j.launch()
    j.click_text("File")
    j.click_text("Open...")
    j.wait_for_text("Folder or file:")
    j.key("ctrl+a")
    j.type(folder)
    j.key("Return")
    j.wait_for_text("workshop.toml")  # the folder typed is listed
    j.screenshot("folder-listed")
    j.key("ctrl+a")
    j.type(path)
    j.key("Return")
    j.wait_for_text("Folder or file:", gone=True)
    j.wait_for_text("walkthrough discusses disability")  # the file typed is open: its content note
    j.screenshot("file-opened")
    j.quit()


@journey()
def keyboard_through_the_panels(j):
    """Tab moves into the panels (the palette first), Down and Enter place a structure, arrows stay in the
    panels; Esc gives the keys back to the walkthrough, and Right steps again."""
    intro, panel = open_intro(j)
    j.key("Right")  # the content note read: step 1, with racism on stage
    j.wait_for_text(intro.question, region=panel)
    # The stage: between the palette (the left sixth of the window) and the step panel.
    wx, wy, ww, wh = j.window_region()
    stage = (wx + ww // 5, wy, panel[0] - (wx + ww // 5), wh)
    j.wait_for_text("Racism", region=stage)
    need(j.find_text("Ableism", region=stage) is None, "ableism is already on stage on step 1")
    j.key("Tab")  # navigation starts in the palette, on its first structure
    j.key("Down", "Return")  # the next structure, placed with Enter
    j.wait_for_text("Ableism", region=stage)
    j.screenshot("placed-by-keys")
    j.key("Right")  # while navigating, arrows move through the panels: the walkthrough stays
    j.wait_settled()
    j.wait_step(1, intro.count, region=panel)
    j.key("Escape")  # the keys go back to the walkthrough
    j.key("Right")
    j.wait_step(2, intro.count, region=panel)
    j.screenshot("stepped-after-esc")
    j.quit()


@journey()
def regression_esc_keeps_reflection(j):
    """Esc after typing a reflection (once it is saved) keeps the app alive, the words on screen and on disk."""
    intro, panel = open_intro(j)
    j.key("Right")
    step = min(intro.reflections)
    read_step(j, intro, step, panel)
    j.click_reflection_box(region=panel)
    j.type("Kestrel")
    saved_in_learner_data(j, "Kestrel")  # written once the typing pauses
    j.key("Escape")
    j.wait_settled()
    j.wait_for_text("Kestrel", region=panel)
    time.sleep(2.5)  # the next save after Esc has run
    j.check_alive()
    need(j.files_containing("Kestrel"), "the reflection was erased from the learner data after Esc")
    j.quit()
    need(j.files_containing("Kestrel"), "the reflection is not in the learner data after quitting")


def window_fits(j):
    j.launch(os.path.join(j.source_dir, INTRO))
    x, y, w, h = j.window_geometry()
    fx, fy, _, _ = j.window_geometry(frame=True)  # the title bar above it
    sw, sh = j.size
    j.screenshot("window")
    need(fx >= 0 and fy >= 0 and x + w <= sw and y + h <= sh,
         "the window (%dx%d at %d,%d, its title bar from %d,%d) does not fit the %dx%d screen: part of it "
         "cannot be seen or reached" % (w, h, x, y, fx, fy, sw, sh))
    # and what is at its edges can be read: the menu at the top left, the step panel at the right
    j.wait_for_text("File")
    j.wait_for_text("Content note")
    j.wait_for_text("Next")
    j.quit()


@journey(size=(1280, 720))
def regression_window_fits_1280x720(j):
    """On a 1280 x 720 screen the window fits inside the screen (menu and step panel readable)."""
    window_fits(j)


@journey(size=(1024, 768))
def regression_window_fits_1024x768(j):
    """On a 1024 x 768 screen the window fits inside the screen (menu and step panel readable)."""
    window_fits(j)


@journey()
def reflection_survives_the_editor(j):
    """A reflection on the built-in introduction, then Ctrl+E and Ctrl+E (the editor previews a copy),
    quit, reopen: the reflection is still there, on screen and on disk."""
    intro = Intro(j)
    step = min(intro.reflections)
    j.launch()
    j.click_text("Introduction to the coin model")  # from the start screen: the built-in itself
    j.wait_for_text("Content note")
    panel = j.step_panel()
    j.key("Right")
    read_step(j, intro, step, panel)
    j.wait_for_text(intro.reflections[step], region=panel)
    j.click_reflection_box(region=panel)
    j.type("Osprey")
    j.click_text("Reflect", region=panel)  # a click elsewhere leaves the box
    saved_in_learner_data(j, "Osprey")
    j.key("ctrl+e")
    add = j.wait_for_text("Add step")
    j.key("ctrl+e")
    j.wait_for_text("Add step", gone=True, region=j.around(add))
    j.wait_for_text("Osprey", region=j.step_panel())  # back on stage with the file
    j.quit()
    need(j.files_containing("Osprey"), "the reflection was erased from the learner data after the editor was opened and closed")

    j.launch()
    j.click_text("Introduction to the coin model")
    j.wait_for_text("Content note")
    panel = j.step_panel()
    j.key("Right")
    read_step(j, intro, step, panel)
    j.wait_for_text("Osprey", region=panel)
    j.quit()


@journey()
def fault_inside_a_frame_keeps_the_app_running(j):
    """An exception inside a frame (injected by COINSTUDIO_INJECT_FAULT) never ends the app: a notice
    says so, a crash note is written, a reflection typed before it is kept, and the keys still work."""
    intro = Intro(j)
    step = min(intro.reflections)
    j.fault_expected = True
    j.extra_env["COINSTUDIO_INJECT_FAULT"] = "frame:3"
    j.launch(os.path.join(j.source_dir, INTRO))
    j.wait_for_text("Something went wrong")
    j.check_alive()
    need(any(_has(n, "drawing a frame") for n in j.crash_notes()), "no crash note says where the fault happened")
    panel = j.step_panel()
    j.key("Right")
    read_step(j, intro, step, panel)
    j.click_reflection_box(region=panel)
    j.type("Plover")
    saved_in_learner_data(j, "Plover")
    j.quit()


def _has(path, words):
    with open(path, errors="replace") as f:
        return words in f.read()
