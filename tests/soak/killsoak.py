#!/usr/bin/env python3
"""The kill -9 soak: types into a real Byline window under Xvfb, saves or lets autosave run, kills
the window with SIGKILL at a random moment (mid-save too), and checks after every kill that the
article on disk is whole (the old text or one that was saved, byte for byte), that the library
folder holds no temporary file, and that the next start offers recovery whenever unsaved text
was older than the journal's delay.

  tests/soak/killsoak.py BUILD_DIR [--cycles 200] [--seed N] [--plant truncate|tempfile|journal]

--plant damages what a kill left, as a broken save or journal would (the article cut in half, a
temporary file beside it, the journal of unsaved text gone), to show that the soak notices: it
must then fail. Exit code: 0 clean, 1 a failure, 77 Xvfb or xdotool missing
(packaging/install-deps.sh --gui-probe installs them).
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

JOURNAL_DELAY = 2.0  # the recovery journal is at most this far behind the typing
JOURNAL_MARGIN = 1.0  # scheduling slack on a loaded machine
WORDS = ("harbour wall ferry tram council budget column editor morning evening quiet river street "
         "market reader letter promise winter summer bridge station weather garden paper").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 9))]
    return " ".join(words).capitalize() + rng.choice((". ", ", then ", ". "))


def typed_text(rng, length):
    text = ""
    while len(text) < length:
        text += sentence(rng)
        if rng.random() < 0.2:
            text = text.rstrip() + "\n\n"
    return text


class Typist(threading.Thread):
    """Types `text` into the focused window through the X server, as a keyboard would: Return for
    each line break (`xdotool type` would send Linefeed, which no editor takes as a new line)."""

    def __init__(self, env, text):
        super().__init__()
        self.env = env
        self.text = text
        self.stopped = threading.Event()

    def run(self):
        for number, line in enumerate(self.text.split("\n")):
            if self.stopped.is_set():
                return
            if number:
                subprocess.run(["xdotool", "key", "Return"], env=self.env)
            if line:
                subprocess.run(["xdotool", "type", "--delay", "12", line], env=self.env)

    def stop(self):
        self.stopped.set()
        self.join()


def big_article(size):
    head = "---\ntitle: The Long Manuscript\nauthor: Soak Test\ndate: 2024-03-01\nstatus: draft\n---\n\n"
    paragraph = ("The harbour wall took the weather all winter, and the council met about it every month. "
                 "Readers wrote letters; the editor printed the best of them on Saturdays.\n\n")
    parts = [head]
    chapter = 0
    total = len(head)
    while total < size:
        chapter += 1
        block = "## Chapter %d\n\n" % chapter + paragraph * 20
        parts.append(block)
        total += len(block)
    parts.append("The end, for now.\n")
    return "".join(parts)


class Display:
    def __init__(self):
        # A display of its own, far from the ones people and other test runs use.
        number = next(n for n in range(140, 400) if not os.path.exists("/tmp/.X%d-lock" % n)
                      and not os.path.exists("/tmp/.X11-unix/X%d" % n))
        self.name = ":%d" % number
        self.server = subprocess.Popen(["Xvfb", self.name, "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
                                       stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        env = dict(os.environ, DISPLAY=self.name)
        while subprocess.run(["xdotool", "getmouselocation"], env=env, capture_output=True).returncode != 0:
            if self.server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start on " + self.name)
            time.sleep(0.1)

    def close(self):
        self.server.terminate()
        self.server.wait()


class Soak:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.root = tempfile.mkdtemp(prefix="byline-soak-")
        self.library = os.path.join(self.root, "library")
        os.makedirs(self.library)
        self.env = dict(os.environ)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            self.env[name] = os.path.join(self.root, name.lower())
            os.makedirs(self.env[name], mode=0o700)
        self.env["QT_QPA_PLATFORM"] = "xcb"
        self.env["QT_LOGGING_RULES"] = "byline.ui.session.debug=true"
        self.env.pop("SESSION_MANAGER", None)
        self.recovery = os.path.join(self.env["XDG_DATA_HOME"], "Byline", "Byline", "recovery")
        self.settings = os.path.join(self.env["XDG_CONFIG_HOME"], "Byline", "Byline.conf")
        sample = os.path.join(args.source, "resources", "samples", "ovirt-at-last.md")
        self.articles = [os.path.join(self.library, "column.md"), os.path.join(self.library, "manuscript.md")]
        shutil.copyfile(sample, self.articles[0])
        with open(self.articles[1], "w", encoding="utf-8") as out:
            out.write(big_article(4 * 1024 * 1024))
        self.counts = dict(cycles=0, kills_mid_save=0, kills_while_typing=0, saves_landed=0,
                           recoveries_expected=0, recoveries_offered=0, recoveries_offered_unexpected=0,
                           recoveries_offered_same_as_file=0,
                           failures=0)
        self.failures = []
        self.planted = False
        self.last_cycle = None  # (article, its text before the cycle, the text typed)
        self.expect_recovery = None  # what the last kill left: True, False or None (too close to call)

    def fail(self, cycle, message):
        self.counts["failures"] += 1
        self.failures.append("cycle %d: %s" % (cycle, message))
        print("FAIL cycle %d: %s" % (cycle, message), flush=True)

    def xdotool(self, *arguments, check=False):
        result = subprocess.run(["xdotool", *arguments], env=self.env, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise RuntimeError("xdotool %s: %s" % (" ".join(arguments), result.stderr.strip()))
        return result.stdout.split()

    def set_autosave(self, seconds):
        os.makedirs(os.path.dirname(self.settings), exist_ok=True)
        lines = []
        if os.path.exists(self.settings):
            with open(self.settings, encoding="utf-8") as settings:
                lines = [line.rstrip("\n") for line in settings if not line.startswith("autosaveSeconds=")]
        if "[files]" not in lines:
            lines += ["", "[files]"]
        lines.insert(lines.index("[files]") + 1, "autosaveSeconds=%d" % seconds)
        with open(self.settings, "w", encoding="utf-8") as settings:
            settings.write("\n".join(lines) + "\n")

    def journal_entries(self):
        entries = []
        if not os.path.isdir(self.recovery):
            return entries
        for session in sorted(os.listdir(self.recovery)):
            folder = os.path.join(self.recovery, session)
            for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
                if name.endswith(".journal"):
                    with open(os.path.join(folder, name), encoding="utf-8") as journal:
                        entries.append(json.load(journal))
        return entries

    def session_folders(self):
        if not os.path.isdir(self.recovery):
            return 0, 0
        folders = [os.path.join(self.recovery, name) for name in os.listdir(self.recovery)
                   if name.startswith("session-")]
        empty = [f for f in folders if not any(n.endswith(".journal") for n in os.listdir(f))]
        return len(folders), len(empty)

    def start(self, cycle, article):
        log = open(os.path.join(self.root, "window.log"), "w+b")
        window = subprocess.Popen([self.args.byline, article], env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + 90
        main = dialog = None
        opened_at = None
        while time.monotonic() < deadline:
            if window.poll() is not None:
                raise RuntimeError("the window exited with %d" % window.returncode)
            if dialog is None:
                found = self.xdotool("search", "--onlyvisible", "--name", "^Recover unsaved text")
                dialog = found[0] if found else None
            if main is None:
                found = self.xdotool("search", "--onlyvisible", "--pid", str(window.pid), "--name", "Byline$")
                main = found[0] if found else None
            if opened_at is None:
                log.seek(0)
                if b"opened" in log.read():
                    opened_at = time.monotonic()
            # The offer is made right after the window shows; give it a second after the text is in.
            if main and opened_at and (dialog or time.monotonic() - opened_at > 1.0):
                break
            time.sleep(0.05)
        else:
            window.kill()
            window.wait()
            raise RuntimeError("the window did not open its article within 90 s")
        return window, log, main, dialog

    def answer_recovery(self, dialog):
        """Discards each offer (one a document) until none has come for a second; returns how many."""
        answered = 0
        quiet_since = time.monotonic()
        deadline = quiet_since + 30
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", "^Recover unsaved text")
            if not found:
                if time.monotonic() - quiet_since > 1.0:
                    return answered
                time.sleep(0.05)
                continue
            if found[0] != dialog or answered == 0:
                dialog = found[0]
                answered += 1
                self.xdotool("windowfocus", "--sync", dialog)
                self.xdotool("key", "--clearmodifiers", "alt+d")
            time.sleep(0.05)
            quiet_since = time.monotonic()
        return -1

    def in_flight_write(self, pid):
        """A file in the library open for writing by the window: a save under way."""
        try:
            descriptors = os.listdir("/proc/%d/fd" % pid)
        except OSError:
            return False
        for fd in descriptors:
            try:
                target = os.readlink("/proc/%d/fd/%s" % (pid, fd))
            except OSError:
                continue
            if target.startswith(self.library + "/") and target not in self.articles:
                return True
        return False

    def watch_title(self, main, stop, changes):
        """Records when the window's title gains or loses its modified mark."""
        modified = False
        while not stop.is_set():
            names = subprocess.run(["xdotool", "getwindowname", main], env=self.env, capture_output=True,
                                   text=True).stdout
            now_modified = "* — Byline" in names or names.startswith("*")
            if now_modified != modified:
                modified = now_modified
                changes.append((time.monotonic(), modified))
            time.sleep(0.05)

    def check_journal(self, cycle, entry):
        """An offered entry holds the text as typed: the article as it was, then some of the typing."""
        if self.last_cycle is None or entry["path"] != self.last_cycle[0]:
            return
        _article, before, typed = self.last_cycle
        if not (entry["text"].startswith(before) and typed.startswith(entry["text"][len(before):])):
            kept = os.path.join(self.root, "cycle-%d-journal" % cycle)
            with open(kept + ".text", "w", encoding="utf-8") as copy:
                copy.write(entry["text"])
            with open(kept + ".expected", "w", encoding="utf-8") as copy:
                copy.write(before + typed)
            self.fail(cycle, "the journal of %s holds text that was never typed" % os.path.basename(entry["path"]))

    def check_recovery_offer(self, cycle, dialog, before_start, article, old):
        expected = self.expect_recovery
        if expected:
            self.counts["recoveries_expected"] += 1
        if dialog:
            self.counts["recoveries_offered"] += 1
            if expected is False:
                self.counts["recoveries_offered_unexpected"] += 1
            for entry in before_start:
                self.check_journal(cycle, entry)
                if expected is False and os.path.exists(entry["path"]):
                    with open(entry["path"], "rb") as on_disk:
                        if on_disk.read() == entry["text"].encode("utf-8"):
                            self.counts["recoveries_offered_same_as_file"] += 1
            answered = self.answer_recovery(dialog)
            if answered < 0:
                self.fail(cycle, "the recovery offer did not go away on Discard")
            elif answered != len(before_start):
                self.fail(cycle, "%d documents had journals, %d were offered" % (len(before_start), answered))
        elif expected:
            self.fail(cycle, "unsaved text was older than the journal's delay at the kill, but no recovery was offered")

    def cycle(self, number):
        article = self.articles[number % 2]
        with open(article, "rb") as current:
            old = current.read()
        mode = self.rng.choice(self.args.modes)
        self.set_autosave(self.rng.randint(2, 4) if mode == "autosave" else 0)
        journal = self.journal_entries()
        window, log, main, dialog = self.start(number, article)
        self.check_recovery_offer(number, dialog, journal, article, old)
        self.offered = bool(dialog)
        self.xdotool("windowfocus", "--sync", main)
        self.xdotool("key", "--clearmodifiers", "ctrl+End")
        changes = []
        stop = threading.Event()
        watcher = threading.Thread(target=self.watch_title, args=(main, stop, changes))
        watcher.start()
        text = typed_text(self.rng, self.rng.randint(30, 140))
        started = time.monotonic()
        typist = None
        mid_save = False

        def type_all(piece):
            typist = Typist(self.env, piece)
            typist.start()
            typist.join()

        def save():  # without waiting for xdotool to exit: a small save is over by then
            keys = subprocess.Popen(["xdotool", "key", "--clearmodifiers", "ctrl+s"], env=self.env)
            helpers.append(keys)

        helpers = []

        if mode == "typing":
            typist = Typist(self.env, text)
            typist.start()
            time.sleep(self.rng.uniform(0.1, 6.0))
        elif mode == "autosave":
            type_all(text)
            time.sleep(self.rng.uniform(0.0, 6.0))
        elif mode == "save-then-type":
            half = len(text) // 2
            type_all(text[:half])
            save()
            helpers[-1].wait()  # Ctrl held while typing would be shortcuts: bold, links, headings
            time.sleep(self.rng.uniform(0.0, 0.5))
            typist = Typist(self.env, text[half:])
            typist.start()
            time.sleep(self.rng.uniform(0.0, 5.0))
        else:
            type_all(text)
            time.sleep(self.rng.uniform(0.0, 0.3))
            save()
            if mode == "save-mid":  # kill as soon as the save has its file open
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline and not mid_save:
                    mid_save = self.in_flight_write(window.pid)
            else:
                time.sleep(self.rng.uniform(0.0, 0.8))
        mid_save = mid_save or self.in_flight_write(window.pid)
        killed_at = time.monotonic()
        os.kill(window.pid, signal.SIGKILL)
        window.wait()
        stop.set()
        watcher.join()
        for helper in helpers:
            helper.wait()
        if typist:
            if typist.is_alive():
                self.counts["kills_while_typing"] += 1
            typist.stop()
        log.close()
        self.counts["cycles"] += 1
        if mid_save:
            self.counts["kills_mid_save"] += 1
        # Unsaved text older than the journal's delay must be offered next time; younger text may be.
        modified_since = None
        for at, modified in changes:
            if at > killed_at:  # a dead window has no title
                break
            modified_since = at if modified else None
        if modified_since is None:
            self.expect_recovery = False
        elif killed_at - modified_since >= JOURNAL_DELAY + JOURNAL_MARGIN:
            self.expect_recovery = True
        else:
            self.expect_recovery = None
        self.last_cycle = (article, old.decode("utf-8"), text)
        if self.args.verbose:
            print("  title marks %s, killed at %.2f s" % ([(round(at - started, 2), m) for at, m in changes],
                                                          killed_at - started))
        self.plant(number, article)
        self.check_disk(number, article, old, text.encode("utf-8"))
        return mode

    def plant(self, number, article):
        if self.args.plant == "journal" and self.expect_recovery and not self.planted:
            self.planted = True  # the unsaved text's journal is lost: no offer can follow
            for session in os.listdir(self.recovery):
                for name in os.listdir(os.path.join(self.recovery, session)):
                    if name.endswith(".journal"):
                        os.remove(os.path.join(self.recovery, session, name))
        if number != 3 or not self.args.plant:
            return
        if self.args.plant == "truncate":
            with open(article, "r+b") as damaged:
                damaged.truncate(os.path.getsize(article) // 2)
        elif self.args.plant == "tempfile":
            open(article + ".Xq1Zz9", "wb").close()

    def check_disk(self, number, article, old, typed):
        with open(article, "rb") as current:
            new = current.read()
        whole = new[:len(old)] == old and typed.startswith(new[len(old):])
        if not whole:
            kept = os.path.join(self.root, "cycle-%d-%s" % (number, os.path.basename(article)))
            with open(kept, "wb") as copy:
                copy.write(new)
            with open(kept + ".typed", "wb") as copy:
                copy.write(typed)
            self.fail(number, "%s is neither the old text nor a saved one (%d bytes, was %d, sha256 %s)"
                      % (os.path.basename(article), len(new), len(old), hashlib.sha256(new).hexdigest()[:16]))
        elif new != old:
            self.counts["saves_landed"] += 1
        leftovers = sorted(set(os.listdir(self.library)) - {os.path.basename(a) for a in self.articles})
        if leftovers:
            self.fail(number, "left in the library folder: %s" % ", ".join(leftovers))
            for name in leftovers:
                os.remove(os.path.join(self.library, name))
        if not whole:  # go on from a whole file, so one failure is reported once
            with open(article, "wb") as restored:
                restored.write(old)

    def final_start(self):
        """One more start, to see the last kill's recovery offer."""
        article = self.articles[self.counts["cycles"] % 2]
        with open(article, "rb") as current:
            old = current.read()
        journal = self.journal_entries()
        window, log, _main, dialog = self.start(self.counts["cycles"], article)
        self.check_recovery_offer(self.counts["cycles"], dialog, journal, article, old)
        os.kill(window.pid, signal.SIGKILL)
        window.wait()
        log.close()

    def run(self):
        display = Display()
        self.env["DISPLAY"] = display.name
        started = time.monotonic()
        try:
            for number in range(self.args.cycles):
                mode = self.cycle(number)
                if self.args.verbose:
                    print("cycle %d %s: recovery offered at start %s, expected at the next %s"
                          % (number, mode, self.offered, self.expect_recovery), flush=True)
                elif (number + 1) % 20 == 0:
                    print("%d cycles, %d failures" % (number + 1, self.counts["failures"]), flush=True)
            self.final_start()
        finally:
            display.close()
        folders, empty = self.session_folders()
        self.counts["session_folders_left"] = folders
        self.counts["empty_session_folders_left"] = empty
        self.counts["seconds"] = round(time.monotonic() - started)
        print("kill -9 soak: " + ", ".join("%s %s" % (k.replace("_", " "), v) for k, v in self.counts.items()))
        for failure in self.failures:
            print("  " + failure)
        if self.counts["failures"] == 0:
            shutil.rmtree(self.root)
        else:
            print("kept for a look: " + self.root)
        return 1 if self.counts["failures"] else 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build", help="the build folder (holds app/byline)")
    parser.add_argument("--cycles", type=int, default=int(os.environ.get("BYLINE_SOAK_CYCLES", "200")))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--plant", choices=("truncate", "tempfile", "journal"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--modes", type=lambda text: text.split(","),
                        default=["save-mid", "save-random", "autosave", "typing", "save-then-type"],
                        help="what cycles do, comma-separated (default: all, picked at random)")
    args = parser.parse_args()
    args.byline = os.path.join(os.path.abspath(args.build), "app", "byline")
    args.source = os.path.dirname(os.path.dirname(here))
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print("%s is missing: packaging/install-deps.sh --gui-probe installs it" % tool)
            return 77
    print("kill -9 soak: %d cycles, seed %d" % (args.cycles, args.seed), flush=True)
    return Soak(args).run()


if __name__ == "__main__":
    sys.exit(main())
