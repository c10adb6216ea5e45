#!/usr/bin/env python3
"""Hostile inputs (issue 14), each run as a real `factcheck` command in a temporary folder.

    make hostile                                   # every case
    .venv/bin/python benchmarks/hostile.py --only fifo,dev-zero --keep

Each case builds its inputs (an empty file, binary data, UTF-16, one invalid UTF-8 byte,
broken JSONL, bad manifests, a FIFO, /dev/zero, files over --max-file-mb, a 4 MB and a 20 MB
article, HTML nested 5,000 deep, a file name that is not UTF-8, byte-identical copies, output
folders that cannot be written, a URL and a webhook on local servers that trickle, javascript:
URLs in JSONL), runs the command in a subprocess and prints one row: case, exit code, wall
seconds, peak memory of the run (MB: the command's ru_maxrss from os.wait4 in a small
launcher, its own process pool included) and whether the outcome was the expected one.
Expected means: the documented exit code, the clear message the case names (stdout +
stderr), no "Traceback", within the case's time and memory limits, and no half-written
report: the output folder holds every requested file or none of them, and no staging folder
or `.*.tmp` file is left. Some cases check the files too (the text of deep HTML kept, no
javascript: link written).

Exits 1 when any case misbehaves (each problem is printed under the table), else 0.
`tests/test_hostile.py` runs the quick cases in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACTCHECK = ROOT / ".venv" / "bin" / "factcheck"
SUMMIT = ROOT / "data" / "summit"
REPORT_FILES = {"html": "report.html", "pdf": "report.pdf", "json": "findings.json",
                "md": "report.md", "claimreview": "claimreview.jsonld"}  # fmt: skip
STORY = (
    "Springfield Herald\n\nFire crews worked through the night at the plant on the east side "
    "of the city, officials said on Tuesday. Nobody was hurt in the blaze.\n"
)


@dataclass
class Servers:
    """Local servers on 127.0.0.1 (threads): a page that trickles (tests/test_bounds.py's
    Trickle: /slow-body sends a byte every 0.1 s for a minute) and a webhook that trickles
    its answer."""

    pages: str = ""
    webhook: str = ""


@dataclass
class Case:
    name: str
    what: str
    # (work folder, servers) -> the command's arguments after `factcheck`
    setup: Callable[[Path, Servers], list[str]]
    exits: tuple[int, ...]
    says: tuple[str, ...] = ()
    # "all": every requested report file is written; "none": none is; None: not a report run
    report: str | None = "none"
    limit_s: float = 30.0
    limit_mb: float = 2048.0  # peak RSS: no runaway memory
    check: Callable[[Path], str | None] | None = None
    quick: bool = True  # run by tests/test_hostile.py too


@dataclass
class Outcome:
    case: str
    exit: int | None
    seconds: float
    peak_mb: float
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _report(inputs: list[str], *more: str, formats: str = "html,pdf,json") -> list[str]:
    return ["report", *inputs, "-o", "out", "--format", formats, "-q", *more]


def _story(work: Path, name: str = "story.txt") -> str:
    (work / name).write_text(STORY, "utf-8")
    return name


# ---------------------------------------------------------------- cases
def _empty(work: Path, _s: Servers) -> list[str]:
    (work / "empty.txt").write_bytes(b"")
    return _report(["empty.txt"])


def _binary(work: Path, _s: Servers) -> list[str]:
    (work / "binary.txt").write_bytes(bytes(range(256)) * 64)
    return _report(["binary.txt"])


def _utf16(work: Path, _s: Servers) -> list[str]:
    (work / "utf16.txt").write_bytes(STORY.encode("utf-16"))
    return _report(["utf16.txt"])


def _text_has(words: str) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        doc = json.loads((work / "out" / "findings.json").read_text("utf-8"))
        texts = " ".join(a.get("text", "") for a in doc["articles"])
        return None if words in texts else f"the article text lost {words!r}"

    return check


def _bad_byte(work: Path, _s: Servers) -> list[str]:
    lines = [f"Line {n} of the “plant” fire story, officials said on Tuesday." for n in range(40)]
    data = "\n".join(lines).encode("utf-8").replace(b"Line 7 of", b"Line 7 \x93of")
    (work / "badbyte.txt").write_bytes(b"Springfield Herald\n\n" + data)
    return _report(["badbyte.txt"], "--appendix", "full")


def _bad_byte_check(work: Path) -> str | None:
    html = (work / "out" / "report.html").read_text("utf-8")
    if "were not valid UTF-8" not in html:
        return "report.html has no note of the replaced byte"
    return _text_has("Line 7 “of")(work) or _text_has("the “plant” fire")(work)


def _broken_jsonl(work: Path, _s: Servers) -> list[str]:
    good = {"text": STORY.split("\n\n", 1)[1], "outlet": "Springfield Herald"}
    lines = [json.dumps(good), '{"text": "unterminated', "[1, 2", '"just a string"']
    (work / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return _report(["feed.jsonl"])


def _bad_manifest(work: Path, _s: Servers) -> list[str]:
    _story(work)
    (work / "manifest.toml").write_text('[[article]\nfile = "story.txt', "utf-8")
    return _report(["story.txt"], "--manifest", "manifest.toml")


def _manifest_escape(work: Path, _s: Servers) -> list[str]:
    folder = work / "in"
    folder.mkdir()
    _story(folder)
    (folder / "manifest.toml").write_text(
        '[[article]]\nfile = "../../../../../../../../etc/passwd"\noutlet = "X"\n', "utf-8"
    )
    return _report(["in"], "--manifest", "in/manifest.toml")


def _nothing_from(path: str) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        for f in (work / "out").glob("*") if (work / "out").is_dir() else []:
            if f.is_file() and path.encode() in f.read_bytes():
                return f"{f.name} holds {path}"
        return None

    return check


def _fifo(work: Path, _s: Servers) -> list[str]:
    os.mkfifo(work / "pipe.txt")
    folder = work / "in"
    folder.mkdir()
    _story(folder)
    os.mkfifo(folder / "another-pipe.txt")
    return _report(["pipe.txt", "in"])


def _dev_zero(_work: Path, _s: Servers) -> list[str]:
    return _report(["/dev/zero"])


def _over_limit(work: Path, _s: Servers) -> list[str]:
    (work / "dump.txt").write_text(STORY + "word " * 420_000, "utf-8")  # about 2 MB
    _story(work)
    return _report(["dump.txt", "story.txt"], "--max-file-mb", "1")


def _big(kb: int) -> Callable[[Path, Servers], list[str]]:
    def setup(work: Path, _s: Servers) -> list[str]:
        from bench_big_article import big_article

        # unique: no paragraph repeats, so ingest keeps the whole text (see big_article)
        (work / f"big-{kb}k.txt").write_text(big_article(kb, unique=True).text, "utf-8")
        limit = max(20, kb // 1000 + 5)  # the default limit is 20 MB: raised for 20 MB
        return _report([f"big-{kb}k.txt"], "--max-file-mb", str(limit))

    return setup


def _deep_html(work: Path, _s: Servers) -> list[str]:
    body = "<p>LISBON - The harbour reopened on Friday after the storm, the port authority said."
    page = "<html><body>" + "<div>" * 5000 + body + "</p>" + "</div>" * 5000 + "</body></html>"
    (work / "deep.html").write_text(page, "utf-8")
    return _report(["deep.html"])


def _non_utf8_name(work: Path, _s: Servers) -> list[str]:
    folder = work / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9-story.txt")).write_text(STORY, "utf-8")
    shutil.copy(sorted(SUMMIT.glob("*.txt"))[0], folder / os.fsdecode(b"\xff\xfe.txt"))
    return _report(["in"])


def _non_utf8_check(work: Path) -> str | None:
    doc = json.loads((work / "out" / "findings.json").read_text("utf-8"))
    shown = [a["source"] for a in doc["articles"]]
    return None if any("caf\ufffd-story" in s for s in shown) else f"sources shown as {shown}"


def _copies(work: Path, _s: Servers) -> list[str]:
    folder = work / "in"
    folder.mkdir()
    first = sorted(SUMMIT.glob("*.txt"))[0]
    for n in range(10):
        shutil.copy(first, folder / f"copy-{n}.txt")
    _story(folder)
    return _report(["in"])


def _copies_check(work: Path) -> str | None:
    doc = json.loads((work / "out" / "findings.json").read_text("utf-8"))
    if len(doc["articles"]) != 2:
        return f"{len(doc['articles'])} articles, not 2 (ten copies read once, and the story)"
    html = (work / "out" / "report.html").read_text("utf-8")
    return None if "read once" in html else "report.html does not say the copies were read once"


def _below_a_file(work: Path, _s: Servers) -> list[str]:
    _story(work)
    (work / "a-file").write_text("not a folder", "utf-8")
    return ["report", "story.txt", "-o", "a-file/out", "-q"]


def _under_proc(work: Path, _s: Servers) -> list[str]:
    _story(work)
    return ["report", "story.txt", "-o", "/proc/factcheck-hostile-out", "-q"]


def _trickling_url(_work: Path, servers: Servers) -> list[str]:
    return _report([servers.pages + "/slow-body"], "--fetch-deadline", "2")


def _trickling_webhook(work: Path, servers: Servers) -> list[str]:
    made = subprocess.run(
        [str(FACTCHECK), "report", str(SUMMIT), "-o", str(work / "rep"), "--format",
         "html,json", "-q"],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    if made.returncode not in (0, 3):
        raise RuntimeError(f"could not make the report to send: {made.stderr[-300:]}")
    return ["send", "rep", "--webhook", servers.webhook + "/hook", "--no-pdf", "--timeout", "0.5",
            "--retries", "1"]  # fmt: skip


def _javascript_urls(work: Path, _s: Servers) -> list[str]:
    body = STORY.split("\n\n", 1)[1]
    records = [
        {"text": body, "outlet": "A", "url": "javascript:alert(document.domain)",
         "title": "Fire </script><script>alert(1)</script>"},
        {"text": body.replace("Tuesday", "Wednesday"), "outlet": "B",
         "url": " JavaScript:alert(2)"},
    ]  # fmt: skip
    (work / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return _report(["feed.jsonl"], formats="html,json,claimreview")


def _urls_in(doc: object) -> Iterator[str]:
    """Every string under a key naming a link ("url", "sameAs", "@id") in a JSON document."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key in ("url", "sameAs", "@id") and isinstance(value, str):
                yield value
            else:
                yield from _urls_in(value)
    elif isinstance(doc, list):
        for value in doc:
            yield from _urls_in(value)


def _javascript_check(work: Path) -> str | None:
    # The report may *say* that a javascript: url was left out; it must never link one.
    html = (work / "out" / "report.html").read_text("utf-8")
    if re.search(r"(?i)\b(?:href|src|action)\s*=\s*[\"']?\s*javascript:", html):
        return "report.html links a javascript: URL"
    if "<script>alert(1)" in html:
        return "report.html holds the title's <script> unescaped"
    for name in ("findings.json", "claimreview.jsonld"):
        text = (work / "out" / name).read_text("utf-8")
        bad = [u for u in _urls_in(json.loads(text)) if not u.strip().lower().startswith("http")]
        if any(u.strip().lower().startswith("javascript:") for u in bad):
            return f"{name} links a javascript: URL"
    if "</script>" in (work / "out" / "claimreview.jsonld").read_text("utf-8"):
        return "claimreview.jsonld holds a raw </script>"
    return None


def _all_checks(*checks: Callable[[Path], str | None]) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        return next((p for c in checks if (p := c(work)) is not None), None)

    return check


CASES: list[Case] = [
    Case("empty-file", "an empty file", _empty, (1,), ("the file is empty",)),
    Case("binary", "binary data named .txt", _binary, (1,), ("not a text file",)),
    Case("utf-16", "a UTF-16 text with its BOM", _utf16, (0,), report="all",
         check=_text_has("Fire crews worked")),
    Case("invalid-utf8-byte", "one Windows-1252 byte in a UTF-8 file", _bad_byte, (0,),
         report="all", check=_bad_byte_check),
    Case("broken-jsonl", "JSONL: a good record, then three broken lines", _broken_jsonl, (1,),
         ("feed.jsonl#2: line is not JSON", "feed.jsonl#3", "covers the other 1 article"),
         report="all"),
    Case("bad-manifest", "a manifest that is not TOML", _bad_manifest, (1,),
         ("manifest.toml: malformed TOML",)),
    Case("manifest-escape", "a manifest entry ../../etc/passwd", _manifest_escape, (1,),
         ("lies outside the manifest's folder", "--allow-outside"),
         check=_nothing_from("root:x:0:0")),
    Case("fifo", "a FIFO given directly and one in a folder", _fifo, (1,),
         ("not a regular file (a FIFO)",), report="all", limit_s=60),
    Case("dev-zero", "/dev/zero given directly", _dev_zero, (1,),
         ("not a regular file (a device)",)),
    Case("over-max-file-mb", "a 2 MB file with --max-file-mb 1", _over_limit, (1,),
         ("dump.txt: too large: 2.0 MB, limit 1 MB", "--max-file-mb"), report="all", limit_s=60),
    Case("article-4mb", "a 4 MB article", _big(4000), (0, 3), report="all", limit_s=240,
         quick=False),
    Case("article-20mb", "a 20 MB article (--max-file-mb 25)", _big(20000), (0, 3),
         report="all", limit_s=600, limit_mb=4096, quick=False),
    Case("html-5000-deep", "HTML nested 5,000 deep", _deep_html, (0,), report="all",
         check=_text_has("The harbour reopened on Friday")),
    Case("non-utf8-name", "file names that are not UTF-8", _non_utf8_name, (0, 3),
         report="all", check=_non_utf8_check, limit_s=60),
    Case("identical-copies", "ten byte-identical copies and one story", _copies, (0, 3),
         report="all", check=_copies_check, limit_s=60),
    Case("output-below-a-file", "-o a-file/out", _below_a_file, (1,),
         ("cannot write the report into a-file/out: a part of that path is a file",)),
    Case("output-under-proc", "-o /proc/...", _under_proc, (1,),
         ("cannot write the report into /proc/factcheck-hostile-out",)),
    Case("trickling-url", "a page at a byte every 0.1 s, --fetch-deadline 2", _trickling_url,
         (1,), ("took longer than 2 s", "--fetch-deadline"), limit_s=15),
    Case("trickling-webhook", "send to a webhook answering a byte every 0.3 s",
         _trickling_webhook, (1,), ("did not answer within",), report=None, limit_s=20),
    Case("javascript-urls", "javascript: URLs and </script> in JSONL", _javascript_urls, (0, 1),
         report="all", check=_javascript_check),
]  # fmt: skip


# ---------------------------------------------------------------- servers
class _TrickleHook(BaseHTTPRequestHandler):
    """A webhook that reads the POST, then answers a byte every 0.3 s (each read of the
    sender's stays under its timeout; only a whole-request deadline stops it)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        for _ in range(1000):
            try:
                self.wfile.write(b"x")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.3)

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def servers() -> Iterator[Servers]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_bounds import Trickle  # the suite's trickling page server

    running = []
    for handler in (Trickle, _TrickleHook):
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
        running.append(httpd)
    try:
        yield Servers(*(f"http://127.0.0.1:{h.server_address[1]}" for h in running))
    finally:
        for httpd in running:
            httpd.shutdown()
            httpd.server_close()


# ---------------------------------------------------------------- running
# The command runs under this small launcher, which forks it, waits for it with os.wait4 and
# writes its peak RSS (KB) to a file: the peak of a child forked straight from this script
# would count this script's own memory (a forked child's high-water mark starts at its
# parent's resident size, and this script holds the 20 MB article it wrote).
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_pid, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def _wait(
    proc: subprocess.Popen[bytes], hard_s: float, peak_file: Path
) -> tuple[int | None, float]:
    """Wait for the launcher; kill its process group after ``hard_s`` seconds (exit None).
    Returns the command's exit code and peak RSS in MB."""
    try:
        code: int | None = proc.wait(timeout=hard_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        code = None
    try:
        peak = int(peak_file.read_text("ascii")) / 1024
    except (OSError, ValueError):
        peak = 0.0
    return code, peak


def run_case(case: Case, work: Path, servers: Servers) -> Outcome:
    """Run one case in ``work`` (an empty folder) and judge its outcome."""
    args = case.setup(work, servers)
    out_dir = work / "out"
    if "-o" in args:
        given = Path(args[args.index("-o") + 1])
        out_dir = given if given.is_absolute() else work / given
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FACTCHECK_DEBUG", None)
    env.pop("FACTCHECK_WEBHOOK", None)
    with open(work / ".stdout", "wb") as so, open(work / ".stderr", "wb") as se:
        started = time.monotonic()
        peak_file = work / ".peak-kb"
        proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(peak_file), str(FACTCHECK), *args], cwd=work,
            stdout=so, stderr=se, stdin=subprocess.DEVNULL, env=env, start_new_session=True,
        )  # fmt: skip
        code, peak = _wait(proc, max(3 * case.limit_s, case.limit_s + 60), peak_file)
        seconds = time.monotonic() - started
    said = (work / ".stdout").read_text("utf-8", "replace") + (work / ".stderr").read_text(
        "utf-8", "replace"
    )
    outcome = Outcome(case.name, code, seconds, peak)
    problems = outcome.problems
    if code is None:
        problems.append(f"killed after {max(3 * case.limit_s, case.limit_s + 60):g} s")
    elif code not in case.exits:
        problems.append(f"exit {code}, expected {' or '.join(map(str, case.exits))}")
    if seconds > case.limit_s:
        problems.append(f"took {seconds:.1f} s, limit {case.limit_s:g} s")
    if peak > case.limit_mb:
        problems.append(f"peak memory {peak:.0f} MB, limit {case.limit_mb:g} MB")
    if "Traceback" in said:
        problems.append("a traceback reached the user")
    problems += [f"does not say {text!r}" for text in case.says if text not in said]
    if case.report is not None:
        problems += _half_written(args, out_dir, case.report)
    if not problems and case.check is not None and (found := case.check(work)):
        problems.append(found)
    if problems:
        problems.append("output: " + " | ".join(said.strip().splitlines()[-4:])[:400])
    return outcome


def _half_written(args: list[str], out_dir: Path, expected: str) -> list[str]:
    formats = args[args.index("--format") + 1].split(",") if "--format" in args else []
    wanted = [REPORT_FILES[f] for f in formats or ("html", "pdf", "json")]
    present = [name for name in wanted if (out_dir / name).is_file()]
    problems = []
    if expected == "all" and len(present) != len(wanted):
        problems.append(f"report files {present}, expected all of {wanted}")
    if expected == "none" and present:
        problems.append(f"report files {present} written, expected none")
    if present and len(present) != len(wanted):
        problems.append(f"half-written report: {present} of {wanted}")
    leftovers = [*out_dir.glob(".*.tmp"), *out_dir.glob(".factcheck/staging-*")]
    if out_dir.is_dir() and leftovers:
        problems.append(f"left behind: {[p.name for p in leftovers]}")
    return problems


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--only", help="comma-separated case names (default: every case)")
    ap.add_argument("--quick", action="store_true", help="skip the 4 MB and 20 MB articles")
    ap.add_argument("--keep", action="store_true", help="keep the work folders (printed)")
    ap.add_argument("--json", type=Path, help="also write the rows to this file")
    args = ap.parse_args(argv)
    chosen = CASES
    if args.only:
        names = args.only.split(",")
        unknown = set(names) - {c.name for c in CASES}
        if unknown:
            ap.error(f"unknown case(s): {', '.join(sorted(unknown))}")
        chosen = [c for c in CASES if c.name in names]
    if args.quick:
        chosen = [c for c in chosen if c.quick]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    load = os.getloadavg()[0]
    print(f"factcheck hostile inputs: {len(chosen)} cases, {os.cpu_count()} cores, "
          f"load {load:.1f} at start", flush=True)  # fmt: skip
    print(f"{'case':<22} {'exit':>4} {'seconds':>8} {'peak MB':>8}  expected", flush=True)
    outcomes = []
    base = Path(tempfile.mkdtemp(prefix="factcheck-hostile-"))
    try:
        with servers() as running:
            for case in chosen:
                work = base / case.name
                work.mkdir()
                try:
                    outcome = run_case(case, work, running)
                except Exception as exc:  # a case that could not be set up is a failure too
                    outcome = Outcome(case.name, None, 0.0, 0.0, [f"setup failed: {exc!r}"])
                outcomes.append(outcome)
                shown = "-" if outcome.exit is None else str(outcome.exit)
                print(
                    f"{case.name:<22} {shown:>4} {outcome.seconds:8.1f} {outcome.peak_mb:8.0f}  "
                    f"{'yes' if outcome.ok else 'NO'}",
                    flush=True,
                )
    finally:
        if args.keep:
            print(f"work folders kept in {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    print(f"load {os.getloadavg()[0]:.1f} at the end")
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        print(f"\n{o.case}:")
        for problem in o.problems:
            print(f"  - {problem}")
    if args.json:
        rows = [{"case": o.case, "exit": o.exit, "seconds": round(o.seconds, 2),
                 "peak_mb": round(o.peak_mb), "ok": o.ok, "problems": o.problems}
                for o in outcomes]  # fmt: skip
        args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
    print(f"\n{len(outcomes) - len(failed)} of {len(outcomes)} cases as expected")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
