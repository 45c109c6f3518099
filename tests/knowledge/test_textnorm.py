import pytest

from bot.errors import BadQuery
from knowledge.textnorm import MAX_QUERY_CHARS, clean_query, fold, strip_control, to_traditional, truncate


@pytest.mark.parametrize("raw", ["", "   ", "\n\t ", "\x00\x1b", "\u200b\ufeff"])
def test_empty_or_whitespace_query_is_bad(raw):
    with pytest.raises(BadQuery):
        clean_query(raw)


def test_control_characters_are_stripped():
    assert clean_query("年會\x00積分\x1b[31m？\u200b") == "年會 積分 [31m？"
    assert strip_control("a\tb\nc\x7fd") == "a b c d"


def test_long_query_is_cut_at_a_break_within_the_limit():
    text = "參加本會年會積分多少，" * 10_000  # ~100 kB
    cleaned = clean_query(text)
    assert len(cleaned) <= MAX_QUERY_CHARS
    assert cleaned.endswith("，")  # cut after a comma, not inside a word
    assert truncate("short") == "short"


def test_simplified_folds_to_traditional():
    assert to_traditional("参加年会积分多少") == "參加年會積分多少"
    assert fold("ＡＴＬＳ（五）５") == "atls(五)5"  # NFKC: full width to ASCII, then lower case
    assert fold("參加本會年會") == "參加本會年會"  # Traditional passes through


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("医师执业证书换发要几分", "醫師執業證書換發要幾分"),
    ("指导老师证书换发", "指導老師證書換發"),
    ("发表论文", "發表論文"),
])
def test_simplified_fa_is_issue_or_publish_never_hair(simplified, traditional):
    # OpenCC alone gives 換髮 (hair) for 换发: the scope check then missed the licence renewal.
    assert to_traditional(simplified) == traditional


@pytest.mark.parametrize("typed", ["申請積份認定要繳多少", "申请学份认定要缴多少", "申請學份認定要繳多少"])
def test_fen_typed_as_its_homophone_folds_to_the_regulations_word(typed):
    assert "積分" in fold(typed) or "學分" in fold(typed)
    assert "份" not in fold(typed)


def test_the_reading_form_keeps_case_and_line_breaks():
    assert fold("ＣＲ 追踪率６８％\n  Phantom 82", collapse=False) == "CR 追蹤率68%\n  Phantom 82"
    assert fold("ＣＲ 追踪率６８％\n  Phantom 82") == "cr 追蹤率68% phantom 82"


def test_questions_are_folded_by_this_one_function():
    from bot.parsing import text

    assert text.fold is fold  # the extractors' Query reads through the same folding as retrieval


def test_traditional_wording_is_not_rewritten():
    # s2twp would turn 項目 into 專案 and 信息 into 資訊; the regulations say 評等項目.
    assert to_traditional("其他項目都是 88 分，評等項目") == "其他項目都是 88 分，評等項目"
    assert to_traditional("评等项目") == "評等項目"
