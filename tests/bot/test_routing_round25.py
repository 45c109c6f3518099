"""Routing and scope, round 25 (phrasings of our own, not the eval questions').

Out of scope, never answered with our rules (SPEC §3):
- a person's own screening schedule asked for her — whether or when to start, or how often to have, mammograms — said of a
  patient (an age and sex, "41F") or of her risk (a relative's cancer, a family history, BRCA): her doctor's decision, not
  our review of the facilities that screen. The review's follow-up of a screened case (category, recall) stays ours.
Still ours (not another society's rules):
- a society named as an example of a class of meetings asked about ("例如某個內視鏡學會", "比如神外醫學會年會") and a surgical
  field said short before its meeting ("整外醫學會年會"): the meeting our credits count (第五條第三款、第十款);
- a course named before the society that speaks of it ("那門線上課程學會說…"): no body's name.
The rule's, not a calculation (routing by what is asked):
- the rule's cap asked with the summing said first ("加起來一年最多能認幾分") or the unit counted ("一個人最多幾篇"): the count
  after 最多 is the limit asked, no vague count of one's own;
- the requirement's total named ("the point total needed over six years");
- who computes a measure, with what, and where its figures are looked up; who must file (the society or the holder);
- how the rule grades, asked with no score of one's own.
Asked back: a count of sets said vaguely ("抽了幾組") beside the grade asked.
"""

from __future__ import annotations

import datetime

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.scope import foreign_target
from bot.vague import find_vague

TODAY = datetime.date(2026, 12, 3)


def _route(question: str) -> str | None:
    d = decide_calculation(Query(question, TODAY))
    return d.route if d else None


@pytest.mark.parametrize("question", [
    "41F whose sister had breast cancer at 44 — should she begin yearly mammograms now?",
    "My patient is 36 and BRCA2 positive. How often should she have mammograms?",
    "a 39-year-old woman with a family history: start screening mammography now or wait until 45?",
    "病人 37 歲，媽媽得過乳癌，要不要現在就開始每年做乳房攝影？",
    "她才 38 岁，姐姐有乳腺癌，应该现在开始做乳房摄影还是等到 40 岁？",
    "家族史阳性的 35 岁女性，乳房摄影多久做一次？",
])
def test_a_persons_own_screening_schedule_is_clinical(question: str) -> None:
    assert foreign_target(question) == "clinical"


@pytest.mark.parametrize("question", [
    "A 52-year-old screened at our unit came back category 0 — when must she be recalled?",
    "我們單位一位 48 歲婦女篩檢 category 4，要在幾個月內完成確診？",
    "Our annual mammography volume was 14,000 with 4 radiographers; are we over the reasonable volume?",
    "一年的乳房攝影篩檢量上限怎麼算？",
])
def test_the_reviews_own_follow_up_and_counts_stay_ours(question: str) -> None:
    assert foreign_target(question) != "clinical"


@pytest.mark.parametrize("question", [
    "不在基準清單上的外科相關學會年會，例如某個手術室護理學會，積分怎麼給？",
    "像是神外醫學會年會這種，開三天的話算幾分？",
    "整外醫學會年會去了兩天算幾分？",
    "那門線上課程學會說用時數換積分，我上了 6 小時，換算幾分？",
])
def test_a_meeting_or_course_named_by_example_is_ours(question: str) -> None:
    assert foreign_target(question) is None


@pytest.mark.parametrize("question", [
    "神外醫學會自己的積分怎麼算？",
    "例如家醫學會的積分規定是什麼？",
])
def test_a_societys_own_rules_stay_foreign(question: str) -> None:
    assert foreign_target(question) is not None


@pytest.mark.parametrize("question", [
    "今年投了好幾篇期刊論文，合計一年最多可以認到幾分？",
    "演講發表第一作者給幾分？一個人最多幾篇可以申請？",
    "壁报每人最多几篇可以申请？",
    "What's the point total needed over the six years for the instructor renewal?",
    "what's the total number of credits required for renewal over six years?",
])
def test_the_rules_cap_or_requirement_is_the_rules(question: str) -> None:
    assert _route(question) is None


def test_a_count_after_a_limit_word_is_asked_not_vague() -> None:
    assert find_vague("一個人最多幾篇可以申請") == []
    assert find_vague("每年至多幾場可以認") == []
    assert find_vague("我今年發了好幾篇論文") != []


@pytest.mark.parametrize("question", [
    "我們醫院的合理篩檢量是誰算的？用什麼資料算？",
    "追蹤完成率是谁来计算的？数字去哪里查？",
    "does the society remind us about renewal, or is it on the doctor to file before expiry?",
    "Will the TSA notify me when my certificate is due, or is it on me to apply?",
])
def test_who_computes_or_files_is_the_rules(question: str) -> None:
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "品管實地測試的各項目是怎麼評等的？",
    "臨床影像評估是如何評分的？有什麼輔導措施",
    "how are the on-site QC test items graded?",
])
def test_how_the_rule_grades_is_the_rules(question: str) -> None:
    assert _route(question) is None


def test_how_graded_with_a_score_of_ones_own_is_computed() -> None:
    assert _route("我們的假體影像測了 78 分，是怎麼評等的？") == "calculator"


@pytest.mark.parametrize("question", [
    "自選片送了好幾組，分數大概都在中間，機構會是B等嗎？",
    "抽選片被抽了幾組，成績都還可以吧，這位放射師算A嗎？",
])
def test_sets_counted_vaguely_beside_a_grade_asked_are_asked_back(question: str) -> None:
    assert _route(question) == "clarify"


@pytest.mark.parametrize("question", [
    "去年在北榮(醫學中心)進修四個月，外科積分怎麼算",
    "前年在長庚（醫學中心）進修兩個月，这个积分怎么算？",
    "今年在高榮醫學中心進修三個月，積分如何計算",
])
def test_an_activity_done_in_a_year_of_ones_own_is_computed(question: str) -> None:
    assert _route(question) == "calculator"


@pytest.mark.parametrize("question", [
    "明年想去醫學中心進修三個月，積分怎麼算？",
    "在醫學中心進修三個月，積分怎麼算？",
])
def test_a_planned_or_bare_activity_asks_the_rule(question: str) -> None:
    assert _route(question) is None


@pytest.mark.parametrize("question", [
    "這個辦法要修改條文的話，是誰通過？還要報哪裡備查？",
    "本办法修正要经过哪个会议通过？",
    "how is this regulation amended, and who has to approve the changes?",
    "資料要用寄的還是線上傳？寄到哪裡？",
    "證明文件可以郵寄嗎",
])
def test_the_regulations_own_amendment_and_submission_are_ours(question: str) -> None:
    from bot.scope import assess  # noqa: PLC0415

    assert assess(Query(question, TODAY)).in_scope


@pytest.mark.parametrize("question", [
    "今天天氣如何？",
    "幫我寫一首詩",
])
def test_chat_stays_out(question: str) -> None:
    from bot.scope import assess  # noqa: PLC0415

    assert not assess(Query(question, TODAY)).in_scope


@pytest.mark.parametrize("question", [
    "我明年就60歲了，終身指導老師的年齡以哪天為準？",
    "我今年 61 岁，终身证书的年龄按哪一天算？",
    "turning 60 next spring: for the lifetime instructor certificate, from which date is my age counted?",
])
def test_the_day_an_age_is_taken_on_is_the_rules(question: str) -> None:
    assert _route(question) is None
