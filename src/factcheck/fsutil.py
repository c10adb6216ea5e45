"""Atomic file writes: a report is either whole or absent, never half-written, and its files
are replaced together (``publish``), never a mix of two runs."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temp file beside ``path``, fsync it, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600 files; a report is meant to be shared like any other file.
        Path(tmp).chmod(0o666 & ~_current_umask())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


# ------------------------------------------------------------------ one generation of files
# A report is several files (report.html, report.pdf, findings.json, the saved state) that
# must come from one run. ``publish`` writes them all into a staging folder inside the
# folder's working directory, then records a journal naming them (the commit point, one
# atomic rename) and only then moves each into place. A kill before the journal leaves the
# old set untouched (the staging folder is removed by the next run); a kill after it is
# rolled forward by the next writer (``recover``), so the set is never left mixed. Readers
# inside factcheck find a journal before reading and finish it first.
STAGING_PREFIX = "staging-"
JOURNAL_NAME = "publishing.json"


def publish(folder: Path, files: Mapping[str, bytes], work: Path) -> dict[str, Path]:
    """Write ``files`` (paths relative to ``folder``) as one generation; return their paths.

    ``work`` is a folder on the same file system (``folder/.factcheck``) for the staging
    folder and the journal. Raises OSError when the folder cannot be written.
    """
    folder, work = Path(folder), Path(work)
    made = not work.exists()
    work.mkdir(parents=True, exist_ok=True)
    recover(folder, work)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=work))
    moves: list[tuple[str, str]] = []
    try:
        for n, (name, data) in enumerate(files.items()):
            if Path(name).is_absolute() or ".." in Path(name).parts:
                raise ValueError(f"publish writes inside its folder only, not {name!r}")
            staged = stage / f"{n:03d}"
            with staged.open("wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            staged.chmod(0o666 & ~_current_umask())
            moves.append((staged.name, name))
        _fsync_dir(stage)
        journal = {"staging": stage.name, "moves": moves}
        atomic_write_bytes(work / JOURNAL_NAME, json.dumps(journal).encode("utf-8"))
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    _roll_forward(folder, work)
    if made:  # a working folder made only for staging goes again
        with contextlib.suppress(OSError):
            work.rmdir()
    return {name: folder / name for name in files}


def recover(folder: Path, work: Path) -> None:
    """Finish a generation a killed writer had committed; remove staging folders and
    temporary files it left behind. Call holding the folder's lock."""
    folder, work = Path(folder), Path(work)
    if (work / JOURNAL_NAME).exists():
        _roll_forward(folder, work)
    if work.is_dir():
        for left in work.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(left, ignore_errors=True)
    for place in (folder, work):
        for tmp in place.glob(".*.tmp") if place.is_dir() else ():
            with contextlib.suppress(OSError):
                tmp.unlink()


def _roll_forward(folder: Path, work: Path) -> None:
    journal_path = work / JOURNAL_NAME
    try:
        journal = json.loads(journal_path.read_bytes())
        stage = work / str(journal["staging"])
        moves = [(str(a), str(b)) for a, b in journal["moves"]]
    except (OSError, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            journal_path.unlink()  # unreadable: nothing was moved on its account
        return
    parents = set()
    for staged, name in moves:
        source, target = stage / staged, folder / name
        if source.exists():  # else moved before the kill
            target.parent.mkdir(parents=True, exist_ok=True)
            source.replace(target)
            parents.add(target.parent)
    for parent in parents:
        _fsync_dir(parent)
    journal_path.unlink()
    shutil.rmtree(stage, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    """Make renames in ``path`` durable (where directories can be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ------------------------------------------------------------------ messages about paths
def shown(path: object) -> str:
    """A path as it can be printed: bytes that are not UTF-8 (a name from another system)
    shown as '\N{REPLACEMENT CHARACTER}' instead of raising UnicodeEncodeError."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def cannot_write(path: Path, exc: OSError) -> str:
    """Say why ``path`` cannot be written, in words, and what to do about it."""
    import errno

    where = shown(path)
    code = exc.errno
    if code == errno.EROFS:
        why = "the file system is read-only"
    elif code in (errno.EACCES, errno.EPERM):
        why = "permission denied"
    elif code == errno.ENOSPC:
        why = "the disk is full"
    elif code == errno.EDQUOT:
        why = "the disk quota is used up"
    elif code == errno.ENOTDIR or isinstance(exc, (FileExistsError, NotADirectoryError)):
        why = "a part of that path is a file, not a folder"
    elif code == errno.ENOENT:
        why = "the folder cannot be created there"
    else:
        why = exc.strerror or type(exc).__name__
    return f"cannot write the report into {where}: {why}; choose a folder you can write to"
