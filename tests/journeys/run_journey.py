#!/usr/bin/python3
"""Runs one real-window journey of Coin Model Studio (see journey.py).

  run_journey.py --app build/release/coinstudio --source-dir . --journey learner.walkthrough
  run_journey.py --list

Exit 0 when the journey passes; 1 when it fails (the screenshots, the app's output and its user
folders are kept in --out-dir, whose path is printed); 2 for a usage error; 3 when a tool the
journeys need is missing (./test.sh installs them).

Environment: JOURNEY_DISPLAY=:N runs on an existing X display (watch it; e.g. `Xephyr :5 -screen
1920x1080 &` then `DISPLAY=:5 openbox &`); JOURNEY_XEPHYR=1 starts a Xephyr window of the journey's
own size on your $DISPLAY instead of Xvfb; JOURNEY_KEEP=1 keeps the output of a passing journey;
JOURNEY_TIMEOUT_SCALE=N stretches every wait (set to 3 automatically for sanitizer builds).
"""

import argparse
import mmap
import os
import shutil
import signal
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import journey  # noqa: E402
import learner  # noqa: E402,F401  (registers its journeys)
import facilitator  # noqa: E402,F401
import educator  # noqa: E402,F401
import keeping  # noqa: E402,F401
import room  # noqa: E402,F401
import publisher  # noqa: E402,F401

TOOLS = {
    "Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool", "xprop": "x11-utils",
    "tesseract": "tesseract-ocr", "import": "imagemagick", "convert": "imagemagick", "compare": "imagemagick",
    "identify": "imagemagick",
}


def missing_tools():
    tools = dict(TOOLS)
    if os.environ.get("JOURNEY_XEPHYR"):
        tools["Xephyr"] = "xserver-xephyr"
    gone = sorted({pkg for tool, pkg in tools.items() if not shutil.which(tool)})
    if shutil.which("tesseract") and not os.path.exists("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata") \
            and not any(os.path.exists(p) for p in ("/usr/share/tesseract-ocr/4.00/tessdata/eng.traineddata",
                                                       "/usr/share/tessdata/eng.traineddata")):
        gone.append("tesseract-ocr-eng")
    return gone


def is_sanitized(app):
    """An AddressSanitizer build (its binary names __asan_init)."""
    try:
        with open(app, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(b"__asan_init") >= 0
    except (OSError, ValueError):
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--app", help="the coinstudio binary")
    ap.add_argument("--source-dir", default=os.path.dirname(os.path.dirname(HERE)), help="the source tree")
    ap.add_argument("--journey", help="the journey's name (see --list)")
    ap.add_argument("--out-dir", help="where to keep screenshots and logs (default: ./journey-output/NAME)")
    ap.add_argument("--list", action="store_true", help="print the journeys' names, one a line")
    a = ap.parse_args()

    if a.list:
        print("\n".join(sorted(journey.JOURNEYS)))
        return 0
    if not a.app or not a.journey:
        ap.error("--app and --journey are needed")
    if a.journey not in journey.JOURNEYS:
        print("run_journey: no journey %r; there are: %s" % (a.journey, ", ".join(sorted(journey.JOURNEYS))))
        return 2
    gone = missing_tools()
    if gone:
        print("run_journey: FAIL: the real-window journeys need these Debian packages, which are missing: %s.\n"
              "Run ./test.sh from the source tree (it installs them), or: apt-get install %s"
              % (", ".join(gone), " ".join(gone)))
        return 3
    if not os.access(a.app, os.X_OK):
        print("run_journey: FAIL: %s is not an executable (build the coinstudio target)" % a.app)
        return 3
    if is_sanitized(a.app) and "JOURNEY_TIMEOUT_SCALE" not in os.environ:
        os.environ["JOURNEY_TIMEOUT_SCALE"] = "3"

    spec = journey.JOURNEYS[a.journey]
    out = os.path.abspath(a.out_dir or os.path.join("journey-output", a.journey))
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    doc = (spec["fn"].__doc__ or "").strip().splitlines()
    print("journey %s: %s" % (a.journey, doc[0] if doc else ""), flush=True)
    print("  screen %dx%d, %s, app %s" % (spec["size"][0], spec["size"][1],
                                           "openbox" if spec["wm"] else "bare X (no window manager)", a.app))
    # ctest's TIMEOUT (or Ctrl+C) ends the runner: the X server, window manager and app still go.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("run_journey: stopped (SIGTERM)"))
    started = time.monotonic()
    failure = None
    try:
        with journey.Journey(a.journey, a.app, a.source_dir, out, size=spec["size"], wm=spec["wm"],
                             lang=spec["lang"]) as j:
            spec["fn"](j)
            # Whatever the journey did last, the app must not have died or reported an internal error.
            if j.proc is not None and j.proc.poll() is None:
                j.check_alive()
            elif j.proc is not None:
                j.check_output()
    except journey.JourneyFailure as e:
        failure = str(e)
    except Exception:  # a bug in the journey itself, or a tool that failed
        failure = "the journey stopped on an error:\n" + traceback.format_exc()
    took = time.monotonic() - started
    if failure:
        print("FAIL %s after %.1fs: %s" % (a.journey, took, failure))
        print("  screenshots, the app's output and its user folders: %s" % out)
        return 1
    print("PASS %s in %.1fs" % (a.journey, took))
    if not os.environ.get("JOURNEY_KEEP"):
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
