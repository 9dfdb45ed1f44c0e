"""Journeys where nothing a person wrote may be lost: reflections when a scenario's steps are inserted,
moved or removed (in a text editor or in the app's editor) and when its file moves between sessions;
exports that never replace a file; Save as beside someone else's pictures; two windows with untitled
drafts."""

import os
import re
import shutil
import signal
import struct
import time
import zlib

from journey import journey, need
from educator import edit_field, save_as
from learner import saved_in_learner_data

# Three steps without ids, each with its own reflection prompt: the learner data is keyed by what each
# step asks. Words chosen to be read well by OCR and not to appear anywhere else on screen.
SHORE_HEAD = """format = 1
id = "shore-walk"
title = "Shore walk"
"""


def shore_step(title, prompt, step_id=None):
    return ('\n[[step]]\n' + ('id = "%s"\n' % step_id if step_id else '') +
            'title = "%s"\ntext = "A walk along the shore."\ncoins = ["ableism"]\nreflect = "%s"\n' % (title, prompt))


TIDE = ("Tide pools", "Think about the tide pools")
DUNE = ("Dune grass", "Think about the dune grass")
MARSH = ("Salt marsh", "Think about the salt marsh")
ROCKS = ("Rock shelf", "Think about the rock shelf")


def write_shore(path, steps):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(SHORE_HEAD + "".join(shore_step(*s) for s in steps))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def go_to(j, number, count, panel):
    j.key(*list(str(number)), "Return")
    j.wait_step(number, count, region=panel)


def write_reflection(j, panel, prompt, words):
    j.wait_for_text(prompt, region=panel)
    j.click_reflection_box(region=panel)
    j.type(words)
    j.click_text("Reflect", region=panel)  # a click elsewhere leaves the box
    j.wait_for_text(words, region=panel)
    saved_in_learner_data(j, words)


def not_on_panel(j, panel, *words):
    j.wait_settled()
    for w in words:
        need(j.find_text(w, region=panel) is None, "%r is shown under a step it was not written on" % w)


@journey()
def steps_moved_in_a_text_editor_and_the_file_moved(j):
    """Reflections on steps 2 and 3; between sessions a text editor adds a first step and moves step 3 to the
    front, and the file is renamed into another folder: each reflection comes back under its own prompt.
    The step of one is then deleted while the app runs: it is listed in Settings and exported."""
    first = os.path.join(j.home, "course", "shore.toml")
    write_shore(first, [TIDE, DUNE, MARSH])
    j.launch(first)
    panel = j.step_panel()
    j.wait_step(1, 3, region=panel)
    go_to(j, 3, 3, panel)
    write_reflection(j, panel, MARSH[1], "Avocet")
    go_to(j, 2, 3, panel)
    write_reflection(j, panel, DUNE[1], "Bittern")
    j.quit()

    # Between sessions: a new first step, the marsh step moved up front, the file renamed elsewhere.
    moved = os.path.join(j.home, "moved here", "shore-renamed.toml")
    write_shore(moved, [ROCKS, MARSH, TIDE, DUNE])
    os.remove(first)
    j.launch(moved)
    panel = j.step_panel()
    j.wait_for_text("You stopped at step", region=panel)
    j.click_text("Start at step 1", region=panel)
    j.wait_step(1, 4, region=panel)
    j.wait_for_text(ROCKS[1], region=panel)
    not_on_panel(j, panel, "Avocet", "Bittern")
    go_to(j, 2, 4, panel)
    j.wait_for_text(MARSH[1], region=panel)
    j.wait_for_text("Avocet", region=panel)
    go_to(j, 3, 4, panel)
    j.wait_for_text(TIDE[1], region=panel)
    not_on_panel(j, panel, "Avocet", "Bittern")
    go_to(j, 4, 4, panel)
    j.wait_for_text(DUNE[1], region=panel)
    j.wait_for_text("Bittern", region=panel)
    j.screenshot("moved-and-renamed")

    # The dune step deleted while the app shows it: the stage clamps, the reflection is kept and listed.
    write_shore(moved, [ROCKS, MARSH, TIDE])
    j.wait_step(3, 3, region=panel, timeout=15)
    not_on_panel(j, panel, "Bittern")
    j.click_text("File")
    j.click_text("Settings...")
    j.click_text("From a step that no longer exists")  # the list opens like a tree node
    j.wait_for_text("Bittern")
    j.screenshot("settings-gone-step")

    # Export: someone's file of that name in the home folder is kept; the export goes beside it.
    theirs = os.path.join(j.home, "reflections-shore-walk.md")
    with open(theirs, "w", encoding="utf-8") as f:
        f.write("Notes someone else wrote.\n")
    j.click_text("Export my reflections")
    j.wait_for_text("Your reflections were saved to")
    need(read(theirs) == "Notes someone else wrote.\n", "the export replaced a file the app did not write")
    exports = [os.path.join(j.home, n) for n in os.listdir(j.home) if re.fullmatch(r"reflections-shore-walk.*\.md", n)]
    exports.remove(theirs)
    need(len(exports) == 1, "expected one new export beside the other file, found %s" % exports)
    text = read(exports[0])
    need("Avocet" in text and "Bittern" in text,
         "the export lacks a reflection (a kept one of a removed step must be there too):\n" + text)
    j.quit()


@journey()
def step_added_and_moved_in_the_app_keeps_reflections(j):
    """A reflection on step 2, then in the app's editor a step is added before it and it is moved down;
    saved and closed: the reflection is under its prompt, at its new number, and nowhere else."""
    path = os.path.join(j.home, "course", "shore.toml")
    write_shore(path, [TIDE, DUNE, MARSH])
    j.launch(path)
    panel = j.step_panel()
    go_to(j, 2, 3, panel)
    write_reflection(j, panel, DUNE[1], "Curlew")
    go_to(j, 1, 3, panel)
    j.key("ctrl+e")
    j.wait_for_text("Add step")
    j.click_text("1. " + TIDE[0])  # select step 1: Add step puts the new one after it
    j.click_text("Add step")
    j.wait_for_text("2. New step")
    j.click_text("3. " + DUNE[0])
    j.click_text("Move down")
    j.wait_for_text("4. " + DUNE[0])
    j.key("ctrl+s")
    j.poll(lambda: read(path).count("[[step]]") == 4, 10, "the editor did not save four steps")
    j.key("ctrl+e")
    j.wait_for_text("Add step", gone=True)
    panel = j.step_panel()
    go_to(j, 4, 4, panel)
    j.wait_for_text(DUNE[1], region=panel)
    j.wait_for_text("Curlew", region=panel)
    for number in (1, 2, 3):
        go_to(j, number, 4, panel)
        not_on_panel(j, panel, "Curlew")
    j.quit()
    files = [f for f in j.files_containing("Curlew") if not f.endswith(".bak")]  # .bak: the version before
    need(len(files) == 1 and read(files[0]).count("Curlew") == 1,
         "the reflection should be kept once, in one learner file: %s" % files)


def png(path, rgb, size=8):
    """A small one-colour PNG (written here so the journey needs no picture in the tree)."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)) +
                chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def save_as_from_menu(j):
    menu = j.click_text("File")
    j.wait_for_text("Save as...", near=(menu[0], menu[1] + 200))
    j.click_text("Save as...", near=(menu[0], menu[1] + 200))  # the menu's, not the editor's button


@journey()
def save_as_never_replaces_someone_elses_picture(j):
    """Save as into a folder that has a different picture of the same name: nothing is saved there and the
    picture is untouched; Save as into a new folder copies the picture along."""
    mine = os.path.join(j.home, "mine", "shore.toml")
    write_shore(mine, [TIDE, DUNE])
    with open(mine, "a", encoding="utf-8") as f:
        f.write('image = "images/tide.png"\n')  # a picture beside the last step
    png(os.path.join(j.home, "mine", "images", "tide.png"), (0, 114, 178))
    theirs_dir = os.path.join(j.home, "shared folder")
    theirs = os.path.join(theirs_dir, "images", "tide.png")
    png(theirs, (230, 159, 0))
    before = open(theirs, "rb").read()

    j.launch(mine)
    j.key("ctrl+e")
    j.wait_for_text("Add step")
    save_as_from_menu(j)
    save_as(j, theirs_dir)
    j.wait_for_text("There is already a different picture")
    need(open(theirs, "rb").read() == before, "Save as replaced someone else's picture")
    need(not os.path.exists(os.path.join(theirs_dir, "shore-walk.toml")), "Save as saved beside a clash it reported")
    j.screenshot("refused")
    j.key("Escape")
    fresh = os.path.join(j.home, "fresh folder")
    save_as_from_menu(j)
    save_as(j, fresh, replace=True)  # the field still holds the folder tried before
    j.poll(lambda: os.path.exists(os.path.join(fresh, "shore-walk.toml")), 10, "Save as into a new folder wrote nothing")
    need(open(os.path.join(fresh, "images", "tide.png"), "rb").read() ==
         open(os.path.join(j.home, "mine", "images", "tide.png"), "rb").read(), "the picture was not copied along")
    j.quit()


def session(j):
    return (j.proc, j.window, j.log_path)


def switch_to(j, s):
    j.proc, j.window, j.log_path = s
    j.xdotool("windowactivate", "--sync", j.window)
    j.wait_settled()


def new_draft(j, title):
    j.click_text("File")
    j.click_text("New scenario from template...")
    j.wait_for_text("Folder for the new scenario")
    j.wait_settled()  # the question finds its size and place in its first frames
    j.click_text("Create", exact=True)  # not "(created if missing)"
    j.wait_for_text("Add step")
    j.click_text("1. One coin, two faces")  # the template's first step
    edit_field(j, "Title title", "One coin, two faces", title)
    j.wait_for_text("Unsaved changes")
    autosave = os.path.join(j.user_data, "autosave")
    # The copy itself, not the atomic save's temporary file (".NAME.tmp-N") seen while it is written.
    j.poll(lambda: [f for f in j.files_containing(title, autosave) if ".tmp-" not in os.path.basename(f)], 20,
           "no autosave of %r appeared" % title)


@journey()
def two_windows_with_untitled_drafts(j):
    """Two windows at once, each with a new scenario never saved: each keeps its own autosave, neither is
    offered the other's while both run; after both are killed, both drafts are offered back in turn."""
    j.launch()
    new_draft(j, "Quokka draft")
    first = session(j)
    j.proc = None
    j.launch()
    second = session(j)
    time.sleep(1)
    need(j.find_text("Restore them?") is None, "a second window offered to restore the draft the first is still editing")
    new_draft(j, "Wombat draft")
    autosave = os.path.join(j.user_data, "autosave")
    def copies(title):
        return [f for f in j.files_containing(title, autosave) if ".tmp-" not in os.path.basename(f)]
    quokka, wombat = copies("Quokka draft"), copies("Wombat draft")
    need(len(quokka) == 1 and len(wombat) == 1 and quokka != wombat,
         "each window should keep its own copy: %s / %s" % (quokka, wombat))
    switch_to(j, first)
    edit_field(j, "Title title", "Quokka draft", "Quokka draft two")
    j.poll(lambda: j.files_containing("Quokka draft two", autosave), 20, "the first window's copy was not updated")
    # (An atomic save's temporary file, ".NAME.tmp-N", may exist for a moment beside a copy being rewritten.)
    now = [f for f in j.files_containing("Wombat draft", autosave) if ".tmp-" not in os.path.basename(f)]
    need(now == wombat, "the first window wrote over the second's copy: the second's draft was in %s, now in %s"
         % (wombat, now))
    # Both end badly (a power cut): kill -9.
    os.kill(second[0].pid, signal.SIGKILL)
    second[0].wait(timeout=10)
    j.kill9()

    found = []
    for _ in range(2):
        j.launch()
        j.wait_for_text("Restore them?")
        discard = j.wait_for_text("Discard", exact=True)
        j.click_text("Restore", exact=True, near=(discard[0], discard[1]))
        j.wait_for_text("Unsaved changes")
        title = "Quokka draft two" if j.find_text("Quokka draft two") else "Wombat draft"
        j.wait_for_text(title)
        found.append(title)
        folder = os.path.join(j.home, "saved", title.split()[0])
        j.key("ctrl+s")  # never saved: Save as asks for a folder
        save_as(j, folder)
        j.poll(lambda: any(title in read(os.path.join(folder, n)) for n in os.listdir(folder) if n.endswith(".toml"))
               if os.path.isdir(folder) else False, 10, "the restored draft was not saved in %s" % folder)
        j.quit()
    need(sorted(found) == ["Quokka draft two", "Wombat draft"], "both drafts should come back, got %s" % found)
    j.launch()
    time.sleep(1)
    need(j.find_text("Restore them?") is None, "a draft saved by the person is still offered")
    j.quit()
