"""The lexicon loader (calculators/lexicon.py): the generic filters, on a lexicon of our own and on the shipped one."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from calculators import lexicon
from calculators.lexicon import COMMON_ZIPF, Lexicon, alternation, common_words, extend, ranked, too_common
from knowledge.textnorm import fold

OWN = """
concepts:
  - key: demo_tool.kind=sampled
    zh-TW: [抽選片, 抽查, 隨機抽片, 共用詞, 放射師（士）, 第3類, 工作]
    zh-CN: [抽查, 随机抽片]
    en: [spot check, zorbo pull, paddle, score, p.a., audit]
    not: [自選片 (the other kind), audit]
  - key: demo_tool.kind=self_selected
    zh-TW: [自選片, 選片, 共用詞]
    en: [hand-picked, zorbo, zorb]
  - key: demo_tool.unit
    zh-TW: [抽查單位, 選片機]
  - key: other_tool.kind=first
    zh-TW: [共用詞, 抽選片]
"""


@pytest.fixture()
def own(tmp_path: Path) -> Lexicon:
    (tmp_path / "demo.yaml").write_text(textwrap.dedent(OWN), encoding="utf-8")
    return Lexicon(tmp_path)


def test_a_phrase_two_concepts_of_one_tool_list_names_neither(own):
    assert "共用詞" not in own.phrases("demo_tool.kind=sampled")
    assert "共用詞" not in own.phrases("demo_tool.kind=self_selected")
    # another tool listing it too does not matter: each tool's concepts are read apart
    assert "共用詞" in own.phrases("other_tool.kind=first")
    assert "抽選片" in own.phrases("other_tool.kind=first") and "抽選片" in own.phrases("demo_tool.kind=sampled")


def test_a_phrase_in_the_concepts_own_not_list_is_dropped_and_a_not_words_note_is_no_part_of_it(own):
    assert "audit" not in own.phrases("demo_tool.kind=sampled")
    assert own.concepts["demo_tool.kind=sampled"]["not"] == ["自選片", "audit"]


def test_bracketed_notes_digits_one_character_and_common_words_are_dropped(own):
    kept = own.phrases("demo_tool.kind=sampled")
    assert "放射師(士)" not in kept and "放射師（士）" not in kept  # a bracketed note
    assert "第3類" not in kept  # a digit: the reader would bind it as a figure
    assert "score" not in kept and "工作" not in kept  # single common words (Zipf ≥ 4.5)
    assert "paddle" in kept and "spot check" in kept  # an uncommon word, a phrase of two


def test_a_phrase_read_inside_another_choice_of_the_same_input_is_dropped(own):
    # "選片" would be read inside "抽選片" (sampled): it cannot name self-selected images
    assert "選片" not in own.phrases("demo_tool.kind=self_selected")
    # a Latin phrase as a whole word only: "zorbo" is in "zorbo pull"; "zorb" is no word of it
    assert "zorbo" not in own.phrases("demo_tool.kind=self_selected")
    assert "zorb" in own.phrases("demo_tool.kind=self_selected")
    assert "hand-picked" in own.phrases("demo_tool.kind=self_selected")
    # another input of the same tool is not a rival ("抽查單位" names a unit, read beside the kind)
    assert "抽查" in own.phrases("demo_tool.kind=sampled")


def test_simplified_entries_are_folded_as_questions_are_and_merged(own):
    kept = own.phrases("demo_tool.kind=sampled")
    assert kept.count("隨機抽片") == 1 and "随机抽片" not in kept
    assert list(kept) == sorted(kept, key=lambda p: (-len(p), p))  # longest first


def test_alternation_is_escaped_bounded_and_drops_what_hand_written_words_already_match(own):
    words = alternation("demo_tool.kind=sampled", r"抽選", [r"自選"], own)
    rx = re.compile(words, re.IGNORECASE)
    assert rx.search("p.a.") and not rx.search("pxa.")  # escaped
    assert rx.search("a Spot Check found") and rx.search("two spot checks")  # case, plural
    assert not rx.search("paddles2") and not rx.search("mypaddle")  # whole words only
    assert "抽選片" not in words  # the hand-written 抽選 reads it already: nothing new
    assert "抽查" in words
    assert alternation("demo_tool.kind=sampled", "", [r"抽查"], own).find("抽查") == -1  # another kind's words: dropped
    assert extend("", "missing.key", lexicon=own) == ""


def test_ranked_puts_every_hand_written_choice_before_any_lexicon_words(own):
    out = ranked((("sampled", r"抽選"), ("self_selected", r"自選")), "demo_tool.kind=", own)
    assert [v for v, _ in out] == ["sampled", "self_selected", "sampled", "self_selected"]
    assert out[:2] == (("sampled", r"抽選"), ("self_selected", r"自選"))
    assert re.search(out[3][1], "two hand-picked sets") and not re.search(out[3][1], "抽選")


def test_common_words_are_wordfreqs_own_figures():
    """Read from wordfreq's list file without importing it: the same words the library rates at Zipf ≥ 4.5."""
    for word in ("score", "sample", "result", "hospital", "tech"):
        assert (word in common_words("en")) == (zipf_frequency(word, "en", wordlist="small") >= COMMON_ZIPF)
    for word in ("phantom", "paddle", "radiographer", "compression"):
        assert word not in common_words("en") and zipf_frequency(word, "en", wordlist="small") < COMMON_ZIPF
    assert too_common("個人") and too_common("單位") and not too_common("球管") and too_common("分")


def test_shipped_phrases_are_folded_as_questions_are():
    """calculators may not import knowledge: the lexicon's own folding is the query folding, entry by entry."""
    import yaml

    entries = [str(p) for path in lexicon.LEXICON_DIR.glob("*.yaml")
               for c in yaml.safe_load(path.read_text(encoding="utf-8"))["concepts"]
               for lang in lexicon.LANGUAGES for p in c.get(lang) or []]
    assert len(entries) > 5000
    assert [lexicon.fold(e) for e in entries] == [fold(e, collapse=False) for e in entries]
    shipped = lexicon.default()
    assert len(shipped.concepts) >= 120
    assert all(not re.search(r"\d|[(（]", p) for key in shipped.concepts for p in shipped.phrases(key))


def test_every_shipped_concept_names_a_tool_of_the_calculators():
    from bot.reader import vocabularies

    tools = {v.tool for v in vocabularies()}
    assert {k.split(".", 1)[0] for k in lexicon.default().concepts} <= tools | {"general"}
