"""Round 36 TSIR instructor eligibility / lifetime classes (tsirelig36), each with wordings of our own:

1. numbered parts ("(1)…; (2)…", "(a)…(b)…", "①②") with the facts said after the last part's question, or after the list
   before a question of which / each: every part's — and words every part shares ("at the same time") point at no other
   part's figure (before: "(1) TACE 320; (2) PAE 40? board 10 yrs" read PAE 360, or one part asked for the years);
2. a count said of each thing of a list ("45 each of A, B and C", "A and B 90 apiece", "A、B 各做了 50 例", "每種 60 例"):
   every item's, added up in the domain (before: one item's count);
3. an aside counting machines ("一台冷凍機", "2 microwave generators"): set aside, never a case;
4. the period of a count between the technique and its count ("… in the last six years add up to 100");
5. the renewal points said with a limiting word ("I only have 90 pts", "我才 150 分") beside a lifetime question;
6. years of doing the work ("做介入做了 10 年", "been doing IR for 11 years") read as the specialist's years, said so —
   a bare "做了 5 年" (within the six-year window the counts may span) asked;
7. a shortfall the facts state ("個案數還差一些，不過…SCI…可以嗎") is no outcome asked: the lead answers the question;
8. years as a specialist beside a lifetime / renewal question ("專科 30 年了，…生，…送件，可以終身嗎"): set aside, never asked.
"""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 12, 4)
TOOL = "tsir_instructor_eligibility"


def _calls(answer, name):
    """Every call of the tool `name`, the answer's own or its parts'."""
    out = [c for c in answer.tool_calls if c.name == name]
    for p in answer.parts or []:
        out += [c for c in p.tool_calls if c.name == name and c not in out]
    return out


def _by_domain(answer):
    return {c.args["domain"]: c for c in _calls(answer, TOOL)}


def _one(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, TOOL)
    return a, call


# ----------------------------------------------------- 1. numbered parts: facts after the last question, or after the list

@pytest.mark.parametrize(("question", "years", "cases", "eligible"), [
    ("Can I apply in two domains together: (1) TACE 310; (2) UAE 60? specialist 11 years.", 11,
     {"tumor_embolization": 310, "non_tumor_embolization": 60}, {"tumor_embolization": True, "non_tumor_embolization": False}),
    ("(1) 腫瘤栓塞 TACE 290 夠嗎？(2) 消融 RFA 185 夠嗎？專科 9 年", 9,
     {"tumor_embolization": 290, "ablation": 185}, {"tumor_embolization": False, "ablation": True}),
    ("同时申请两个领域：① 肝癌栓塞 305；② PAE 110？专科12年。", 12,
     {"tumor_embolization": 305, "non_tumor_embolization": 110}, {"tumor_embolization": True, "non_tumor_embolization": True}),
    ("(a) biopsies 210 + drainages 95. (b) RFA 120 plus MWA 70. Board-certified 10 yrs, everything within 6 years. "
     "Which of these can I apply for?", 10,
     {"localization_biopsy_drainage_pain": 305, "ablation": 190}, {"localization_biopsy_drainage_pain": True, "ablation": True}),
    ("兩項一起申請：(a) 膽道支架 60＋輸尿管支架 45。(b) 洗腎通路 PTA 70＋TIPS 12。專科 13 年，都是近六年的。哪幾項可以？", 13,
     {"nonvascular_stenting": 105, "vascular_intervention": 82}, {"nonvascular_stenting": True, "vascular_intervention": False}),
])
def test_numbered_parts_share_the_facts_after_them(engine, question, years, cases, eligible):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], [p.missing for p in a.parts or []])
    calls = _by_domain(a)
    assert {d: c.args["cases_last_6_years"] for d, c in calls.items()} == cases
    assert all(c.args["years_as_specialist"] == years for c in calls.values())
    assert {d: c.result["eligible"] for d, c in calls.items()} == eligible


def test_words_every_part_shares_point_at_no_part():
    from bot.parts import carry_same_figure

    shared = ["Can I apply for both at the same time: TACE 320", "Can I apply for both at the same time: PAE 40"]
    assert carry_same_figure(shared) == shared
    # (a part pointing at the part before's measure still takes it)
    assert carry_same_figure(["補助 5,000,000，陽追率 65% 扣多少", "同樣補助金額的話 72% 扣多少"])[1].startswith("補助金額 5,000,000")


# ----------------------------------------------------- 2. a count said of each thing of a list

@pytest.mark.parametrize(("question", "domain", "cases", "eligible"), [
    ("tumour embolization instructor: 110 each of TACE, TARE and bland embo over six years; board 10 yrs. enough?",
     "tumor_embolization", 330, True),
    ("non-tumour embolization: PAE, UAE and GAE, 35 apiece. specialist 9 years, can I apply?", "non_tumor_embolization", 105, True),
    ("ablation instructor: RFA and MWA each 85, board 12 yrs. enough?", "ablation", 170, False),
    ("PEI/cryo/IRE/laser 45 each, ablation instructor, board 9 yrs. ok?", "ablation", 180, True),
    ("非腫瘤栓塞指導老師：PAE、UAE 各做了 50 例，專科 10 年，夠嗎？", "non_tumor_embolization", 100, True),
    ("消融指导老师：射频、微波、冷冻，每种 60 例，专科 9 年，够不够？", "ablation", 180, True),
    ("血管介入：PTA 跟 TIPS 各 48，專科 8 年，可以申請指導老師嗎", "vascular_intervention", 96, False),
])
def test_a_count_said_of_each_listed_thing(engine, question, domain, cases, eligible):
    _, call = _one(engine, question)
    assert call.args["domain"] == domain and call.args["cases_last_6_years"] == cases
    assert call.result["eligible"] is eligible


def test_each_of_people_is_their_own_count(engine):
    # "我跟同事各做了 90 例": the person's own count is 90 — people each with theirs, never a list of techniques
    _, call = _one(engine, "我跟同事各做了 90 例 RFA，消融指導老師，專科 9 年，夠嗎")
    assert call.args["cases_last_6_years"] == 90


@pytest.mark.parametrize(("text", "read"), [
    ("2 radiographers, 300 days each", "2 radiographers, 300 days each"),  # a length: the list readers' own
    ("my colleague and I 3 each", "my colleague and I 3 each"),  # people
    ("last year and this year 5 each", "last year and this year 5 each"),  # years
    ("45 each of PEI, cryo and IRE in the last 6 yrs", "PEI 45, cryo 45 and IRE 45 in the last 6 yrs"),
    ("RFA和MWA各做了90例，", "RFA 90 例、MWA 90 例，"),
])
def test_each_is_spread_only_over_a_list_of_things(text, read):
    from bot.parsing.text import distribute_each

    assert distribute_each(text) == read


# ----------------------------------------------------- 3. an aside counting machines

@pytest.mark.parametrize(("question", "cases"), [
    ("ablation instructor: board 10 yrs, RFA 130, MWA 40, cryo 15 (the hospital bought 2 cryo machines last year). enough?", 185),
    ("消融指導老師：專科10年，射頻 130、微波 40、冷凍 15 例（科裡今年只買了一台冷凍機），夠嗎？", 185),
    ("消融指导老师：专科10年，射频130例、微波40例（我们医院有两台微波机），够吗？", 170),
    ("ablation instructor: specialist 11 yrs, RFA 120, MWA 45 and cryo 20 — our department has 2 microwave generators. enough?", 185),
])
def test_machines_counted_in_an_aside_are_no_cases(engine, question, cases):
    a, call = _one(engine, question)
    assert call.args["cases_last_6_years"] == cases
    assert a.unused, "the machine count is shown as unused"


# ----------------------------------------------------- 4. the period of a count between the technique and its count

@pytest.mark.parametrize(("question", "domain", "cases"), [
    ("board 9 yrs. TACE and TARE during the past six years come to 305. tumor embolization instructor?", "tumor_embolization", 305),
    ("specialist 10 years; PTA plus declots over the last 6 years total 104 — vascular intervention instructor ok?",
     "vascular_intervention", 104),
    ("Biopsies and drainages in the previous six years added up to 298. 12 yrs specialist. can I be an instructor?",
     "localization_biopsy_drainage_pain", 298),
])
def test_a_period_between_technique_and_count(engine, question, domain, cases):
    _, call = _one(engine, question)
    assert call.args["domain"] == domain and call.args["cases_last_6_years"] == cases


# ----------------------------------------------------- 5. renewal points said with a limiting word, beside a lifetime ask

@pytest.mark.parametrize(("question", "points", "lifetime"), [
    ("born 1964-08-20, applying 2026-12-15, I just have 120 points. Lifetime possible?", 120, True),
    ("1966年1月5日生，2026年12月20日送件，我才 150 分，可以終身嗎？", 150, True),
    ("1967年2月1日出生，2026年12月1日申请，手上只有 100 分，能申请终身吗？", 100, False),
    ("born 1965-11-02, applying 2026-12-01, I've only got 90 points. lifetime instructor?", 90, True),
])
def test_points_said_with_a_limiting_word(engine, question, points, lifetime):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, "tsir_renewal_check")
    assert call.args["cme_points"] == points
    assert call.result["lifetime_eligible"] is lifetime


# ----------------------------------------------------- 6. years of doing the work

@pytest.mark.parametrize(("question", "years", "cases"), [
    ("腫瘤栓塞：TACE 300、TARE 20，做介入做了 10 年，可以申請指導老師嗎？", 10, 320),
    ("tumour embolization instructor? TACE 280 + Y-90 30, been doing IR for 11 years.", 11, 310),
    ("消融：射频 150、微波 40，从事介入 9 年，能申请指导老师吗", 9, 190),
])
def test_years_of_doing_the_work_are_the_specialist_years(engine, question, years, cases):
    a, call = _one(engine, question)
    assert call.args["years_as_specialist"] == years and call.args["cases_last_6_years"] == cases
    assert any("年資" in x or "years as a specialist" in x for x in a.assumptions), a.assumptions


def test_bare_years_of_doing_within_six_are_asked(engine):
    # "做了5年" after the counts may be the period they span: the specialist's years are asked, never taken as 5
    a = engine.answer("消融指導老師：RFA 150、MWA 40，做了5年，夠嗎", None, today=TODAY)
    assert a.route == "clarify"
    assert not any(c.args.get("years_as_specialist") == 5 for c in _calls(a, TOOL))


# ----------------------------------------------------- 7. a shortfall the facts state is no outcome asked

@pytest.mark.parametrize(("question", "lead"), [
    ("腫瘤栓塞 TACE 250 例，專科 12 年，個案數還差一些，不過我有 3 篇 SCI 通訊作者，這樣可以申請嗎？", "可以"),
    ("ablation: RFA 150, board 10 yrs. I'm 30 cases short, but I have 2 first-author SCI papers - can I still apply?", "Yes"),
    ("消融 RFA 160 例，专科 10 年，病例还差一点，但有 2 篇 SCI 一作，可以申请吗？", "可以"),
])
def test_a_stated_shortfall_does_not_turn_the_lead(engine, question, lead):
    a, call = _one(engine, question)
    assert call.result["eligible"] is True and call.result["path"] == "sci"
    assert a.answer.startswith(lead), a.answer[:80]


@pytest.mark.parametrize(("question", "adverse"), [
    ("案例好像差一點，但我有兩篇SCI是第一作者，這樣可以嗎？", False),
    ("I am 20 cases short. Can I still apply?", False),
    ("這樣會被扣錢，對嗎？", True),  # (a bare "對嗎" asks the statement before it)
    ("會不會被扣分？", True),
    ("am I over the cap?", True),
])
def test_adverse_read_from_the_asking_clauses(question, adverse):
    from bot.verdict import asks_adverse

    assert asks_adverse(question) is adverse


# ----------------------------------------------------- 8. years as a specialist beside a lifetime / renewal question

@pytest.mark.parametrize(("question", "birth"), [
    ("專科 30 年了，1962年5月1日生，2026年12月1日送件，可以申請終身指導老師嗎？", "1962-05-01"),
    ("专科25年，1966年3月3日出生，2026年12月20日申请换证，能终身吗？", "1966-03-03"),
    ("I've been a specialist for 31 years and I'm turning 60 on 2026-11-30; applying 2026-12-05. lifetime?", "1966-11-30"),
])
def test_specialist_years_are_no_input_of_the_lifetime_check(engine, question, birth):
    # articles 5–6 turn on points and age: the years are set aside with their reason, never asked what they mean
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "calculator", (a.route, a.answer[:300], a.missing)
    (call,) = _calls(a, "tsir_renewal_check")
    assert call.args["birth_date"] == birth and call.result["lifetime_eligible"] is True
    assert a.unused and not a.missing
