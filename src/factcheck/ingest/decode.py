"""Decode an input's bytes into text (str), or say in one line why it is not text."""

from __future__ import annotations

import codecs
import re

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


# A page's <meta charset> sits in its head; saved pages with long heads put it later than
# the 1,024 bytes browsers scan, so a few kilobytes are searched.
CHARSET_SNIFF_BYTES = 8192

_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I)
# Declared labels mapped the way browsers read them (WHATWG Encoding): Latin-1 and ASCII
# pages are really Windows-1252, Shift_JIS pages use Microsoft's superset, and so on.
_LABEL_CODECS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932", "csshiftjis": "cp932",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
    "x-gbk": "gb18030", "big5": "big5hkscs", "iso-8859-9": "cp1254", "tis-620": "cp874",
}  # fmt: skip


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


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in <meta charset>, http-equiv or an XML declaration."""
    head = data[:CHARSET_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return codec_for(match.group(1).decode("ascii")) if match else None


def codec_for(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None when unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    name = _LABEL_CODECS.get(key, key)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_declared(data: bytes, codec: str | None) -> str | None:
    """The bytes read with the declared codec, or None when they do not fit it."""
    if codec is None or codec in ("utf-8", "utf-16", "utf-32"):
        return None  # UTF-8 was tried; a UTF-16 label on 8-bit bytes is always wrong
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(
    data: bytes, charset: str | None = None, notes: list[str] | None = None
) -> tuple[str, str]:
    """Return (text, encoding) or raise DecodeProblem.

    UTF-8 first, line by line when only a few lines are not UTF-8 (those lines are read as
    Windows-1252, else with replacement characters, and a note appended to ``notes`` says
    how many bytes and which lines); then the charset the server (``charset``) or the page
    itself declares, when the bytes fit it; then charset-normalizer's guess.
    """
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
    mostly = _mostly_utf8(data, notes)
    if mostly is not None:
        return normalise_newlines(mostly), "utf-8"
    for codec in (codec_for(charset), declared_charset(data)):
        declared = _decode_declared(data, codec)
        if declared is not None and codec is not None:
            return normalise_newlines(declared), codec
    best = from_bytes(data).best()
    if best is None or best.chaos > CHAOS_MAX:
        raise DecodeProblem(
            "undecodable text: the encoding could not be detected; "
            "save the file as UTF-8 and try again"
        )
    encoding, text = _prefer_cp1252(data, best.encoding, str(best))
    return normalise_newlines(text), encoding


# At most this many lines, holding at most this share of a file's bytes, may be other than
# UTF-8 for the rest to be read as UTF-8 line by line (a pasted Windows-1252 quote); more
# is another encoding.
MIXED_LINES_MAX = 20
MIXED_BYTES_MAX_SHARE = 0.01


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Read the bytes UTF-8 cannot as Windows-1252 (a replacement character if undefined)."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", "replace"), exc.end


_CP1252_FALLBACK = "factcheck-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _mostly_utf8(data: bytes, notes: list[str] | None) -> str | None:
    """UTF-8 text with a few lines that are not: those lines degrade alone, with a note."""
    lines = data.split(b"\n")
    bad: list[int] = []
    out: list[str] = []
    replaced = 0
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            bad.append(number)
        if len(bad) > MIXED_LINES_MAX:
            return None  # not UTF-8 with a few stray bytes: another encoding
        replaced += len(line) - len(line.decode("utf-8", "ignore").encode("utf-8"))
        out.append(line.decode("utf-8", _CP1252_FALLBACK))
    if replaced > MIXED_BYTES_MAX_SHARE * len(data):
        return None  # too many bytes are not UTF-8: another encoding, or not text
    if notes is not None and bad:
        where = ", ".join(str(n) for n in bad[:5]) + (" …" if len(bad) > 5 else "")
        notes.append(
            f"{replaced} byte(s) on {len(bad)} line(s) were not valid UTF-8 (line {where}); "
            "those bytes were read as Windows-1252"
        )
    return "\n".join(out).lstrip("\ufeff")


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
