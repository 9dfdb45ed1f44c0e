"""Journeys of an educator publishing a scenario as a web page (File → Publish as web page…): the folder
typed, Publish, what lands in the folder; a folder holding someone else's page asks before replacing it."""

import json
import os
import shutil

from journey import journey, need

# A web build as ./web.sh leaves it; the page itself is not run here (the bytes only have to be copied).
WEB_FILES = ["index.html", "coinstudio.js", "coinstudio.wasm", "coinstudio.data"]

# A scenario of the journey's own, with a picture in a sub-folder. Words chosen to be read well by OCR.
COURSE = """format = 1
id = "harbour-course"
title = "Harbour course"

[[step]]
title = "Harbour lights"
text = "A first look at the coin."
coins = ["ableism"]
image = "images/harbour.png"
"""


def make_web_build(folder):
    os.makedirs(folder, exist_ok=True)
    for name in WEB_FILES:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write("web build: %s\n" % name)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def type_folder(j, folder):
    """Types `folder` into the dialog's folder field (the field is taken when Enter leaves it)."""
    label = j.wait_for_text("Folder", exact=True)
    j.click(*j.below(label))
    j.key("ctrl+a")
    j.type(folder)
    j.key("Return")


def click_publish(j):
    close = j.wait_for_text("Close", exact=True)  # the dialog's buttons: Publish, Close
    j.click_text("Publish", exact=True, near=(close[0], close[1]))


def wait_for_files(j, folder, names, timeout=20):
    def there():
        j.check_alive()
        return all(os.path.isfile(os.path.join(folder, n)) for n in names)
    j.poll(there, timeout, "publishing did not write %s into %s within %ds; there are: %s"
           % (", ".join(names), folder, timeout, sorted(os.listdir(folder)) if os.path.isdir(folder) else []))


@journey()
def publish_web_page(j):
    """File → Publish as web page…: a typed folder gets the web build, the scenario, its picture and
    published.json; a second folder holding someone's index.html asks first, and Replace replaces it."""
    web = os.path.join(j.tmp, "web-build")
    make_web_build(web)
    j.extra_env["COINSTUDIO_WEB_DIR"] = web
    course = os.path.join(j.home, "course")
    os.makedirs(os.path.join(course, "images"))
    shutil.copyfile(os.path.join(j.source_dir, "tests", "golden", "coin-top.png"),
                    os.path.join(course, "images", "harbour.png"))
    with open(os.path.join(course, "harbour-course.toml"), "w", encoding="utf-8") as f:
        f.write(COURSE)

    j.launch(os.path.join(course, "harbour-course.toml"))
    j.wait_for_text("Harbour lights")
    j.click_text("File")
    j.click_text("Publish as web page")
    j.wait_for_text("Publish as web page")  # the dialog's title
    site = os.path.join(j.home, "sites", "harbour")
    type_folder(j, site)
    click_publish(j)
    written = WEB_FILES + ["scenario/harbour-course.toml", "scenario/images/harbour.png", "published.json"]
    wait_for_files(j, site, written)
    j.wait_for_text("Published to")
    j.screenshot("published")
    for name in WEB_FILES:
        need(read_bytes(os.path.join(site, name)) == read_bytes(os.path.join(web, name)), "%s is not the web build's" % name)
    need(read_bytes(os.path.join(site, "scenario", "harbour-course.toml")) == COURSE.encode(),
         "the published scenario differs from the file")
    need(read_bytes(os.path.join(site, "scenario", "images", "harbour.png")) ==
         read_bytes(os.path.join(course, "images", "harbour.png")), "the published picture differs from the scenario's")
    with open(os.path.join(site, "published.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    need(manifest == {"format": 1, "scenario": "scenario/harbour-course.toml",
                      "files": ["scenario/harbour-course.toml", "scenario/images/harbour.png"],
                      "written": written},
         "published.json is %r" % manifest)
    everything = sorted(os.path.relpath(os.path.join(d, n), site) for d, _, ns in os.walk(site) for n in ns)
    need(everything == sorted(written), "the folder holds more than the publish: %s" % everything)

    # A folder with someone's own page in it: asked first, nothing written until Replace.
    other = os.path.join(j.home, "sites", "course-page")
    os.makedirs(other)
    theirs = b"<p>The course's own page</p>\n"
    with open(os.path.join(other, "index.html"), "wb") as f:
        f.write(theirs)
    type_folder(j, other)
    click_publish(j)
    j.wait_for_text("Replace them?")
    j.screenshot("asked")
    need(read_bytes(os.path.join(other, "index.html")) == theirs, "index.html was replaced without asking")
    need(not os.path.exists(os.path.join(other, "published.json")), "something was published before the answer")
    choose = j.wait_for_text("Choose another folder")
    j.click_text("Replace", exact=True, near=(choose[0], choose[1]))
    wait_for_files(j, other, written)
    need(read_bytes(os.path.join(other, "index.html")) == read_bytes(os.path.join(web, "index.html")),
         "Replace did not replace index.html")
    j.wait_for_text("Published to")
    j.quit()
