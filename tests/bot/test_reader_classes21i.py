"""Classes of the twenty-first round in the TSIR (IR instructor) reader — each tested with wordings of its own (zh-TW,
zh-CN, en), never the bank's sentence. Confidently wrong first: a Chinese numeral typed with a look-alike character
("ㄧ百": the bopomofo letter for 一) was left in words and the total computed without it."""

from __future__ import annotations

import pytest

from bot.parsing.text import Query, lookalike_numerals


def _calls(a):
    assert a.route == "calculator", (a.route, a.missing, a.unused, a.answer[:300])
    return [(c.name, c.args, c.result) for c in a.tool_calls]


def _one(a):
    calls = _calls(a)
    assert len(calls) == 1, calls
    return calls[0]


# --- 1. look-alike numerals are read as the numeral; a numeral left in words never vanishes (was confidently wrong) ---------

@pytest.mark.parametrize(("typed", "read"), [
    ("放射積分ㄧ百", "放射積分一百"),
    ("國內 oral ㄧ次", "國內 oral 一次"),
    ("ー百五十分", "一百五十分"),
    ("ニ十例", "二十例"),
    ("一○○分", "一〇〇分"),
])
def test_a_lookalike_character_is_read_as_the_numeral(typed, read):
    assert lookalike_numerals(typed) == read


@pytest.mark.parametrize("words", ["ㄧㄡˇ沒有", "スーパー", "—— 補充", "ニュース"])
def test_lookalikes_outside_a_numeral_stay(words):
    assert lookalike_numerals(words) == words


def test_the_folded_question_reads_the_lookalike():
    assert "積分100" in Query("放射積分ㄧ百，夠嗎").text.replace(" ", "")


@pytest.mark.parametrize(("question", "cme", "points"), [
    ("換證：國外座長１次、國內 oral ２次，放射積分ㄧ百二十，這樣夠不夠", 120, 40 + 30 + 120),
    ("换证：国外讲者2次，放射积分ㄧ百，够不够", 100, 80 + 100),
    ("換證：國內講師３次，另外放射積分壹佰伍拾，幫我看一下", 150, 60 + 150),
])
def test_radiology_points_written_with_a_lookalike_or_financial_numeral_are_counted(ask, question, cme, points):
    name, args, result = _one(ask(question))
    assert name == "tsir_renewal_check"
    assert args.get("cme_points") == cme
    assert result["points"] == points


@pytest.mark.parametrize("question", [
    "換證：國外座長2次、國外oral 1次，放射積分一百出頭，夠嗎",
    "換證：國內講師2次，放射積分有一百拿到了，差多少",
    "換證：國外座長2次，放射積分大概百二，夠嗎",
    "换证：国内oral 3次，放射积分两三百，够吗",
])
def test_a_numeral_the_reader_leaves_in_words_is_asked_never_dropped(ask, question):
    a = ask(question)
    # never a total computed without it: either asked, or the figure is among the arguments
    assert a.route == "clarify" or any("cme_points" in c.args for c in a.tool_calls), (a.route, a.answer[:300])


# --- 2. a heap word beside a stated figure ("做了一堆，近六年大概 N 例") is no missing number: the figure is the fact ---------

@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("RFA做了一大堆，過去六年大約兩百例吧，專科九年，消融指導老師可以嗎", "ablation", 200),
    ("射頻消融做了一堆，近六年差不多 150 台，专科十年，消融指导老师够吗", "ablation", 150),
    ("I've done a ton of TACEs, roughly 320 in the past 6 years; specialist 11 yrs. tumor embolization instructor ok?",
     "tumor_embolization", 320),
])
def test_a_heap_with_its_figure_after_is_the_figure(ask, question, domain, cases):
    name, args, _ = _one(ask(question))
    assert name == "tsir_instructor_eligibility"
    assert args["domain"] == domain and args["cases_last_6_years"] == cases


def test_a_heap_with_no_figure_is_still_asked(ask):
    a = ask("PAE做了不少，其實我也不確定，專科九年，非腫瘤栓塞指導老師夠嗎")
    assert a.route == "clarify"


# --- 3. years as specialist said with the field after the board word, or as "N years ago" ------------------------------

@pytest.mark.parametrize(("question", "years"), [
    ("RFA 190 in the last 6 years; boarded in radiology 10 years ago. ablation instructor?", 10),
    ("Got board certified in diagnostic radiology 11 yrs ago, 320 TACEs in six years — tumour embolization instructor ok?", 11),
    ("I became a radiology specialist 9 years ago and did 130 biliary stents in 6 yrs, stenting instructor?", 9),
    ("放射專科是 11 年前考上的，近六年 TACE 320 例，腫瘤栓塞指導老師夠嗎", 11),
])
def test_years_as_specialist_with_the_field_or_ago(ask, question, years):
    name, args, _ = _one(ask(question))
    assert name == "tsir_instructor_eligibility" and args["years_as_specialist"] == years


# --- 4. lectures in the domain given at N meetings (1.2.1's lecture path); a lecture in another domain set aside ----------

@pytest.mark.parametrize(("question", "lectures"), [
    ("RFA 90 in six years, specialist 6 yrs, and I spoke about ablation at three national congresses. ablation instructor?", 3),
    ("Biliary stents 50, specialist 7 yrs; invited faculty on biliary stenting at 5 IR conferences. stenting instructor?", 5),
    ("血管介入：溶栓 30、TIPS 20，專科九年，另外我在 3 場介入年會講過血管介入，夠當血管介入指導老師嗎", 3),
    ("消融 RFA 100 例，专科9年，我在3次学会会议上讲过消融，消融指导老师可以吗", 3),
])
def test_lectures_at_meetings_are_the_lecture_count(ask, question, lectures):
    name, args, result = _one(ask(question))
    assert args["lectures_in_domain"] == lectures and result["path"] == "lectures"


@pytest.mark.parametrize("question", [
    "RFA 90 in six years, specialist 9 yrs, and I lectured on TACE at 3 IR meetings. ablation instructor?",
    "RFA 90 in six years, specialist 9 yrs, and I gave 3 lectures on TACE. ablation instructor?",
])
def test_lectures_in_another_domain_named_in_their_own_sentence_are_set_aside(ask, question):
    name, args, result = _one(ask(question))
    assert not args.get("lectures_in_domain") and result["eligible"] is False


# --- 5. radiology points said short ("放射積分 N", "放射科學分 N") are the instructor renewal's, in a part of their own too -----

@pytest.mark.parametrize(("question", "cme", "points"), [
    ("目前累積：國內 oral 2 次、SCI 一作 case report 1 篇、放射積分 120，夠嗎？", 120, 30 + 20 + 120),
    ("目前：SCI 一作原著 2 篇、放射科學分 95，够不够", 95, 80 + 95),
])
def test_radiology_points_said_short_are_the_instructor_renewals(ask, question, cme, points):
    name, args, result = _one(ask(question))
    assert name == "tsir_renewal_check" and args["cme_points"] == cme and result["points"] == points


def test_radiology_points_in_the_second_part_of_a_message(ask):
    a = ask("1) 指導老師證書 2028/6/30 到期，什麼時候可以開始換證？ 2) 目前有國外 oral 2 次、放射積分 130，這樣夠嗎？")
    calls = {c.name: c for c in a.tool_calls}
    assert calls["tsir_renewal_check"].args.get("cme_points") == 130
    assert calls["tsir_renewal_check"].result["points"] == 2 * 25 + 130


# --- 6. a renewal list of one's own activities each counted once, summed, is calculated (not the rule quoted) ------------

@pytest.mark.parametrize(("question", "points"), [
    ("換證算分：國外 oral 1 次、國內座長 1 次、SCI case report 通訊 1 篇，加起來幾分", 25 + 20 + 20),
    ("换证：国际讲者1次，SCI全文其他作者1篇，国内e-poster 1次，总共几分", 40 + 15 + 15),
    ("For renewal: 1 SCI full article as first author, 1 domestic oral, 1 international moderator role. total points?", 40 + 15 + 40),
])
def test_a_list_of_single_activities_is_summed(ask, question, points):
    name, args, result = _one(ask(question))
    assert name == "tsir_renewal_check" and result["points"] == points


# --- 7. per-domain case lists under headings, two domains in one message: one part each, each summed --------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("專科11年，兩個領域都想申請：\n腫瘤栓塞：TACE 200、TARE 40\n消融：RFA 120、MWA 70\n夠嗎？還差幾例？",
     {"tumor_embolization": 240, "ablation": 190}),
    ("Specialist 10 yrs. Two domains:\n- ablation: RFA 100, MWA 50\n- biopsy: CT-guided biopsy 200, drainage 90\n"
     "enough for each? how many short?", {"ablation": 150, "localization_biopsy_drainage_pain": 290}),
    ("专科9年，想同时申请两项：\n- 非肿瘤栓塞：PAE 40、出血栓塞 50、UAE 9\n- 消融：RFA 150、MWA 40\n各自够不够？差多少？",
     {"non_tumor_embolization": 99, "ablation": 190}),
])
def test_two_domain_lists_under_headings_are_one_part_each(ask, question, expected):
    a = ask(question)
    assert a.route == "calculator", (a.route, a.answer[:300])
    got = {c.args["domain"]: c.args["cases_last_6_years"] for c in a.tool_calls}
    assert got == expected
    assert len(a.parts) == 2 and all(p.route == "calculator" for p in a.parts)


def test_a_shortfall_asked_after_enough_is_the_same_question():
    from bot.parts import split_parts
    assert split_parts("專科15年，RFA 150 例、TACE 280 例，各別夠不夠？差多少？")[0] is None
    assert split_parts("Specialist 10 yrs, RFA 150 and TACE 280. enough? how many short?")[0] is None


# --- 8. a part of the cases said to fall outside the six years is taken off the domain's count, said so ----------------

@pytest.mark.parametrize(("question", "cases"), [
    ("消融：RFA 200 例，其中有 30 例超過六年了，專科九年，消融指導老師夠嗎", 170),
    ("Specialist 12 yrs, 330 TACEs total, but 50 of them were more than six years ago. tumor embolization instructor?", 280),
    ("专科10年，TACE一共350例，其中40例不在近六年内，肿瘤栓塞指导老师够吗", 310),
])
def test_cases_outside_the_six_years_are_taken_off(ask, question, cases):
    a = ask(question)
    name, args, _ = _one(a)
    assert args["cases_last_6_years"] == cases
    assert any("−" in x for x in a.assumptions)


def test_a_part_inside_the_six_years_is_no_subtraction(ask):
    # "其中 30 例是近兩年做的": a part inside the period is never taken off (read whole, or asked about)
    a = ask("專科10年，RFA 一共 200 例，其中 30 例是近兩年做的，消融指導老師夠嗎")
    assert a.route == "clarify" or [c.args["cases_last_6_years"] for c in a.tool_calls] == [200]
