"""Routing and scope classes of the ninth round's development data (SPEC §3, issue 9 / 10).
Wordings are our own, never the eval sentences.

What is asked decides the route, not the words that happen to be there:
- a value of one's own case said to be missing ("陽性沒資料", "另一組還沒出來", "not back yet") is the person's own case: the
  figures given decide, or the missing one is asked — and the 資料 of "沒資料" is no rule's documents;
- a terse ask at the end of one's own figures ("結果？", "處置？", "CME?", "Grade?") asks for their result;
- a duration asked together with a day of one's own ("要多久內確診？最後期限幾號") is computed from the date given, or the
  date is asked for; the duration alone stays the rule's;
- a count said vaguely ("發了幾篇 SCI") is the person's own case: the count is asked for;
- a reading with no number bound to it ("年會也有去") is computed when the person asks their own figure, and a number it
  leaves unread becomes a question back, never a default;
- the rule's choice ("評等看哪一組"), a claim made twice, a fee by any name ("要收錢嗎"), where to look something up
  ("哪個系統", "網址") and the rule's rate with a filler word ("去一次到底給幾分") ask what the rule says;
- how long a sanction lasts, asked alone with one's figures ("how long is he suspended"), is the rule's period;
- scope: which instructor domain a technique belongs to is ours; another cancer's screening named with its test between
  ("肺癌低劑量CT篩檢") is not; a specialty society's meeting asked "what's it worth" is ours.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import asks_the_rule, decide_calculation
from bot.scope import assess, neighbour_kind, out_of_scope_marker
from tests.bot.conftest import TODAY


# ------------------------------------------------------------------ a value said missing


@pytest.mark.parametrize("question", [
    "陰性複判差異 22%，陽性這次沒資料，怎麼處置？",
    "阳性复判差异 65%，阴性没有数据，结果？",
    "Negative re-read discrepancy 24%, positive: no data this round. What now?",
    "這次沒抽到陽性個案，陰性的複判差異是 21%，處置？",
    "positive-case discrepancy came back 63%; the negative-case figure isn't available yet. outcome?",
])
def test_a_decisive_figure_beside_a_missing_one_is_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].name == "hpa_reread_action"
    assert answer.tool_calls[0].result["tier"] == "stop"


@pytest.mark.parametrize("question", [
    "放射師自選片非緻密型 348 分，緻密型還沒出來，幾等？",
    "我们技师自选片一组 371，另一组成绩还没出来，评等？",
    "One self-selected set scored 355, the other one isn't back yet. Grade?",
    "自選片其中一組 362 分，另一組尚無分數，評等是？",
    "Self-selected evaluation: dense set 344, the non-dense score is still pending — which grade?",
])
def test_one_of_two_scores_said_missing_is_asked_for(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert answer.pending_call is not None and answer.pending_call.name == "hpa_image_grade"
    assert not answer.tool_calls


def test_the_documents_word_inside_a_missing_value_is_no_rule_cue():
    q = Query("陰性複判差異 23%，陽性沒有資料，處置？", TODAY)
    decision = decide_calculation(q)
    assert decision is not None and decision.extraction.tool == "hpa_reread_action"
    assert not asks_the_rule(q)


# ------------------------------------------------------------------ a terse ask for the result


@pytest.mark.parametrize("question, tier", [
    ("陽性複判差異 62%、陰性 10%，結果？", "stop"),
    ("复判差异 阳性 55%、阴性 9%，之前没被要求过，处置？", "required"),
    ("reread discrepancy: positive 45%, negative 5%, first time. Outcome?", "recommended"),
    ("陰性複判差異 18%、陽性 30%，上次沒被要求，判定？", "required"),
    ("Positive 35%, negative 6%, never flagged before. Result?", "none"),
])
def test_a_terse_ask_after_ones_figures_is_computed(ask, question, tier):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].result["tier"] == tier


@pytest.mark.parametrize("question", [
    "2025: 3rd author on one SCI paper, corresponding author on a non-SCI one. CME?",
    "This year: attended the TSA annual meeting and 4 monthly meetings. Credits?",
    "2026 年外科醫學會年會有參加，另外月會 3 次，我的積分？",
    "今年月會 7 次、年會也有到，我的積分？",
    "I went to the annual meeting this year, that's it. Total credits?",
])
def test_a_credit_question_of_ones_own_is_never_a_quoted_rule(ask, question):
    answer = ask(question)
    assert answer.route in ("calculator", "clarify"), answer.answer[:200]
    if answer.route == "calculator":
        assert answer.tool_calls[0].name == "tsa_credit_tally"
    else:  # a number left unread or a role asked: a question back, no figure
        assert not answer.tool_calls and answer.missing


@pytest.mark.parametrize("question, total", [
    ("月會我今年去了 9 次，年會也去了，這樣幾分", 240),
    ("每個月月會我都有去，11次全勤，年會也去了，今年幾分", 280),
    ("今年月會全勤 12 次，年會也有到，我大概幾分", 300),
])
def test_a_reading_with_no_number_bound_computes_or_asks_never_defaults(ask, question, total):
    answer = ask(question)
    assert answer.route in ("calculator", "clarify"), answer.answer[:200]
    if answer.route == "calculator":
        assert answer.tool_calls[0].result["total"] == total
    else:
        assert not answer.tool_calls


# ------------------------------------------------------------------ a duration with a day of one's own


@pytest.mark.parametrize("question, deadline", [
    ("今年 9/15 篩檢的個案報告 category 0，要多久內複檢？到哪天？", "2026-11-15"),
    ("2026/10/1 篩的，BI-RADS 4，幾個月內要確診？最晚幾號？", "2026-12-01"),
    ("cat 3 screened on 2026-06-10 — how long do we have, and what's the exact date?", "2026-12-10"),
    ("阿嬤今年 8/5 做的乳攝，結果第 5 類，多久內要確診？期限是哪一天", "2026-10-05"),
    ("去年 12/20 篩檢 category 3，幾個月內要複檢？哪天截止？", "2026-06-20"),
])
def test_a_duration_asked_with_ones_own_day_is_computed(ask, question, deadline):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].name == "hpa_followup_deadline"
    assert answer.tool_calls[0].result["deadline"] == deadline


@pytest.mark.parametrize("question", [
    "category 4 的個案要多久內確診？最後期限是哪天？",
    "类别 0 的个案多久内要复检？截止是几号？",
    "A cat 3 patient of ours: how long for the recall, and what exact date is it due?",
])
def test_a_duration_and_a_day_with_no_date_never_gives_a_day(ask, question):
    answer = ask(question)
    # the date is asked for, or the duration computed — never a day from a date nobody gave, never a refusal
    assert answer.route in ("clarify", "calculator", "retrieval"), answer.answer[:200]
    assert all(c.result.get("deadline") is None for c in answer.tool_calls)


@pytest.mark.parametrize("question", [
    "category 3 要多久內完成複檢？",
    "BI-RADS 0 的多久内要复检完？",
    "How long do category 4 cases have for a confirmed diagnosis?",
])
def test_the_duration_alone_stays_the_rules(question):
    assert asks_the_rule(Query(question, TODAY))


# ------------------------------------------------------------------ a count said vaguely


@pytest.mark.parametrize("question", [
    "今年投了幾篇 SCI，都是通訊作者，論文積分多少？",
    "今年发了几篇SCI论文，都是一作，能拿多少分",
    "Published several SCI papers this year as first author — how many credits?",
    "去年發表幾篇非 SCI 的文章，都是第一作者，可以算幾分？",
])
def test_a_count_said_vaguely_is_asked_for(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


# ------------------------------------------------------------------ what the rule says, with figures beside it


@pytest.mark.parametrize("question", [
    "自選片兩組 355 跟 341，評等是以哪一組為準？",
    "两组自选片 368、344，评等看哪一组的分数？",
    "Our RT's two self-selected sets: 362 and 339. Which one determines the grade?",
    "non-dense 371, dense 352 for the self-pick — which of the two counts?",
    "兩組分數 350、365，等第要取哪一組阿",
])
def test_which_of_ones_figures_the_rule_takes_is_the_rules(ask, question):
    assert asks_the_rule(Query(question, TODAY))
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id.startswith("hpa-mammo/2.1.2.2") or c.id.startswith("hpa-mammo/2.3") for c in answer.citations)


def test_which_one_beside_a_grade_asked_is_computed():
    q = Query("自選片兩組 355、341，要取哪一組？那評等幾等？", TODAY)
    assert not asks_the_rule(q)
    decision = decide_calculation(q)
    assert decision is not None and decision.route == "calculator"


@pytest.mark.parametrize("question", [
    "陽性複判差異 53%、陰性 9%，兩邊都在範圍內，以哪個為準？",
    "阳性差异 45%、阴性差异 17%，两个都落在区间里，以哪个为准？",
    "陰性複判差異 16%、陽性 42%，兩個都有到，看哪個？",
])
def test_which_result_governs_after_ones_figures_is_computed(question):
    q = Query(question, TODAY)
    assert not asks_the_rule(q)
    decision = decide_calculation(q)
    assert decision is not None and decision.extraction.tool == "hpa_reread_action"


@pytest.mark.parametrize("question", [
    "同一篇研究在兩個學會都有口頭發表，可以重複申請積分嗎？",
    "同一篇论文投了两个学会的年会，可以算两次吗？",
    "I presented the same abstract at two meetings. Can I claim credit for it twice?",
    "Same poster shown at two congresses this year, can it be counted twice?",
    "一篇文章在外科年會跟消化外科年會都報告了，兩邊都算可以嗎",
    "Is double-counting one paper across two society meetings allowed?",
])
def test_a_claim_made_twice_asks_the_rule(ask, question):
    assert asks_the_rule(Query(question, TODAY))
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "幫科內研討會送積分認定，要收錢嗎？",
    "申请积分认定要交钱吗？怎么缴？",
    "Is there a fee to get our seminar accredited for TSA credits?",
    "How do we pay for the credit accreditation of our symposium?",
    "送研討會認定，費用要用什麼方式繳？",
])
def test_a_fee_by_any_name_asks_the_rule(ask, question):
    assert asks_the_rule(Query(question, TODAY))
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "我們院今年乳攝篩了多少案、有沒有超量，要去哪個系統查？",
    "筛检量在哪个平台看？有链接吗",
    "Which system do we check our mammography screening volume in? Is there a URL?",
    "乳攝篩檢的個案資料要上傳到哪個網站？有網址嗎",
    "where can we check how many screenings our hospital did this year?",
])
def test_where_to_look_it_up_asks_the_rule(ask, question):
    assert asks_the_rule(Query(question, TODAY))
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "外科年會去一次到底算幾分？",
    "月会去一次究竟给几分？",
    "國際會議去一場到底算幾分？",
    "院外研討會參加一場通常給幾分",
    "what is one monthly meeting actually worth?",
])
def test_the_rules_rate_asked_with_a_filler_word_asks_the_rule(ask, question):
    assert asks_the_rule(Query(question, TODAY))
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "he was told last time to attend the conference; his negative discrepancy is now 18%. how long is he suspended?",
    "上次已被要求參加座談會，這次陰性差異 16%，停權多久？",
    "前次审查已要求参加讨论会，这次阳性差异 52%，要停多久？",
])
def test_how_long_alone_with_ones_figures_is_the_rules_period(question):
    assert asks_the_rule(Query(question, TODAY))


# ------------------------------------------------------------------ scope


@pytest.mark.parametrize("question", [
    "PAE 算哪一個領域？",
    "TIPS 归在哪一类？",
    "Which domain does UAE fall under for the instructor certificate?",
    "冷凍消融屬於哪個領域",
    "Does a PTCD count as the drainage domain?",
])
def test_which_domain_a_technique_belongs_to_is_ours(question):
    q = Query(question, TODAY)
    assert out_of_scope_marker(q) is None
    assert assess(q, [], None).in_scope


@pytest.mark.parametrize("question", [
    "肺癌低劑量CT篩檢的陽性個案追蹤率有扣款標準嗎？",
    "胃癌幽門桿菌篩檢的追蹤完成率要多少？",
    "口腔癌黏膜檢查篩檢陽性要多久追蹤完？",
    "Low-dose CT lung screening: is there a deduction for a low follow-up rate?",
    "大腸癌免疫法糞便篩檢陽性個案的追蹤率怎麼算",
])
def test_another_cancers_screening_named_with_its_test_is_out_of_scope(question):
    assert out_of_scope_marker(Query(question, TODAY)) == "other_screening"


@pytest.mark.parametrize("question", [
    "A 2-day annual meeting of a society on the surgical residency curriculum list — what's it worth?",
    "One-day congress of a specialty society in the residency curriculum (e.g. urology): what is that worth?",
])
def test_a_curriculum_societys_meeting_asked_its_worth_is_ours(question):
    assert neighbour_kind(Query(question, TODAY), topic=False) is None
