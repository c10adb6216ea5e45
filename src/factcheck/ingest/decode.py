"""Decode an input's bytes into text (str), or say in one line why it is not text."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Share of control characters (other than tab/newline/CR/form feed) above which bytes are
# binary, not text: real news text has essentially none, corrupt-but-text files a few.
CONTROL_SHARE_MAX = 0.02
# Bytes inspected for NUL/control characters: enough to catch images, PDFs and archives.
SNIFF_BYTES = 8192
# charset-normalizer "chaos" above which its best guess is still garbage (0 = clean text).
CHAOS_MAX = 0.25

_ALLOWED_CONTROLS = {9, 10, 12, 13}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _ALLOWED_CONTROLS)
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx)",
    b"\x1f\x8b": "a gzip archive",
}


class DecodeProblem(ValueError):
    """Raised with a one-line, user-facing explanation of why bytes are not readable text."""


def _looks_binary(data: bytes) -> str | None:
    """Name the binary kind when the bytes are clearly not text, else None."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    # UTF-16/32 text legitimately holds NULs; only their BOMs tell them apart.
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary data (it contains NUL bytes)"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > CONTROL_SHARE_MAX:
        return "binary data (it contains control bytes)"
    return None


def normalise_newlines(text: str) -> str:
    """Turn CRLF/CR line endings into LF and drop a leading BOM."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.lstrip("\ufeff")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise DecodeProblem: UTF-8 first, then charset-normalizer."""
    if not data.strip():
        raise DecodeProblem("the file is empty; give a file that holds the article text")
    kind = _looks_binary(data)
    if kind:
        raise DecodeProblem(f"not a text file: {kind}; give the article as text, HTML or JSON")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return normalise_newlines(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeProblem(f"undecodable UTF-16 text ({exc.reason})") from exc
    try:
        return normalise_newlines(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.chaos > CHAOS_MAX:
        raise DecodeProblem(
            "undecodable text: the encoding could not be detected; "
            "save the file as UTF-8 and try again"
        )
    encoding, text = _prefer_cp1252(data, best.encoding, str(best))
    return normalise_newlines(text), encoding


_SINGLE_BYTE_FAMILIES = ("cp125", "iso8859", "latin", "mac_", "cp850", "cp437", "kz1048")


def _prefer_cp1252(data: bytes, encoding: str, text: str) -> tuple[str, str]:
    """Prefer Windows-1252 over a sibling single-byte code page when it reads as cleanly.

    On short samples charset-normalizer often names cp1250 or latin-2 for Western text
    ("naïve" then reads "naďve"); English and Western European news is far more often
    cp1252, so the sibling wins only when cp1252 reads more of the differing characters as letters.
    """
    if encoding == "cp1252" or not encoding.startswith(_SINGLE_BYTE_FAMILIES):
        return encoding, text
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return encoding, text
    if len(western) != len(text):
        return encoding, text
    # Where the two readings differ, a letter beats a symbol ("Za¿ó³" vs "Zażół");
    # letter-for-letter ties ("naïve" vs "naďve") go to cp1252, the commoner page.
    votes = 0
    for west, other in zip(western, text, strict=True):
        if west != other:
            votes += int(west.isalpha()) - int(other.isalpha())
    if votes >= 0:
        return "cp1252", western
    return encoding, text
