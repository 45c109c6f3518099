"""Round 45 scope classes (SPEC §3), phrasings of our own (none is from a blind bank; the development questions that found them
are in evals/blind/calc_bank45.yaml and evals/cases/rules_blind44_spent.yaml):

1. Neighbours answered with our rules, refused now with a pointer to whose rules answer:
   a. staff's working time — a duty-hour cap, on-call limits, consecutive hours, the rest after a night on call (labour law and
      the MOHW's guideline on residents' hours: `working_hours`). Our texts count hours only as credits and a radiographer's
      working DAYS for the reasonable volume: 值班 said as the reason one missed a meeting, or working days counted, stay ours.
   b. a life-support course card (ACLS, BLS, PALS, NRP, CPR …) kept up — its renewal itself asked (where, how, how long, whether
      another card is separate), even with a credit word beside it: that course's rules. Our credits named (外科, surgical), the
      ATLS (第五條第十三款) or a credit figure keep it ours.
   c. another profession's certificate (an IR nurse's, an angiography technologist's), the IR society's own included: that
      certificate's issuer. Our instructor certificate asked of a nurse, and the mammography radiographers, stay ours.
2. In scope, refused or misrouted before:
   a. a meeting of a society said to be listed in the surgical training standards, or attended by the asker as a surgeon
      ("骨科醫學會（訓練基準裡有列的）年會", "我們外科去參加"): 第五條第三款. Another field's own credits stay refused.
   b. the points a medical mission abroad takes off the renewal requirement ("扣多少分"): 第五條第十四款, never the HPA
      subsidy's deduction (a share of money, not points).
   c. a credits question with the obstacle said outright — one year at zero, "還能展延嗎" — is the no-zero-year rule (第十條),
      not the renewal window's dates; and a consequence asked in its negated form ("是立刻不能讀片了嗎") is led 是 / 不是,
      never the bare modal's 可以.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import POINTERS, out_of_scope_marker


def _cited(a):
    return [c.id for c in a.citations]


# ---------------------------------------------------------------- 1a. working hours

WORKING_HOURS = [
    "住院醫師每週工時上限是幾小時？我們醫院好像超過了",
    "住院医师值班最多可以连续几小时？",
    "PGY 一個禮拜最多可以上班幾小時",
    "住院醫師一個月最多可以值幾班？",
    "值完班隔天可以休息嗎？我們科都沒有",
    "How many hours can a resident work in a row before they must rest?",
    "Our residents are doing 100 hrs a week, is that even legal?",
    "Is there a post-call day off rule for surgery residents?",
    "规培医生每周工作时间上限是多少？",
    "How long can surgical residents be on call at a stretch?",
    "住院醫師一週上限80小時對嗎",
]


@pytest.mark.parametrize("question", WORKING_HOURS)
def test_working_hours_are_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])


@pytest.mark.parametrize("question", WORKING_HOURS)
def test_working_hours_point_to_labour_law(question):
    kind = out_of_scope_marker(Query(question))
    assert kind == "working_hours"
    zh, en = POINTERS[kind]
    assert "勞動基準法" in zh and "Labor Standards Act" in en


@pytest.mark.parametrize(("question", "clause"), [
    ("月會那天值班走不開，請學弟代簽會怎樣", "tsa-cme/8"),
    ("放射師每天工作8小時，一個月工作22天，合理量怎麼算？", "hpa-mammo/2.1.2.3.2"),
])
def test_work_named_beside_our_rule_stays_ours(ask, question, clause):
    a = ask(question)
    assert a.route in ("retrieval", "calculator"), (a.route, a.answer[:200])
    assert clause in _cited(a)[:3]


# ---------------------------------------------------------------- 1b. life-support course cards

COURSE_CARDS = [
    "BLS 證照快過期了，要去哪裡複訓？可以算學分嗎",
    "PALS 卡明年到期，要怎麼續證？有積分嗎",
    "ACLS 证书要过期了，去哪里复训？能拿学分吗",
    "NRP 新生兒急救證書到期要重新上課嗎，有學分嗎",
    "ACLS 過期了怎麼辦？還能算積分嗎",
    "Our PALS recertification is due - how long is the refresher and does it earn CME?",
]


@pytest.mark.parametrize("question", COURSE_CARDS)
def test_a_life_support_cards_renewal_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert out_of_scope_marker(Query(question)) == "other_certificate"


@pytest.mark.parametrize("question", [
    "ACLS 課程算幾分積分？",                      # the course's credits asked, no card renewed
    "ACLS 證照快到期了，複訓能抵外科積分嗎？",      # our credits named
    "ATLS 卡要到期了，去哪裡複訓？複訓算幾分",      # the ATLS: 第五條第十三款
])
def test_a_course_counted_in_our_credits_stays_ours(ask, question):
    assert out_of_scope_marker(Query(question)) is None
    assert ask(question).route != "out_of_scope"


# ---------------------------------------------------------------- 1c. another profession's certificate

OTHER_PROFESSION_CERT = [
    "介入學會有沒有介入放射師的認證？我們血管攝影室的技術師想申請",
    "台灣介入放射線學會有辦技術師認證嗎？",
    "心導管室技術師的證照要怎麼考",
    "Does TSIR have a certification for IR nurses? One of our cath lab nurses wants to apply.",
    "Can a nurse get certified by TSIR? Our angio nurse is asking.",
    "What does the TSIR certification for IR technologists require?",
]


@pytest.mark.parametrize("question", OTHER_PROFESSION_CERT)
def test_another_professions_certificate_is_refused(ask, question):
    a = ask(question)
    assert a.route == "out_of_scope", (a.route, a.answer[:200])
    assert out_of_scope_marker(Query(question)) == "other_certificate"


@pytest.mark.parametrize("question", [
    "護理師可以申請指導老師認證嗎？",                 # our instructor certificate asked of a nurse
    "乳攝放射師的繼續教育時數不夠怎麼辦？",           # the review's own radiographers
    "專科護理師證書展延要多少積分？",                 # (still refused, as the licence's continuing education)
])
def test_near_misses_keep_their_reading(question):
    expected = "licence" if "專科護理師" in question else None
    assert out_of_scope_marker(Query(question)) == expected


# ---------------------------------------------------------------- 2a. a listed society's meeting

@pytest.mark.parametrize("question", [
    "泌尿科醫學會年會兩天，我是外科的，去參加可以算幾分？",
    "麻醉醫學會年會（在外科訓練課程基準有列）參加兩天有幾分",
    "我们外科去参加泌尿科医学会年会，开两天算几分？",
    "The anaesthesiology society congress is one of the societies listed in the surgical training standards - 2 days, how many points?",
])
def test_a_listed_societys_meeting_is_our_credit(ask, question):
    a = ask(question)
    assert a.route in ("retrieval", "calculator"), (a.route, a.answer[:200])
    assert "tsa-cme/5.3" in _cited(a)[:2]


@pytest.mark.parametrize("question", [
    "復健醫學會的年會給幾個學分",                        # that society's own credits
    "眼科醫學會的年會有在外科訓練課程基準裡嗎？參加一天算幾分",  # whether it is listed: not in our texts
])
def test_another_fields_own_credits_stay_refused(question):
    assert out_of_scope_marker(Query(question)) is not None


# ---------------------------------------------------------------- 2b. a medical mission's points

@pytest.mark.parametrize("question", [
    "去友邦醫療團派駐兩年，是扣多少分？",
    "学长去医疗团派驻了18个月，展延门槛能扣掉几分",
    "援外医疗队派驻两年，展延积分能扣抵多少",
    "在外交部派的醫療團待了18個月，換證門檻扣幾分？",
    "Spent a year with the Taiwan medical mission in Eswatini; how much does that cut from the 600 I need?",
])
def test_a_missions_points_off_are_its_rule(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert _cited(a)[0] == "tsa-cme/5.14"


@pytest.mark.parametrize("question", ["完成率 68%，補助 200 萬，會扣多少？", "追蹤完成率65%要扣幾%"])
def test_the_subsidys_deduction_stays_a_calculation(ask, question):
    a = ask(question)
    assert a.route == "calculator" and a.tool_calls[0].name == "hpa_followup_deduction"


# ---------------------------------------------------------------- 2c. the obstacle said; a negated consequence

@pytest.mark.parametrize("question", [
    "我六年學分都夠了，可是其中一年是 0 分，這樣還能展延嗎？",
    "学分总数够了，就是有一年是0分，还可以展延吗",
])
def test_a_zero_year_asked_of_the_renewal_is_the_rule(ask, question):
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.answer[:200])
    assert _cited(a)[0] == "tsa-cme/10"
    assert a.answer.startswith("不可以")


def test_a_dated_renewal_stays_the_window(ask):
    a = ask("證書 115/6/30 到期，學分都夠，還能展延嗎？")
    assert a.route == "calculator" and a.tool_calls[0].name == "renewal_window"


@pytest.mark.parametrize("question", [
    "陰性複判差異22%，是立刻不能判讀了嗎？要怎麼才能恢復",
    "陽性複判差異 65%，醫師是不是不能再看片了？",
])
def test_a_negated_consequence_is_led_yes(ask, question):
    a = ask(question)
    assert a.route == "calculator"
    assert a.answer.startswith("是。"), a.answer[:80]


def test_the_plain_consequence_keeps_its_modal(ask):
    assert ask("陰性複判差異22%，還可以讀片嗎？").answer.startswith("不可以。")
