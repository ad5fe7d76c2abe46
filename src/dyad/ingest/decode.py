"""Bytes to text: UTF-8 first, a detected encoding second, binary files refused with a reason."""

from __future__ import annotations

from dyad.errors import EmptyDocument, UnsupportedInput

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
    if b"\x00" in data[:8192]:
        raise UnsupportedInput(f"{where} looks binary (it contains NUL bytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _detect(data, where)


def _detect(data: bytes, where: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedInput(f"{where} is not in any text encoding that could be recognised.")
    return str(best)
