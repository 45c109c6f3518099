"""Round 43 (rules first line: the yes / no lead and its polarity). Phrasings written for this test, besides the one
development question of each class; the real engine answers each.

1. A lead time the person states before the event ("開始前兩個禮拜才申請", "開辦前 10 天", "離研討會只剩兩個禮拜", "two
   weeks before the course") is compared with the text's advance window ("開辦前 30 天…逾期不受理"): shorter → no (the
   bot used to say 會). A lead time at least the window (45 天, 兩個月) gets no 不; a bare "兩週前" (ago) is no lead time.
   "還來得及嗎" is answered with 來得及 / 不行 (never the 要 / 會 of the story before it: "…就要開了", "讀書會").
2. A restriction asked about in one piece ("一定要在醫學中心嗎？") and the person's case asked with an A-not-A ("區域醫院
   進修算不算", "有沒有算"): the A-not-A denies nothing, so the case (區域醫院) is read against the 限 list → 不算 / 沒有.
   Near miss: the restricted value itself (醫學中心) gets no 不.
3. A piece opening with 還有 / 另外 adds a thing to the ask before it ("會不會測壓迫板？還有照野對齊那個也測嗎"): its 有 is
   no verb; the A-not-A asked before leads (會).
4. "Every year the same?" with the change reported ("聽說會改") or asked about with a wh-word ("改了會怎麼通知", "how would
   we find out?"): the change is no yes / no of its own, so the "fixed?" is denied (不是 / No). Near miss: "每年會改嗎" → 是.
5. A list of records named with wh-words and closed by 這些 / 之類 / 等等 before the comma ("…搬過幾次家這些，後審需要附
   說明文件嗎"): a topic, the clause after it asks yes / no (需要). Near miss: "…這些，要附哪些文件？" asks which.
6. A guess offered after a how-question, said as a statement with a question mark ("怎麼算的？所有抽到的片子平均？"): a
   yes / no (是) when the text says so. Near miss: a guess the text does not bear out ("取最高那一組？") gets no 是.
7. Where a tiered threshold begins ("門檻是從多少%開始有要求", "到多少才開始要處理", "最低門檻", "at what rate does it start")
   is answered by the first tier's row (甲, 40%-50%), not a later tier hit first. Near miss: "超過多少會停止判讀" is no
   start.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import _days_away, answer_kind, polarity_word, rule_not_met
from evals.first_line import first_line
from knowledge.textnorm import fold
from tests.bot.first_line_support import supported


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


# ── 1. a lead time against the advance window ──

LATE = [
    ("如果活动开始前两个礼拜才去外科学会线上申请认定，还会受理吗", "不會"),
    ("課程開辦前10天才上網申請積分認定，學會還會受理嗎", "不會"),
    ("离研讨会只剩两个礼拜就要开了，现在送认定申请还来得及吗", "不行"),
    ("we only applied for credit recognition two weeks before the course - will the society still accept it?", "No"),
]


@pytest.mark.parametrize(("question", "lead"), LATE)
def test_lead_time_shorter_than_the_window_is_refused(ask, question: str, lead: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and ids[0] == "tsa-cme/4.2", (line, ids)
    assert line.startswith(lead), line
    assert supported(line, ids), line


@pytest.mark.parametrize(("question", "days"), [
    ("活動開始前兩個禮拜才申請", 14),
    ("課程開辦前10天才線上申請", 10),
    ("我們提前三週送認定申請", 21),
    ("離研討會只剩兩個禮拜就要開了", 14),
    ("applied two weeks before the course", 14),
    ("applying 6 weeks before the workshop", 42),
    ("活動開始前 45 天申請", 45),
    ("課程兩個月後才開", 60),
    # near misses: "兩週前" is ago, no lead time; no time named
    ("我兩週前申請了，活動下個月", None),
    ("我們想申請積分認定", None),
])
def test_lead_time_read_in_days(question: str, days: int | None) -> None:
    assert _days_away(fold(question)) == days


@pytest.mark.parametrize("question", ["研討會開始前兩個月就申請積分認定，會受理嗎", "研討會 45 天後才舉辦，現在申請認定來得及嗎？"])
def test_lead_time_within_the_window_gets_no_denial(ask, question: str) -> None:
    line = first_line(ask(question).answer)
    assert not line.startswith(("不", "否", "No")), line


@pytest.mark.parametrize(("question", "word"), [
    ("科內的讀書會明天就辦了，現在線上申請積分認定還來得及嗎？", "不行"),
    ("研討會下週就要開了，現在送件還趕得上嗎", "不行"),
])
def test_in_time_asked_takes_its_own_word(question: str, word: str) -> None:
    assert polarity_word(question, True, "zh-TW") == word


# ── 2. an A-not-A case against a 限 list ──

TRAINING = "tsa-cme/5.9.2"


@pytest.mark.parametrize(("question", "lead"), [
    ("國內進修一定要在醫學中心嗎？在區域醫院進修三個月算不算", "不算"),
    ("国内进修是不是只能在医学中心？我在地区医院进修两个月算不算数", "不算"),
    ("國內進修限醫學中心嗎？在地區醫院待一個月，有沒有算", "沒有"),
])
def test_a_not_a_case_read_against_the_restriction(ask, question: str, lead: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert ids[0] == TRAINING, (line, ids)
    assert line.startswith(lead), line
    assert supported(line, ids), line


def test_restricted_value_asked_with_a_not_a_is_no_denial(ask) -> None:
    line = first_line(ask("國內進修一定要在醫學中心嗎？在醫學中心進修三個月算不算").answer)
    assert not line.startswith("不"), line


RESTRICTED = "國內外科學進修（限在醫學中心進修），每月 4 分"


@pytest.mark.parametrize(("question", "unmet"), [
    ("國內進修一定要在醫學中心嗎？在區域醫院進修三個月算不算", True),
    ("國內進修限醫學中心嗎？地區醫院待一個月，有沒有算", True),
    # near misses: the restricted value itself; leave asked of two people keeps its reading (tsa-cme/5.6's 一篇限一人)
    ("國內進修一定要在醫學中心嗎？在醫學中心進修三個月算不算", False),
])
def test_counting_a_not_a_denies_no_case(question: str, unmet: bool) -> None:
    assert rule_not_met(RESTRICTED, question, question) is unmet


def test_leave_for_two_people_stays_refused(ask) -> None:
    line = first_line(ask("同一篇壁報，第一作者跟上台報告的人能不能兩個都申請積分").answer)
    assert line.startswith("不"), line


# ── 3. a joining 還有 piece ──

@pytest.mark.parametrize("question", [
    "现场测试会不会测压迫板？还有胸壁侧照野跟接收器对不对齐那个也测吗",
    "實地測試會不會查假體影像？還有半值層也查嗎",
    "现场实测会不会量平均乳腺剂量？另外输出再现性也测吗",
    "實測會不會看自動曝露控制？還有壓迫裝置那個也會看嗎",
])
def test_joining_piece_asks_with_the_verb_before(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/1.2.1.1", (line, ids)
    assert line.startswith("會："), line


# ── 4. a change reported or asked about with a wh-word ──

@pytest.mark.parametrize(("question", "lead"), [
    ("審查標準每年都一樣嗎？聽說會改，改了會怎麼通知", "不是"),
    ("审查标准每年都一样吗？听说会调整，调整了怎么通知我们", "不是"),
    ("評核標準是固定的嗎？聽說每年會修，修了要去哪裡看", "不是"),
    ("are the review standards the same every year? I heard they change, how would we find out?", "No"),
])
def test_fixed_denied_when_the_change_is_only_reported(ask, question: str, lead: str) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert ids[0] == "hpa-mammo/2", (line, ids)
    assert line.startswith(lead), line
    assert supported(line, ids), line


@pytest.mark.parametrize("question", [
    "審查標準每年會改嗎？",
    # a report that ends the question is offered for confirmation; an A-not-A asks the change
    "評核標準是固定的嗎？聽說每年都會修正",
    "審查標準是固定的嗎？會不會每年調整，調整了去哪裡看",
])
def test_change_asked_is_yes(ask, question: str) -> None:
    line = first_line(ask(question).answer)
    assert line.startswith(("是", "會")), line


# ── 5. a topic closed by 這些 / 之類 before the yes / no ──

@pytest.mark.parametrize("question", [
    "機器的使用年限、報廢年限還有搬過幾次家這些，後審需要附說明文件嗎？",
    "机器用了几年、什么时候报废之类的，书面审查要不要附说明",
    "儀器裝機幾年、移過幾次機等等，書審有需要交代嗎",
])
def test_topic_closed_list_then_yes_no(ask, question: str) -> None:
    assert answer_kind(question) == "yes_no"
    line, ids = _line_and_ids(ask(question))
    assert ids[0] == "hpa-mammo/1.2.2.2", (line, ids)
    assert line.startswith("需要："), line


def test_topic_closed_list_then_which_is_no_yes_no() -> None:
    assert answer_kind("機器用了幾年、搬過幾次這些，後審要附哪些文件？") != "yes_no"


# ── 6. a guess offered after a how-question ──

@pytest.mark.parametrize("question", [
    "醫院抽選片的分數是怎麼算的？所有抽到的片子平均？",
    "機構抽選片臨床影像評估分數怎麼算的？所有抽片成績平均起來？",
    "放射師的抽選片成績怎麼算？是全部抽片的平均？",
])
def test_offered_guess_is_confirmed(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert ids[0] in ("hpa-mammo/2.3.1.n2", "hpa-mammo/2.1.2.2.1.n2"), (line, ids)
    assert line.startswith("是："), line
    assert "平均" in line


def test_guess_the_text_does_not_bear_out_gets_no_yes(ask) -> None:
    line = first_line(ask("機構抽片的分數怎麼算？取最高那一組？").answer)
    assert not line.startswith("是"), line


# ── 7. where the tiers begin ──

@pytest.mark.parametrize("question", [
    "醫師複判差異性的門檻是從多少%開始有要求？",
    "医师复判差异要到多少才开始要处理？",
    "判讀醫師複判差異最低門檻是多少？",
    "at what discrepancy rate does the reader review start to require anything?",
])
def test_threshold_start_is_the_first_tier(ask, question: str) -> None:
    line, ids = _line_and_ids(ask(question))
    assert "40" in line and not line.startswith(("兩條", "Two")), line
    assert "2.1.1.2.1" in ids[0] or ids[0] == "hpa-mammo/2.1.1.2", (line, ids)


def test_stop_threshold_is_no_start(ask) -> None:
    line = first_line(ask("醫師複判差異超過多少會停止判讀？").answer)
    assert "60" in line, line
