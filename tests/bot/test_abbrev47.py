"""Vocabulary terms written short (bot/parsing/abbreviations.py) and the readers around them (round 47, abbrev47):
English word starts ("compr", "instr"), a phrase with a short word ("field align"), Latin plurals ("symposia"), Chinese
contractions (陽差 / 陰差); near misses: an English word, a short form several words share, a contraction inside a word
of its own. Also: a space set before an English word inside Chinese puts no distance between a count and its kind, persons
labelled 甲 / 乙 alone, a count of questions before the verb of asking ("兩項一起問：")."""

from __future__ import annotations

import datetime

import pytest

from bot.parsing import abbreviations as ab
from bot.parsing.text import Query
from bot.parts import split_parts
from bot.reader import read, vocabularies

TODAY = datetime.date(2026, 12, 6)


def _read(question: str, tool: str) -> dict:
    v = next(v for v in vocabularies() if v.tool == tool)
    ext = read(Query(question, TODAY), v)
    assert ext is not None
    return ext.args


@pytest.mark.parametrize("pattern, spelled", [
    (r"field[\s-]+alignment|compression", ["field alignment", "compression"]),
    (r"\bphantom(?=\s*\d)|(?:照野|射野)?吻合(?:度)?", ["phantom", "吻合", "吻合度", "照野吻合", "照野吻合度", "射野吻合", "射野吻合度"]),
    (r"[^，]{0,8}年會|月會", ["年會", "月會"]),  # (an alternative spelling a class of words: its optional part left out)
    (r".*|\d+", []),
])
def test_a_regex_spells_its_terms(pattern, spelled):
    assert sorted(ab.spelled(pattern)) == sorted(spelled)


@pytest.mark.parametrize("short, full", [
    ("compr", "compression"),  # compress / compression: one family, its spelling used most
    ("instr", "instructor"),
    ("phant", "phantom"),
    ("Compr", "compression"),
])
def test_an_english_word_start_reads_as_the_one_vocabulary_word(short, full):
    assert ab.word_reading(short) == full


@pytest.mark.parametrize("word", ["align", "comp", "disc", "pts", "au", "congr", "compression", "made"])
def test_no_reading_for_a_word_of_its_own_a_term_a_short_word_or_a_shared_start(word):
    assert ab.word_reading(word) is None


def test_a_shared_start_lists_its_readings():
    assert {"congress", "congruence"} <= set(ab.word_readings("congr"))
    assert ab.ambiguous("went to 2 congr") == [("congr", ("congress", "congruence"))]
    assert ab.ambiguous("congr only") == []  # (no figure in its clause)


def test_a_phrase_with_a_short_word_reads_as_the_phrase():
    assert ab.phrase_reading(["field", "align"]) == ("field", "alignment")
    assert ab.phrase_reading(["field", "alignment"]) is None  # (nothing short)


@pytest.mark.parametrize("word, plural", [("symposia", "symposiums"), ("Symposia", "symposiums"), ("symposium", None),
                                          ("data", None)])
def test_a_latin_plural_of_a_vocabulary_word(word, plural):
    assert ab.latin_plural(word) == plural


def test_chinese_contractions_of_a_terms_words():
    table = ab.contractions()
    assert table["陽差"] == ("陽性差異",)
    assert table["陰差"] == ("陰性差異",)
    assert "疑陽" not in table  # (a term of its own: read as written)
    assert "國會" not in table  # (a common word: parliament)


@pytest.mark.parametrize("text, expanded", [
    ("compr 80, field align 77", "compression 80, field alignment 77"),
    ("複判 陽差38% 陰差8%", "複判 陽性差異38% 陰性差異8%"),
    ("three local symposia, each 3 hrs", "three local symposiums, each 3 hrs"),
    ("compr was fine", "compr was fine"),  # (no figure in the clause: left as written)
    ("陽差很高", "陽差很高"),
    ("今年陰差陽錯只去了月會3次", "今年陰差陽錯只去了月會3次"),  # (inside the idiom 陰差陽錯)
    ("去了一個2天的專科年會", "去了一個2天的專科年會"),  # (科年 across 專科)
    ("2 congr", "2 congr"),  # (congress or congruence: never guessed)
    ("今年年會去了，會上報告了3篇", "今年年會去了，會上報告了3篇"),  # (上報 with 報告 whole: no contraction of 上臺報告)
    ("上個月5號拍的那位疑似陽性，追蹤期限是？", "上個月5號拍的那位疑似陽性，追蹤期限是？"),  # (a particle: 拍的 is no contraction)
])
def test_expand(text, expanded):
    assert ab.expand(text) == expanded


def test_the_reader_sees_the_terms():
    assert "compression 80" in Query("QC: phantom 69, compr 80").text
    args = _read("QC field test (CR unit): dose/HVL 91, phantom 69, compr 80, EI 86, field align 77, reading 95", "hpa_qc_grade")
    assert args["scores"] == {"dose_hvl_output_aec": 91, "phantom_image": 69, "compression": 80, "exposure_index_cr": 86,
                              "field_alignment": 77, "reading_system": 95}
    assert _read("複判 陽差38% 陰差8%", "hpa_reread_action") == {"positive_discrepancy_pct": 38, "negative_discrepancy_pct": 8}


@pytest.mark.parametrize("question, speaker", [
    ("今年月會參加五次其中兩次我是speaker 這樣今年總共幾分", 2),
    ("月會參加五次其中兩次我是 講者", 2),
    ("月會參加五次其中兩次我當 speaker", 2),
])
def test_a_space_before_the_kind_word_puts_no_distance(question, speaker):
    items = _read(question, "tsa_credit_tally")["activities"]
    assert [(i["kind"], i["count"]) for i in items] == [("tsa_monthly_meeting", 5), ("tsa_monthly_speaker", speaker)]


def test_persons_labelled_by_chinese_letters_alone():
    parts, _ = split_parts("兩位學長幫忙算一下～甲：今年月會5次。乙：今年月會3次、年會1次。各自幾分？")
    assert parts is not None and len(parts) == 2
    assert parts[0].startswith("甲：今年月會5次") and parts[1].startswith("乙：今年月會3次")


@pytest.mark.parametrize("lead", ["兩項一起問：", "兩個一次請教：", "两项一起问："])
def test_questions_counted_before_the_verb(lead):
    parts, _ = split_parts(lead + "(1)複判 陽差38% 陰差8% (2)疑陽150 追完114 會扣款嗎")
    assert parts == ["複判 陽差38% 陰差8%", "疑陽150 追完114 會扣款嗎"]


def test_persons_labelled_by_chinese_letters_are_never_one_calculation():
    from bot.parts import segmented_by_person

    assert segmented_by_person("兩位學長幫忙算一下～甲：今年月會5次。乙：今年月會3次、年會1次。各自幾分？")
    assert not segmented_by_person("甲院：今年篩了 5000 案；乙院：今年篩了 4000 案。兩院各超量幾案？")


def test_a_vocabulary_word_is_no_short_form_of_its_plural():
    assert ab.phrase_reading(["monthly", "meeting"]) is None
    assert ab.expand("gave a talk at one monthly meeting") == "gave a talk at one monthly meeting"
