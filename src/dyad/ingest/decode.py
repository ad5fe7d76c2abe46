"""Bytes to text: a byte-order mark first (UTF-8, UTF-16, UTF-32), then UTF-8, then an encoding
detected by charset-normalizer; binary files, and text whose encoding cannot be told with
confidence, are refused with a reason."""

from __future__ import annotations

import codecs
import re

from dyad.errors import EmptyDocument, UncertainEncoding, UnsupportedInput

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MAX_CHAOS = 0.1  # charset-normalizer's share of implausible characters in its best reading
MIN_COHERENCE = 0.05  # ... and how much the reading looks like some language (0: none at all)
MAX_DAMAGED = 0.01  # UTF-8 text may have this share of broken bytes (shown as U+FFFD)

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


def decode_bytes(data: bytes, where: str) -> str:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedInput(f"{where} is {what}, not text.", "Convert it to text or HTML first.")
    if not data.strip():
        raise EmptyDocument(f"{where} is empty.")
    marked = _with_bom(data, where)
    if marked is not None:
        return marked
    if b"\x00" in data[:8192]:
        raise UnsupportedInput(f"{where} looks binary (it contains NUL bytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _detect(data, where)


def _with_bom(data: bytes, where: str) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UncertainEncoding(f"{where} starts with a {codec} byte-order mark but is not {codec}: {exc}.") from exc
    return None


def _detect(data: bytes, where: str) -> str:
    """Text that is not valid UTF-8: UTF-8 with a few broken bytes (they become U+FFFD, never
    letters of another alphabet), or a legacy encoding that charset-normalizer tells with
    confidence; anything else is refused rather than read as junk."""
    utf8 = data.decode("utf-8", errors="replace")
    broken = utf8.count("\ufffd")
    if _UTF8_SEQUENCE.search(data) and broken <= max(3, MAX_DAMAGED * len(utf8)):
        return utf8
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        guess = f" (best guess {best.encoding}, {best.chaos:.0%} implausible)" if best is not None else ""
        raise UncertainEncoding(f"{where} is not UTF-8, and its encoding cannot be told with confidence{guess}.")
    return str(best)
