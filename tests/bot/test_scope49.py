"""Round 49 scope and rules-routing classes, phrasings of our own (the development questions that found them are in
evals/blind/calc_bank49.yaml and evals/cases/rules_blind49.yaml):

A. Scope (SPEC §3):
   1. a bare specialist certificate after the asker's own word for himself (敝人, 本人, 小弟) names no body: the surgical
      certificate our 第十條 renews — a named other specialty (內科, 放射科, 家醫科) stays out;
   2. the specialist certificate ITSELF, told apart from our instructor certificate ("besides the TSIR instructor cert",
      "本身", "itself"), renewed: the radiology board's own renewal, out — the instructor certificate itself stays ours;
   3. our regulation's purpose asked by name (宗旨, 目的, purpose) stays ours beside a neighbour's word (訓練計畫).
B. Rules questions that were sent to a calculator's question back:
   1. a grade given as the premise ("評等拿C") of a who / what question;
   2. whether a rule also reaches a kind of facility ("巡迴車…也會被扣款嗎", "do vans get docked too?");
   3. 幾年 said as when ("前幾年", "幾年前", "近幾年"), not a count — unless it dates one's own certificate;
   4. the requirement's years asked with one own figure in years checked against it ("要幾年以上？…六年 夠不夠"), nothing
      else of the case given (a domain's case count of one's own stays a question back for the years: round 37).
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import FACILITY_ALSO, GRADE_REPORTED, _one_figure_against_requirement, decide_calculation
from bot.scope import neighbour_kind, our_rules_purpose_asked
from bot.vague import find_vague


def _kind(text: str) -> str | None:
    return neighbour_kind(Query(text), topic=False)


OURS = [
    # A1: the asker's own word before a bare specialist certificate
    "敝人專科證書六年積分 120、90、100、80、110、95，可否展延？",
    "本人專科醫師證書效期內六年積分分別為 110、95、100、105、90、100，能否展延？",
    "敝人专科证书六年积分依次是 100、100、90、110、100、95，可以展延吗？",
    "小弟專科證書效期快到了，要幾分才能展延",
    # A2 near misses: the instructor certificate itself, or beside the board's without setting it apart
    "How many radiology specialist education points does the TSIR instructor certificate itself need for renewal?",
    "指導老師證書本身要幾點才能換證",
    "Is the instructor renewal the same as renewing my radiology specialist certificate?",
    "For the instructor renewal, does my radiology specialist certificate itself need to be valid?",
    "除了指導老師證書，我也有放射專科證書，指導老師換證要幾點？",
    "Besides lectures, how many points does the TSIR instructor renewal need?",
    "外科專科證書本身要幾分才能展延？",
    # A3: our regulation's purpose, a training plan only the errand
    "我們院內要寫IR訓練計畫書，想引介入放射學會那個指導老師認證辦法的宗旨，它當初訂這個辦法是為了什麼？",
    "我们科在写住院医师训练计划，介入放射学会的指导老师认证办法，制定的目的是什么？",
    "Drafting our IR fellowship training plan - what is the stated purpose of the TSIR instructor certification rules?",
    "外科積分認定辦法的宗旨是什麼？我要寫專科訓練計畫書",
]


@pytest.mark.parametrize("question", OURS)
def test_ours_stays_in_scope(question: str) -> None:
    assert _kind(question) is None


OUT = [
    # A1 near misses: a named other specialty after the asker's own word
    ("敝人內科專科證書展延要幾分？", "other_certificate"),
    ("本人放射科專科證書展延需要多少學分？", "other_certificate"),
    ("敝人家醫科專科證書要展延，學分怎麼算", "other_certificate"),
    ("敝人次專科證書展延要幾分", "other_certificate"),
    # A2: the specialist certificate itself, our instructor's set beside it
    ("Besides the TSIR instructor cert, how do I renew my diagnostic radiology specialist certificate itself?", "other_certificate"),
    ("Apart from my instructor certificate, how do I renew my radiology board certificate?", "other_certificate"),
    ("Not the instructor cert - the specialist certificate itself: how many points do I need to renew it?", "other_certificate"),
    ("除了指導老師證書以外，我放射科專科證書本身要怎麼換證？要幾分？", "other_certificate"),
    ("指导老师之外，放射专科证书本身换证要几分？", "other_certificate"),
    # A3 near misses: the training plan itself, no regulation of ours named
    ("住院醫師訓練計畫要寫哪些內容？", "training"),
    ("我們的IR訓練計畫書要包含哪些項目？", "training"),
    ("What is the purpose of the radiology residency training program?", "training"),
]


@pytest.mark.parametrize(("question", "kind"), OUT)
def test_neighbours_are_refused(question: str, kind: str) -> None:
    assert _kind(question) == kind


@pytest.mark.parametrize(("text", "asked"), [
    ("指導老師認證辦法的宗旨是什麼", True),
    ("介入放射學會當初訂這個辦法是為了什麼", True),
    ("當初訂這個辦法是為了什麼", False),  # none of ours named: whose 辦法 is not said
    ("what is the purpose of the TSIR instructor certification rules?", True),
    ("指導老師認證辦法第二條要幾例", False),  # a clause asked, not the purpose
    ("住院醫師訓練計畫的目的是什麼", False),  # no regulation of ours named
])
def test_our_rules_purpose_asked(text: str, asked: bool) -> None:
    assert our_rules_purpose_asked(Query(text).cues) is asked


@pytest.mark.parametrize(("text", "reported"), [
    ("醫院抽選片評等拿C，誰要去", True),
    ("抽選片拿個C", True),
    ("評等是C，要派誰去", True),
    ("臨床影像評估被打D", True),
    ("可以拿A嗎", False),  # the grade asked
    ("評等會拿C嗎", False),
])
def test_grade_reported_bare(text: str, reported: bool) -> None:
    assert bool(GRADE_REPORTED.search(Query(text).cues)) is reported


@pytest.mark.parametrize(("text", "also"), [
    ("巡迴車的疑似陽性追蹤完成率沒達標，也會被扣款嗎？", True),
    ("我們巡迴車完成率沒達標，也要扣補助嗎？", True),
    ("乳攝車也要做實地測試嗎", True),
    ("Our mobile van's completion rate came in below target - do vans get docked too?", True),
    ("Does the follow-up completion deduction apply to mobile units as well?", True),
    ("我們醫院完成率沒達標，會被扣款嗎？", False),  # no kind of facility said to fall under it too
    ("國際會議也算嗎？", False),
])
def test_facility_also(text: str, also: bool) -> None:
    assert bool(FACILITY_ALSO.search(Query(text).cues)) is also


@pytest.mark.parametrize(("text", "vague"), [
    ("我前幾年人在加拿大執業，當地外科學會的例會回來要怎麼認？", []),
    ("幾年前我在美國執業，當地的月會怎麼算", []),
    ("近幾年都在日本工作，當地學會的年會積分怎麼認定", []),
    ("我放射專科是幾年前拿到的，可以申請指導老師嗎", ["幾年"]),  # dates one's own certificate: the seniority, asked
    ("我前幾年拿到放射專科，消融 120 例，可以申請嗎", ["幾年"]),
    ("我做介入做了幾年，可以申請嗎", ["幾年"]),  # a count of years, not when
])
def test_years_said_as_when(text: str, vague: list[str]) -> None:
    assert find_vague(text) == vague


@pytest.mark.parametrize(("text", "rule"), [
    ("當指導老師要放射專科拿到幾年以上？我們科有個學弟拿證六年 夠不夠", True),
    ("做指导老师，放射专科要几年以上？我同事拿证六年够不够？", True),
    ("How many years after the radiology boards does an instructor applicant need? A colleague has had the cert 6 years - enough?",
     True),
    ("腫瘤栓塞指導老師要幾例？我們科主任做了 120 例，夠不夠？", False),  # a domain's cases: the years asked back, computed
    ("當指導老師要放射專科拿到幾年以上？我專科十年、RFA 150 例，夠不夠？", False),  # two figures: the case whole
    ("當指導老師要放射專科拿到幾年以上？", False),  # no figure of one's own
    ("指導老師要幾年？我拿證 6 個月，夠不夠", False),  # the figure in another unit
])
def test_one_figure_against_requirement(text: str, rule: bool) -> None:
    assert _one_figure_against_requirement(Query(text)) is rule


# The development questions' classes end to end through routing: rules (no calculation decided) or still computed / asked.
ROUTES = [
    ("醫院抽選片評等拿C，誰要去參加示範醫院的品管討論會？聽說去了也有積分但我比較想知道是誰要去", None),
    ("我們醫院抽選片評等拿C，我比較關心誰要去參加示範醫院的品管討論會？", None),
    ("巡回车的疑似阳性追踪完成率没达标，也会被扣款吗？", None),
    ("乳攝車的追蹤完成率今年沒達標，也會被扣款嗎？", None),
    ("當指導老師要放射專科拿到幾年以上？我們科有個學弟拿證六年 夠不夠", None),
    ("當指導老師要拿到放射專科幾年？我同事拿證五年了，夠不夠？", None),
    ("巡迴車完成率 62%，也會被扣款嗎？扣多少？", "calculator"),
    ("乳攝車完成率沒達標，會被扣多少？", "clarify"),
    ("我們醫院完成率沒達標，會被扣款嗎？", "clarify"),
    ("當指導老師要放射專科拿到幾年以上？我專科十年、RFA 150 例，夠不夠？", "calculator"),
    ("消融做了150例，要做滿幾例？夠不夠", "clarify"),  # (round 37: the years asked back, the verdict computed)
]


@pytest.mark.parametrize(("question", "route"), ROUTES)
def test_routes(question: str, route: str | None) -> None:
    decision = decide_calculation(Query(question))
    assert (decision.route if decision is not None else None) == route
