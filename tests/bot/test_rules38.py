"""Round 38 (rules helper): the polarity of a yes / no that a rule-exists tag follows, a part pointed at by its place, and
what the society gives for one kind of activity.

1. A yes / no ask followed by a bare tag asking whether there is a rule on it ("…可以嗎？學會有沒有規定", "…吗？学会有规定吗",
   "…? Is there a rule on this?") asks the same thing: the line leads with the ask's polarity from the clause's own
   negation (勿 → 不可以, 不得 → 不可以 / No), never the 有 / Yes of "there is a rule". A bare 順便 inside a clause ("就順便把
   證明發一發") is the act asked, not a further ask. Near misses: "有沒有規範？" asked alone still gets 有; a 順便問一下
   after a break still opens a further ask.
2. A question pointing at a part by its place (第一大項 / 第三項 / 第(四)項 / 第五條第三項 / 備註二 / the first item / note 1)
   ranks that part first — under the clause the question's words name (後續審查 → 一, 審查標準 → 二, 申請辦法 → 第八條),
   or under the article it names in full (people call a 款 a 項). Near misses: 第一年 / 第二作者 / 第一次 are no places.
3. What the society gives for one kind of activity ("外科學會那邊給多少積分", "学会给几分", "how many credits does the TSA
   give for …"), with its length but no count of one's own, is a rules question — the organiser's own (醫院自己辦) is not
   the asker's. Near misses: a count of one's own (參加了三場, 2 次, attended 2) is computed.

Phrasings written for this test, not taken from eval questions.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import decide_calculation
from bot.rules_asks import separate_asks
from evals.first_line import first_line
from knowledge.ordinals import ordinal_refs
from tests.bot.first_line_support import supported


# ── 1. a rule-exists tag after a yes / no ask ──

POLARITY = [
    ("報到的時候可以先把出席證明發給學員嗎？學會有沒有規定", "tsa-cme/4.4", "不可以"),
    ("报到时可以先把出席证明发下去吗？学会有规定吗", "tsa-cme/4.4", "不可以"),
    ("Can we give out attendance certificates when people check in? Is there a rule on this?", "tsa-cme/4.4", "No"),
    ("我們想在報到時順便發出席證明，可以嗎？", "tsa-cme/4.4", "不可以"),
    ("簽名單可以用蓋章代替嗎？有相關規定嗎", "tsa-cme/8", "不可以"),
    ("同一篇文章在兩個學會發表，可以各申請一次積分嗎？外科醫學會有沒有規定", "tsa-cme/6", "不可以"),
    ("有一年0分但總分超過600，可以申請展延嗎？學會有規定嗎", "tsa-cme/10", "不可以"),
    # (near miss: without the tag, the same polarity)
    ("同一篇论文在两个学会都报告，可以重复申请积分吗", "tsa-cme/6", "不可以"),
]


@pytest.mark.parametrize(("question", "gold", "lead"), POLARITY)
def test_rule_tag_keeps_the_asks_polarity(ask, question: str, gold: str, lead: str) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval" and a.citations[0].id == gold, (line, [c.id for c in a.citations])
    assert line.startswith(lead), line
    assert not line.startswith(("有：", "Yes")), line
    assert supported(line, [c.id for c in a.citations]), line


@pytest.mark.parametrize(("question", "asks"), [
    ("報到的時候可以先把出席證明發給學員嗎？學會有沒有規定", 1),
    ("签名单可以请别人代签吗？学会有规定吗", 1),
    ("Can we give out attendance certificates when people check in? Is there a rule on this?", 1),
    ("助教說能不能在大家簽到時就順便把證明發一發，比較快？", 1),  # (順便 inside the clause)
    # near misses: a further ask after a break is still its own
    ("月會一次幾分？順便問一下離島可以加倍嗎", 2),
    ("月會一次幾分，順便要附什麼證明？", 2),
])
def test_tag_and_bare_shunbian_open_no_ask(question: str, asks: int) -> None:
    assert len(separate_asks(question)) == asks, separate_asks(question)


def test_rule_exists_asked_alone_still_has_a_rule(ask) -> None:
    a = ask("放射師每個月的乳攝量有沒有規範？")
    assert first_line(a.answer).startswith("有"), first_line(a.answer)


# ── 2. a part pointed at by its place ──

ORDINALS = [
    ("後續審查的第三大項是什麼？", "hpa-mammo/1.3"),
    ("後續審查項目第(四)項在審什麼", "hpa-mammo/1.4"),
    ("审查标准第五项讲的是什么", "hpa-mammo/2.5"),
    ("外科積分辦法第五條第三項是幾分？", "tsa-cme/5.3"),
    ("第五條第十二項是在限制什麼", "tsa-cme/5.12"),
    ("介入學會換證條件第一項是多少分", "tsir-instructor/5.1"),
    ("指導老師申請辦法第二款要付錢嗎", "tsir-instructor/8.2"),
    ("What does the first item of the HPA follow-up review look at?", "hpa-mammo/1.1"),
    ("What's the second item of the TSIR application procedure?", "tsir-instructor/8.2"),
    ("In the surgery CME rules, what does note 1 of the international meetings item require?", "tsa-cme/5.4.n1"),
    ("國際會議那款的備註二說什麼", "tsa-cme/5.4.n2"),
    # the question naming the part itself beside its place: the part, not a part under it
    ("後續審查第一大項「人員資歷」那塊，會看放射師拍了多少嗎", "hpa-mammo/1.1"),
    ("后续审查第一项查人员那块，看的是什么", "hpa-mammo/1.1"),
]


@pytest.mark.parametrize(("question", "gold"), ORDINALS)
def test_part_pointed_at_by_place_ranks_first(ask, question: str, gold: str) -> None:
    a = ask(question)
    assert a.route == "retrieval" and a.citations[0].id == gold, (first_line(a.answer), [c.id for c in a.citations])
    assert supported(first_line(a.answer), [c.id for c in a.citations]), first_line(a.answer)


@pytest.mark.parametrize(("question", "refs"), [
    ("後續審查第一大項查什麼", [(1, False)]),
    ("第(二)項", [(2, False)]),
    ("審查標準第5點", [(5, False)]),
    ("那款的備註二", [(2, True)]),
    ("the third item", [(3, False)]),
    ("item 2 of the application rules", [(2, False)]),
    # near misses: a year, a role, an occasion, a full reference (knowledge.lookup's)
    ("第一年零分可以展延嗎", []),
    ("我是第二作者", []),
    ("第一次審查要付審查費嗎", []),
    ("第五條第三款", []),
    ("二(五)的扣款", []),
    ("first author, second year", []),
    # near misses: a place the question sets aside
    ("其他外科學會的年會（不是第三款列的那些）怎麼給分", []),
    ("不在第三款名單裡的學會年會有固定分數嗎", []),
    ("a society meeting other than item 3's ones", []),
    ("第三款以外的外科學會年會給幾分", []),
    ("第三款沒列到的学会年会积分固定吗", []),
])
def test_ordinal_refs(question: str, refs: list[tuple[int, bool]]) -> None:
    assert ordinal_refs(question) == refs


@pytest.mark.parametrize(("question", "gold"), [
    ("第一次審查要付審查費嗎", "tsir-instructor/8.2"),
    ("第一年零分可以展延嗎", "tsa-cme/10"),
])
def test_no_place_no_shift(ask, question: str, gold: str) -> None:
    assert ask(question).citations[0].id == gold


# ── 3. what the society gives for one kind ──

def _route(question: str) -> str:
    from tests.bot.conftest import TODAY

    d = decide_calculation(Query(question, TODAY))
    return "rules" if d is None else d.route


@pytest.mark.parametrize(("question", "route"), [
    ("醫院自己辦的學術演講，大概兩個半小時，外科學會那邊會給幾分？", "rules"),
    ("院内自办的学术讲座，两个小时左右，学会给几分？", "rules"),
    ("A hospital-run seminar of about 3 hours — how many credits does the TSA give for that?", "rules"),
    ("What does the surgical society give for a one-day specialty society annual meeting?", "rules"),
    # near misses: a count of one's own is computed
    ("我參加了三場一個半小時的學術討論會，學會給多少積分？", "calculator"),
    ("我去了2次院內的學術討論會，每次三小時，學會算幾分？", "calculator"),
    ("I attended 2 domestic seminars of 3 hours each, how many credits does the society give?", "calculator"),
    # … and one's own item said without "I": asked back (the author position) or computed, never the rule's
    ("got a non-SCI paper out this year. how many points does the society give for it?", "clarify"),
])
def test_society_gives_for_a_kind(question: str, route: str) -> None:
    assert _route(question) == route


# ── 4. a zero year named by its calendar year ──
# "got nothing in 2023 … over 600 across the 6 years — can I renew?": the rule's no-zero-year bar answers it by itself
# (as "有一年是零分" already did), No — never a list of six years asked for. Near misses: a yearly list is computed.

@pytest.mark.parametrize(("question", "route"), [
    ("I had zero credits in 2023 but more than 600 in total over the six years. Can I renew?", "rules"),
    ("2023年一分都没有，六年总共600多分，能展延吗", "rules"),
    ("民國112年掛零，其他年加起來有700分，這樣可以展延嗎？", "rules"),
    # near misses: every year given is computed
    ("我六年積分是120、100、0、150、130、140，可以展延嗎", "calculator"),
    ("2023年拿了0分，其他五年是120、130、110、150、140，可以展延嗎", "calculator"),  # (the engine then asks the years' order)
    ("I had 0 in 2023 and 120, 130, 110, 150, 140 in the other years. Can I renew?", "calculator"),
])
def test_zero_calendar_year_routes_to_the_rule(question: str, route: str) -> None:
    assert _route(question) == route


@pytest.mark.parametrize(("question", "lead"), [
    ("I had zero credits in 2023 but more than 600 in total over the six years. Can I renew?", "No"),
    ("2023年一分都没有，六年总共600多分，能展延吗", "不可以"),
    ("民國112年掛零，其他年加起來有700分，這樣可以展延嗎？", "不可以"),
    ("那年一分也沒拿到，但六年總分超過600，能展延嗎？", "不可以"),
])
def test_zero_calendar_year_answered_no(ask, question: str, lead: str) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.citations[0].id == "tsa-cme/10" and line.startswith(lead), line
    assert supported(line, [c.id for c in a.citations]), line


# ── 5. whether one patient's case counts as completed follow-up ──
# "確診但拒絕開刀，算我們追蹤完成嗎？該怎麼辦": the rule's ruling on the case (無手術者應說明理由，得俟…評估是否列為追蹤完成數),
# not the deduction calculator — and the case is judged, so the line leads with no 不算. Near misses: a rate or counts of
# one's own are computed.

@pytest.mark.parametrize(("question", "route"), [
    ("病人確診乳癌但拒絕開刀，算我們追蹤完成嗎？該怎麼辦", "rules"),
    ("病人确诊乳癌但拒绝开刀，算我们追踪完成吗？该怎么处理", "rules"),
    ("我們有位個案確診後一直不肯手術，這樣還算追蹤完成的個案嗎？我們要做什麼", "rules"),
    # near misses
    ("疑似陽性 40 案、完成追蹤 30 案，會扣多少？", "calculator"),
    ("追蹤完成率 68%，這樣要怎麼辦？", "calculator"),
])
def test_case_counted_as_completed_follow_up(question: str, route: str) -> None:
    assert _route(question) == route


@pytest.mark.parametrize("question", [
    "確診乳癌但病人拒絕手術，還算追蹤完成嗎？",
    "病人确诊乳癌但拒绝开刀，算我们追踪完成吗？该怎么处理",
])
def test_judged_case_gets_no_polarity(ask, question: str) -> None:
    a = ask(question)
    line = first_line(a.answer)
    assert a.route == "retrieval" and a.citations[0].id == "hpa-mammo/2.5.4", line
    assert not line.startswith(("不算", "算", "不可以", "可以")) and "理由" in line, line
