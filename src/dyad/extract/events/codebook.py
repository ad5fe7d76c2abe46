"""The CAMEO and PLOVER codebooks, loaded once from package data.

    book = Codebook.default()
    book.cameo("043")        # CameoCode(code='043', name='Host a visit', goldstein=2.8, quad_class=1, root='04')
    book.plover("043")       # 'CONSULT'
    book.plover_mode("043")  # 'visit'

Codes are looked up at the finest level given, then by their parents ("0431" -> "043" -> "04").
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dyad.errors import DyadError


class UnknownCode(DyadError):
    code = "E501"
    hint = "Use a CAMEO event code from dyad/data/codebook/cameo.csv, such as '043' or '19'."


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str


@dataclass(frozen=True, slots=True)
class PloverType:
    type: str
    quad_class: int
    needs_target: bool
    modes: tuple[str, ...]


class Codebook:
    def __init__(self, cameo: dict[str, CameoCode], plover: dict[str, tuple[str, str]], types: dict):
        self.codes = cameo
        self._plover = plover
        self.types: dict[str, PloverType] = types

    @classmethod
    @cache
    def default(cls) -> Codebook:
        folder = resources.files("dyad.data") / "codebook"
        return cls(
            _read_cameo(folder / "cameo.csv"),
            _read_mapping(folder / "cameo_plover.csv"),
            _read_plover(folder / "plover.json"),
        )

    def cameo(self, code: str) -> CameoCode:
        found = self.codes.get(str(code).strip())
        if found is None:
            raise UnknownCode(f"'{code}' is not a CAMEO event code.")
        return found

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def plover(self, cameo_code: str) -> str | None:
        hit = self._lookup(cameo_code)
        return hit[0] if hit else None

    def plover_mode(self, cameo_code: str) -> str | None:
        hit = self._lookup(cameo_code)
        return (hit[1] or None) if hit else None

    def roots_of(self, plover_type: str) -> set[str]:
        """CAMEO roots with at least one code mapped to ``plover_type``."""
        return {code[:2] for code, (ptype, _) in self._plover.items() if ptype == plover_type}

    def _lookup(self, cameo_code: str) -> tuple[str, str] | None:
        code = str(cameo_code).strip()
        while len(code) >= 2:
            if code in self._plover:
                return self._plover[code]
            code = code[:-1]
        return None


def _read_cameo(path) -> dict[str, CameoCode]:
    with path.open(encoding="utf-8") as f:
        return {
            r["code"]: CameoCode(
                r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]), r["code"][:2]
            )
            for r in csv.DictReader(f)
        }


def _read_mapping(path) -> dict[str, tuple[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {r["cameo"]: (r["plover"], r["mode"]) for r in csv.DictReader(f)}


def _read_plover(path) -> dict[str, PloverType]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        t["type"]: PloverType(t["type"], t["quad_class"], t["needs_target"], tuple(t["modes"]))
        for t in data["types"]
    }
