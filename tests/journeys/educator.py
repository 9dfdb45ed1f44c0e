"""Journeys of an educator writing scenarios in the app's editor: a user's file, a built-in, a new one
from the template; undo/redo, saving with a backup, Save as, restore after a crash, reloads."""

import os
import re
import subprocess
import time

from journey import JourneyFailure, journey, need

MINIMAL = "tests/data/scenarios/valid/minimal.toml"  # one step with a plain-string title
INTRO = "scenarios/01-introduction.toml"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def first_step_title(path):
    """The plain-string title of a scenario file's first step (what the editor's Title field shows)."""
    m = re.search(r'^\[\[step\]\][^\[]*?^title = "([^"]+)"', read(path), re.M | re.S)
    need(m, "%s has no first step with a plain-string title" % path)
    return m.group(1)


def scenario_id(path):
    m = re.search(r'^id = "([^"]+)"', read(path), re.M)
    need(m, "%s has no id" % path)
    return m.group(1)


def open_in_editor(j, path):
    j.launch(path)
    j.key("ctrl+e")
    j.wait_for_text("Add step")
    j.wait_for_text("Close the editor")


def edit_field(j, label, current, new, leave="Return"):
    """Clicks into the text field under `label` that shows `current`, replaces its text by typing."""
    lab = j.wait_for_text(label)
    field = j.wait_for_text(current, near=(lab[0], lab[1] + 2 * lab[3]))
    need(field[1] > lab[1], "the field showing %r is not under the label %r" % (current, label))
    j.click(field[0] + field[2] // 2, field[1] + field[3] // 2)
    j.key("ctrl+a")
    j.type(new)
    if leave:
        j.key(leave)
    return field


def outline_region(j):
    """The editor's outline on the left: from its "Add step" button down."""
    add = j.wait_for_text("Add step")
    wx, wy, ww, wh = j.window_region()
    return (wx, add[1] - 4, add[0] - wx + 6 * add[2], wy + wh - add[1] + 4)


def save_as(j, folder, button="Save here", replace=False):
    """In the Save as question: click into the folder field, type at once, press the button. Returns
    what the field read before the button was pressed. replace: select what the field holds first."""
    label = j.wait_for_text("Folder to save the scenario in")
    field = j.below(label)
    j.click(*field, pause=0)  # and type straight away, as people do
    if replace:
        j.key("ctrl+a", pause=0)
    j.type(folder)
    j.wait_settled()
    band = (label[0] - 10, label[1] - 4, 900, field[1] - label[1] + 20)  # the label and the field
    words = j.ocr(region=band, mode="threshold")
    typed = " ".join(w.text for w in words if w.y > label[1] + label[3])
    j.click_text(button, near=(label[0], label[1] + 3 * label[3]))
    return typed


@journey()
def edit_user_file(j):
    """Ctrl+E on the user's own file: a new title, Add step, Ctrl+Z / Ctrl+Shift+Z, Ctrl+S writes it and a .bak."""
    path = j.copy_scenario(MINIMAL)
    original = read(path)
    open_in_editor(j, path)
    edit_field(j, "Title title", first_step_title(path), "Coins stand for structures")
    unsaved = j.wait_for_text("Unsaved changes")
    outline = outline_region(j)
    j.wait_for_text("1. Coins stand for structures", region=outline)
    j.click_text("Add step")
    j.wait_for_text("2. New step", region=outline)
    j.key("ctrl+z")
    j.wait_for_text("2. New step", region=outline, gone=True)
    j.key("ctrl+shift+z")
    j.wait_for_text("2. New step", region=outline)
    j.screenshot("edited")
    j.key("ctrl+s")
    j.wait_for_text("Comments in the file")  # the canonical form does not keep comments: asked once
    j.click_text("Save anyway")
    j.wait_for_text("Unsaved changes", gone=True, region=j.around(unsaved))
    j.screenshot("saved")
    j.poll(lambda: "Coins stand for structures" in read(path), 10, "the saved file lacks the new title")
    saved = read(path)
    need(len(re.findall(r"^\[\[step\]\]", saved, re.M)) == 2, "the saved file does not have 2 steps:\n" + saved)
    need(os.path.exists(path + ".bak"), "no %s.bak next to the saved file" % os.path.basename(path))
    need(read(path + ".bak") == original, "the .bak is not the file as it was before the save")
    check = subprocess.run([j.app, "--check", path], capture_output=True, text=True, env=j.app_env())
    need(check.returncode == 0, "coinstudio --check rejects what the editor saved: " + check.stderr)
    j.quit()


@journey()
def step_form_in_the_tables_order(j):
    """The step's form lists its fields in the order the file has them (Id first, above Title); an id typed
    into it is saved as the first key of its [[step]], and the file still checks."""
    path = j.copy_scenario(MINIMAL)
    open_in_editor(j, path)
    ident = j.wait_for_text("Id (keeps learners")
    title = j.wait_for_text("Title title")
    need(ident[1] < title[1], "the step's Id is not above its Title: %r, %r" % (ident, title))
    j.click(*j.below(ident))
    j.key("ctrl+a")
    j.type("coins-first")
    j.key("Return")
    j.wait_for_text("Unsaved changes")
    j.screenshot("id-typed")
    j.key("ctrl+s")
    j.wait_for_text("Comments in the file")
    j.click_text("Save anyway")
    j.poll(lambda: 'id = "coins-first"' in read(path), 10, "the saved file lacks the step's id")
    saved = read(path)
    need(re.search(r'^\[\[step\]\]\nid = "coins-first"\ntitle = "Racism is a coin"\n', saved, re.M),
         "the step's id is not the first key of its [[step]]:\n" + saved)
    check = subprocess.run([j.app, "--check", path], capture_output=True, text=True, env=j.app_env())
    need(check.returncode == 0, "coinstudio --check rejects what the editor saved: " + check.stderr)
    j.quit()


@journey()
def builtin_save_as_and_reopen(j):
    """Ctrl+E on a built-in scenario: the first save asks for a folder of one's own; the copy reopens with the change."""
    builtin = read(os.path.join(j.source_dir, INTRO))
    j.launch()  # the start screen lists the built-in scenarios
    j.click_text("Introduction to the coin model")
    j.wait_for_text("Content note")
    j.key("ctrl+e")
    j.wait_for_text("Add step")
    j.wait_for_text("A built-in scenario")
    edit_field(j, "Title title", "The coin is a structure", "A coin is a structure")
    unsaved = j.wait_for_text("Unsaved changes")
    folder = os.path.join(j.home, "my scenarios", "intro")
    j.key("ctrl+s")
    save_as(j, folder)
    saved = os.path.join(folder, "coin-intro.toml")
    try:
        j.poll(lambda: os.path.exists(saved), 10, None)
    except JourneyFailure:
        raise JourneyFailure("Save as did not write %s (in that folder: %s)" % (
            saved, os.listdir(folder) if os.path.isdir(folder) else "no folder"))
    need("A coin is a structure" in read(saved), "the saved copy lacks the new title")
    need(read(os.path.join(j.source_dir, INTRO)) == builtin, "the built-in file was changed")
    j.wait_for_text("Unsaved changes", gone=True, region=j.around(unsaved))
    j.quit()
    j.launch(saved)
    j.wait_for_text("Content note")
    j.key("Right")
    j.wait_for_text("A coin is a structure")
    j.quit()


@journey()
def crash_restore(j):
    """kill -9 during an unsaved edit: the next start offers to restore it, and the edit is back."""
    path = j.copy_scenario(MINIMAL)
    open_in_editor(j, path)
    edit_field(j, "Title title", first_step_title(path), "Survives a crash")
    j.wait_for_text("Unsaved changes")
    autosave = os.path.join(j.user_data, "autosave")
    j.poll(lambda: j.files_containing("Survives a crash", autosave), 20,
           "no autosave with the edit appeared in %s" % autosave)
    j.kill9()
    need("Survives a crash" not in read(path), "the file itself was changed without saving")
    j.launch(path)
    j.wait_for_text("Restore them?")
    j.screenshot("offer")
    discard = j.wait_for_text("Discard", exact=True)  # the question's buttons: Restore, Discard
    j.click_text("Restore", exact=True, near=(discard[0], discard[1]))
    j.wait_for_text("Survives a crash")
    j.wait_for_text("Unsaved changes")
    j.screenshot("restored")
    # quitting now asks about the unsaved changes: Don't save
    j.key("ctrl+q")
    j.wait_for_text("Don't save")
    j.expect_exit = True
    j.click_text("Don't save")
    j.wait_exit()


@journey()
def hot_reload_and_syntax_error(j):
    """The open file rewritten outside the app reloads (new title on screen); a syntax error is listed, the last good version stays."""
    path = j.copy_scenario(MINIMAL)
    j.launch(path)
    panel = j.step_panel()
    title = first_step_title(path)
    j.wait_for_text(title, region=panel)
    with open(path, "w", encoding="utf-8") as f:
        f.write(read(os.path.join(j.source_dir, MINIMAL)).replace(title, "Reloaded from disk"))
    j.wait_for_text("Reloaded from disk", region=panel, timeout=10)
    j.screenshot("reloaded")
    with open(path, "w", encoding="utf-8") as f:
        f.write('format = 1\nid = "broken"\ntitle = "Broken\n\n[[step]]\ntitle = "Never shown"\n')
    # FILE:LINE:COL: error: ... (OCR may drop the dot or read l as |)
    stem = re.escape(os.path.splitext(os.path.basename(path))[0])
    # 20 s: once (fresh-check, two journeys at once on 2 cores) the list was not read within 10 s.
    m, _ = j.wait_for_line(stem + r"\W?tom\S?\W?:(\d+):\d+:? ?error", timeout=20)
    need(m.group(1) == "3", "the problem is reported on line %s, not line 3" % m.group(1))
    j.screenshot("syntax-error")
    need(j.find_text("Reloaded from disk", region=panel), "the last good version is no longer on stage")
    need(j.find_text("Never shown") is None, "the broken version is shown")
    j.quit()


@journey()
def regression_esc_in_editor_field(j):
    """Esc in an editor text field keeps the typed text and the "Unsaved changes" state."""
    path = j.copy_scenario(MINIMAL)
    open_in_editor(j, path)
    edit_field(j, "Title title", first_step_title(path), "Escaped title", leave="Escape")
    j.wait_settled()
    j.check_alive()
    outline = outline_region(j)
    j.wait_for_text("1. Escaped title", region=outline)
    j.wait_for_text("Unsaved changes")
    lab = j.wait_for_text("Title title")
    j.wait_for_text("Escaped title", near=(lab[0], lab[1] + 2 * lab[3]))
    j.screenshot("after-esc")
    j.key("ctrl+s")
    j.click_text("Save anyway")
    j.poll(lambda: "Escaped title" in read(path), 10, "Ctrl+S after Esc did not save the typed title")
    j.quit()


@journey()
def regression_saveas_first_character(j):
    """Typing right after clicking into Save as…'s folder field keeps the first character: the file lands there."""
    path = j.copy_scenario(MINIMAL)
    open_in_editor(j, path)
    j.click_text("Save as...")
    folder = os.path.join(j.home, "saved", "abc")
    typed = save_as(j, folder)
    name = scenario_id(path) + ".toml"  # Save as writes <id>.toml
    target = os.path.join(folder, name)
    try:
        j.poll(lambda: os.path.exists(target), 10, None)
    except JourneyFailure:
        relative = os.path.join(j.home, folder.lstrip("/"), name)
        hint = " (it went to %s: the first character '/' was lost)" % relative if os.path.exists(relative) else ""
        raise JourneyFailure("Save as did not write %s%s; the folder field read %r" % (target, hint, typed))
    j.quit()


@journey()
def regression_ctrl_e_builtin_introduction(j):
    """Ctrl+E on the built-in introduction (opened from the start screen) opens the editor; the app lives."""
    j.launch()
    j.click_text("Introduction to the coin model")
    j.wait_for_text("Content note")
    j.key("ctrl+e")
    time.sleep(1)
    j.check_alive()
    j.wait_for_text("Add step")
    j.wait_for_text("1. The coin is a structure")
    j.screenshot("editor")
    add = j.wait_for_text("Add step")
    j.key("ctrl+e")  # and closes it again
    j.wait_for_text("Add step", gone=True, region=j.around(add))
    j.quit()


@journey()
def regression_ctrl_e_start_screen(j):
    """Ctrl+E on the start screen (nothing open) starts a new scenario from the template; the app lives."""
    j.launch()
    j.wait_for_text("Scenarios")
    j.key("ctrl+e")
    time.sleep(1)
    j.check_alive()
    j.wait_for_text("Add step")
    j.wait_for_text("A new scenario from the template")
    j.screenshot("new")
    j.quit()


@journey()
def regression_esc_right_after_typing(j):
    """Esc pressed straight after the last letter (one burst of events, as a fast typist or a loaded
    machine sends them) keeps that letter: the saved title is the whole word."""
    path = j.copy_scenario(MINIMAL)
    open_in_editor(j, path)
    lab = j.wait_for_text("Title title")
    field = j.wait_for_text(first_step_title(path), near=(lab[0], lab[1] + 2 * lab[3]))
    j.click(field[0] + field[2] // 2, field[1] + field[3] // 2)
    j.key("ctrl+a")
    j.trace("type 'Quick title' and Esc in one burst")
    j._run(["sh", "-c", "xdotool type --delay 1 'Quick title' && xdotool key Escape"], check=True)
    j.wait_settled()
    j.check_alive()
    j.key("ctrl+s")
    j.click_text("Save anyway")
    j.poll(lambda: 'title = "Quick title"' in read(path), 10,
           "the title saved after typing and Esc in one burst is not the whole word")
    j.quit()
