"""A stop asked about once its condition is stated (the make-up period over, the hours never made up), met by a text
chaining "未能如期補齊者，應停止操作，於補齊…後，始恢復操作資格":

- the stop is the answer — 會 / Yes — in zh-TW, zh-CN and English; the restoring that follows (a grant made only once
  the thing is done, whose condition the question denies) answers whether one may resume, not whether one is stopped;
- English words for a stop (stopped, suspended, barred) ask about the text's 停止 as a whole word, as 停判 / 停拍 do in
  Chinese: the stop is what is asked about, not a denial that answers "No";
- a story that denies the condition ("沒補齊…被停了") before an asking piece that states it met ("補齊後可以恢復嗎") is
  asked of the case once it is done: 可以, from the restoring;
- with no lapse stated ("short on hours — stopped right away?") the period to make good comes first: 不會 / No.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import _asked_negations
from tests.bot.first_line_support import line_for, supported

RADIOGRAPHER = "hpa-mammo/2.1.2.1"
READER = "hpa-mammo/2.1.1.1"


@pytest.mark.parametrize(("question", "lang", "clause", "lead"), [
    ("放射師沒在半年內把繼續教育時數補齊，會被停止操作嗎？", "zh-TW", RADIOGRAPHER, "會"),
    ("我們放射師逾期還沒補齊時數，會不會被停止操作？", "zh-TW", RADIOGRAPHER, "會"),
    ("判讀醫師六個月內沒補齊繼續教育，會被停止判讀嗎", "zh-TW", READER, "會"),
    ("放射师过了六个月还没补齐继续教育时数，会被停止操作吗？", "zh-CN", RADIOGRAPHER, "會"),
    ("Our tech never made up the missing CE hours in the 6 months. Will she be stopped from operating?", "en",
     RADIOGRAPHER, "Yes"),
    ("The reader missed the make-up deadline for his CE hours - is he suspended from reading?", "en", READER, "Yes"),
    ("If our radiographer didn't make up the hours in time, is she barred from taking mammograms?", "en",
     RADIOGRAPHER, "Yes"),
])
def test_a_stop_after_a_stated_lapse_is_the_answer(question: str, lang: str, clause: str, lead: str) -> None:
    line = line_for(question, clause, lang)
    assert line.startswith(lead), line
    assert supported(line, clause)


@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("放射師繼續教育時數不夠，是不是馬上就會被停止操作？", "zh-TW", "不是"),
    ("If a radiographer is short on CE hours, is she stopped right away?", "en", "No"),
])
def test_with_no_lapse_stated_the_period_to_make_good_comes_first(question: str, lang: str, lead: str) -> None:
    assert line_for(question, RADIOGRAPHER, lang).startswith(lead)


@pytest.mark.parametrize(("question", "words"), [
    ("Is she stopped from reading?", {"停止"}),
    ("Would the unit be suspended?", {"停止"}),
    ("Can the certificate be revoked?", {"取消", "註銷"}),
    ("Is the fee waived?", {"免"}),
])
def test_english_words_for_the_texts_negations_name_them_whole(question: str, words: set[str]) -> None:
    assert words <= _asked_negations(question)
    assert not {"停", "止", "取", "消"} & _asked_negations(question)


@pytest.mark.parametrize("question", [
    "放射師沒補齊繼續教育時數，補齊後可以恢復嗎？",
    "我們的放射師逾期沒補時數被停了，之後補齊了能恢復操作嗎？",
    "放射师没补齐时数被停了，补齐以后可以恢复操作吗？",
])
def test_an_asking_piece_stating_the_condition_met_is_asked_of_that_case(question: str) -> None:
    line = line_for(question, RADIOGRAPHER, "zh-TW")
    assert line.startswith(("可以", "能")), line


def test_a_story_denying_the_condition_with_no_restatement_stays_refused() -> None:
    assert line_for("放射師沒補齊繼續教育時數，可以繼續操作嗎？", RADIOGRAPHER, "zh-TW").startswith("不可以")
