"""English typing slips are mended before a question is read, and only slips (core.spelling)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from core.spelling import TERMS_FILE, mend_slips, mended, slips
from knowledge.textnorm import fold

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("typed", "meant"), [
    ("fellowhsip", "fellowship"),   # two letters swapped
    ("registerd", "registered"),    # a letter dropped: the longer candidate, not "register"
    ("renewl", "renewal"),          # … not "renew"
    ("certficate", "certificate"),
    ("sympoisum", "symposium"),
    ("discrepency", "discrepancy"),  # a letter changed
    ("consequnce", "consequence"),
    ("screeing", "screening"),
    ("radiographr", "radiographer"),  # a letter put back before one changed ("radiography")
])
def test_a_slip_is_read_as_the_word_it_stands_for(typed: str, meant: str) -> None:
    assert mended(typed) == meant


@pytest.mark.parametrize("word", [
    "fellowship", "screenings", "radiographers",   # English words
    "birads", "spiculated", "thrombectomy",         # the project's terms and medical words
    "taces", "mammo",                               # … the vocabulary's own short forms
    "mamos",                                        # no common word one edit away: left as typed
    "tiny",                                         # too short to mend safely
])
def test_a_word_or_term_is_left_as_typed(word: str) -> None:
    assert mended(word) is None


def test_names_and_acronyms_are_never_mended() -> None:
    text = "Dr. Afang sent TACEs and APCIs; Fellowhsip"
    assert mend_slips(text) == text
    assert slips(text) == []


def test_folding_mends_slips_in_the_form_the_reader_and_the_index_use() -> None:
    assert fold("2 registerd radiographers on the van", collapse=False) == "2 registered radiographers on the van"
    assert fold("Renewl of the certficate") == "renewl of the certificate"  # capitalised: a name, kept
    assert fold("乳攝車 2 位放射師") == "乳攝車 2 位放射師"


def test_the_terms_file_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("english_terms", ROOT / "scripts" / "english_terms.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["english_terms"] = module
    spec.loader.exec_module(module)
    assert TERMS_FILE.read_text(encoding="utf-8") == module.render(), "run: python scripts/english_terms.py"
