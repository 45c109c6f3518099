"""Routing classes of the eleventh round's development data (SPEC §3, issue 9 / 10). Wordings are our own, never the
eval sentences; each test asserts in its own body, with the real engine (real index, real calculators).

What is asked decides the route:
- a bound of hours ("兩小時以內", "超過兩小時", "under 2 hours", "2 hrs or less") with no figure of one's own beside it is the
  rule's band asked, not a fact to compute with (a bound describing one's own sessions, "兩小時以內的去了 3 場", still is);
- how much a circumstance lowers the requirement ("展延總分可以少算多少", "門檻可以扣抵幾分", "lower the points I need")
  is the rule's reduction, even with the circumstance's own length given — unless one's own totals are checked too ("我夠嗎");
- whether something frees one from a requirement ("可以不附個案數", "免附病例數", "skip the case log", "exempt me from the
  case count") is the rule's exemption;
- two people claiming one item ("兩個人都申請", "幾個人一起申請", "can both … claim") is the rule's one-claim limit;
- what to attach, enclose, submit or upload is the rule's;
- one's own plan ("打算明年去美國進修", "I'm planning to do a fellowship abroad") with no length given asks for the length;
- one's own amount said without its figure ("一堆", "很多", "loads of", "a ton of") checked against the limit asks for the figure.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "院外演講如果不到兩個小時，算幾分？超過的話呢",
    "不定期學術討論會 2 小時以上的給多少分",
    "How many points does a local symposium under 2 hours give, and one over 2 hours?",
    "研讨会超过两个小时的学分怎么给？两小时以内的呢",
    "what's a one-off lecture of 2 hrs or less worth?",
])
def test_a_bound_of_hours_alone_asks_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls
    assert any(c.id == "tsa-cme/5.5" for c in answer.citations), [c.id for c in answer.citations]


def test_a_bound_of_hours_describing_ones_own_sessions_is_computed(ask):
    answer = ask("兩小時以內的研討會我去了 3 場，一共幾分？")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls and answer.tool_calls[0].name == "tsa_credit_tally"


@pytest.mark.parametrize("question", [
    "派駐國外醫療團三年，展延總分可以少算多少？",
    "外交部派我去醫療團一年，證書展延的分數能不能減免？",
    "駐外兩年的話，換證門檻可以扣抵幾分",
    "Will two years on a medical mission abroad lower the points I need to renew?",
    "医疗团派驻一年，展延学分门槛能少多少？",
])
def test_how_much_a_circumstance_lowers_the_requirement_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls and answer.pending_call is None


def test_the_reduction_asked_beside_ones_own_yearly_totals_is_computed(ask):
    answer = ask("我去駐外醫療團兩年，六年積分 50、60、70、80、90、100，門檻降多少？這樣夠嗎")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].name == "tsa_renewal_check"


@pytest.mark.parametrize("question", [
    "我有三篇 SCI 一作，是不是可以不附個案數就申請指導老師？",
    "演講過三次就可以免附病例數嗎",
    "Can two first-author SCI papers exempt me from the case count?",
    "我是共同作者的SCI有兩篇，這樣能跳過案例數要求嗎",
    "do I get to skip the case log if I chaired sessions at three IR meetings?",
])
def test_whether_something_exempts_from_a_requirement_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "同一張壁報，第一作者跟發表的人可以兩個人都申請積分嗎",
    "一篇論文可以幾個人一起申請積分？",
    "Can both the first author and the presenter claim credits for the same oral?",
    "两位作者能不能都拿这篇论文的学分",
    "how many people can claim credit for one poster?",
])
def test_two_people_claiming_one_item_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "For an overseas meeting, what do we need to attach to the application?",
    "which pages should I enclose for a journal article?",
    "what should I submit with a poster claim?",
    "for the lecture series, what do i have to upload?",
    "non-indexed journal paper, first author: what should I attach?",
])
def test_what_to_attach_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert answer.pending_call is None


@pytest.mark.parametrize("question", [
    "打算明年去美國進修，可以拿幾分？",
    "计划下半年出国进修，学分能拿多少？",
    "I'm planning to do a fellowship abroad next year — how many credits would that give me?",
    "準備去醫學中心進修，積分可以拿多少？",
    "想去日本研習，這樣可以拿幾分？",
])
def test_ones_own_plan_without_its_length_asks_for_it(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    assert answer.pending_call is not None and answer.pending_call.name == "tsa_credit_tally"


def test_the_rate_asked_beside_a_plan_is_still_the_rule(ask):
    answer = ask("想出國進修的話，一個月可以算幾分？")
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "I did loads of mammograms this month as a radiographer, am I over the monthly limit?",
    "放射師這個月我做了一堆乳攝，會不會超過每月上限？",
    "I've done a ton of screening mammograms this month as a radiographer — am I over the cap?",
    "我们放射师这个月拍了很多乳摄，会不会超过每月上限？",
    "這個月放射師狂拍乳攝，有沒有超過上限？",
])
def test_ones_own_amount_without_its_figure_checked_against_the_limit_asks_for_it(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_radiographer_volume"


def test_the_limit_asked_with_no_amount_of_ones_own_is_the_rule(ask):
    answer = ask("放射師每個月的乳攝上限是多少？")
    assert answer.route == "retrieval", answer.answer[:200]


# ------------------------------------------------------------------ what the rule allows, charges or covers


@pytest.mark.parametrize("question", [
    "what happens if two CME lectures I signed into were held at the same time?",
    "同一時段報了兩堂課，兩邊都簽到會怎樣？",
    "两个课程时间重叠，都去签到的话学分怎么算？",
    "I was registered in parallel sessions in two halls — do both count?",
    "上課時間衝突的兩個研討會都簽了到，積分還算嗎",
])
def test_two_sessions_at_the_one_time_ask_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls and answer.pending_call is None


@pytest.mark.parametrize("question", [
    "可以同時申請兩個領域的指導老師嗎？",
    "can I apply for several domains at once?",
    "指導老師認證可以一次申請多個專長嗎",
    "is it possible to be certified in two areas in one application?",
    "两个领域的指导老师可以一起申请吗？",
])
def test_several_applications_at_once_ask_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert answer.pending_call is None


@pytest.mark.parametrize("question, clause", [
    ("my instructor certificate got damaged, how much is a replacement?", "tsir-instructor/8.2"),
    ("how many points are required to renew the surgical certificate?", "tsa-cme/10"),
    ("total credits needed over the six years to renew my surgery cert? it's due in 2028", "tsa-cme/10"),
    ("續審會不會查我們的臨床影像？還是只看機器", None),
    ("後續審查會不會看放射師的工作經驗？", None),
])
def test_a_fee_the_requirement_or_what_the_review_covers_is_the_rule(ask, question, clause):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert clause is None or any(c.id == clause for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "放射師繼續教育時數不夠，六個月內沒補齊會怎樣？",
    "判讀醫師的積分沒補完，6個月內沒補會怎麼樣",
    "if our reader doesn't make up the CE hours within 6 months, what happens?",
    "自我評量沒過，負責醫師不去參加討論會，會被取消資格嗎？",
    "陽性複判差異 55%，要不要考跑片？",
])
def test_a_consequence_asked_with_only_the_rules_period_or_one_figure_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "我去了好幾場院外研討會（都兩小時以內），總共幾分？",
    "I went to a few local symposia, each under 2 hours — total credits?",
])
def test_a_bound_of_hours_describing_a_vague_count_of_ones_own_asks_the_count(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert any(m.startswith("vague:") for m in answer.missing), answer.missing
