"""Round 50 calculator reading classes (calcread50), each with phrasings written for this test (none is a blind bank's):

1. A clause number the person cites ("5.3 那種", "依 5-3", "第五條第三款", "§5.3", "art. 5.3", "section 5.3") is a label: set
   aside in `unused` as a citation, never asked about and never a figure of the calculation (it fills no fact either:
   the meeting's length is still asked where it was not said).
2. A word-only aside in brackets between an input's words and its figure ("the overseas medical mission (the gov't one)
   for 7 months", "(with MOFA, in Haiti) for 4 months") is no distance; "the gov't one" is a pronoun, no count.
3. A list written one "label figure" a line under the heading that names the quantity ("放射師工作天數：\\n小美 365\\n
   新來的 180", "放射師1 365", "- Amy 365") is that list; a line naming one more colleague with no figure leaves it
   unfinished (asked); 新來的 / 資深的 / 兼職的 name colleagues in a run too.
4. 各 / each after a message list spreads over the uncounted items joined last before it ("SCI 一作 2 篇、CIRSE 跟 SIR 各一次"
   → 2 meetings), never over people ("我跟同事各去了一次").
5. A comma inside a bracketed aside of the last numbered part is no clause end: its words are never every part's.
"""

from __future__ import annotations

import datetime
import re

import pytest

from bot.ledger import article_refs
from bot.parsing.numbers import normalize_numerals
from bot.parsing.text import distribute_each
from bot.parts import split_parts
from bot.reader.mentions import is_label, line_label
from tests.bot.conftest import ask_and_reply, calculator_call

TODAY = datetime.date(2026, 12, 6)


def _ask(engine, question: str):
    return engine.answer(question, today=TODAY)


# ----------------------------------------------------- 1. a cited clause number is a label

@pytest.mark.parametrize(("text", "cited"), [
    ("專科醫學會年會（兩天的，5.3 那種）1 次", "5.3"),
    ("依 5-3 算的那種", "依 5-3"),
    ("兩天（第五條第三款）1 次", "第五條第三款"),
    ("the §5.3 kind", "§5.3"),
    ("see art. 5.3", "art. 5.3"),
    ("under section 5.3, once", "section 5.3"),
])
def test_cited_clause_numbers_are_found(text, cited):
    assert cited in [text[a:b] for a, b in article_refs(text)]


@pytest.mark.parametrize("text", ["院外學術討論會 1.5 小時的 2 場", "月會 3 次、年會 1 次", "進修 2.5 個月", "第 3 年 95 分"])
def test_quantities_are_no_citations(text):
    assert article_refs(text) == []


@pytest.mark.parametrize(("question", "total"), [
    ("今年去了專科醫學會年會（兩天的，5.3 那種）1 次、月會 4 次，積分多少？", 110),
    ("今年專科醫學會年會開兩天，依 5-3 算的那種，去 1 次；月會 2 次。幾分？", 70),
    ("This year: one 2-day specialty society annual meeting (the art. 5.3 kind) and 5 monthly meetings. My credits?", 130),
])
def test_cited_clause_is_set_aside_and_the_tally_goes_ahead(engine, question, total):
    a = _ask(engine, question)
    assert calculator_call(a, "tsa_credit_tally").result["total"] == total
    assert any("5.3" in u or "5-3" in u for u in a.unused), a.unused


def test_cited_clause_fills_no_length(engine):
    a = _ask(engine, "今年去了專科醫學會年會（5.3 那種）1 次，月會 2 次，幾分？")
    assert a.route == "clarify" and not any(m.startswith("unread") for m in a.missing), a.missing


# ----------------------------------------------------- 2. a word-only aside is no distance

@pytest.mark.parametrize(("question", "months", "required"), [
    ("I served with the overseas medical mission (the MOFA one) for 10 months. Yearly credits of my certificate: "
     "90, 95, 100, 85, 90, 95. Can I renew?", 10, 516.67),
    ("Overseas mission (with MOFA, in Haiti) for 4 months; six-year credits 100, 90, 95, 100, 95, 100. Renewal OK?", 4, 566.67),
    ("我參加過駐外醫療團（外交部派的）待了 9 個月，證書六年積分 90、95、100、85、90、95，可以展延嗎？", 9, 525),
])
def test_mission_length_after_an_aside(engine, question, months, required):
    call = calculator_call(_ask(engine, question), "tsa_renewal_check")
    assert call.args["overseas_mission_months"] == months
    assert call.result["required"] == required


def test_mission_without_a_length_is_asked(engine):
    a = _ask(engine, "I was with the overseas medical mission (the gov't one). Yearly credits 95, 90, 85, 90, 95, 85. How far off am I?")
    assert a.route == "clarify" and any("overseas_mission_months" in m for m in a.missing), a.missing


@pytest.mark.parametrize("text", ["the gov't one", "an int'l one"])
def test_one_after_a_shortened_word_is_a_pronoun(text):
    assert "1" not in normalize_numerals(text)


# ----------------------------------------------------- 3. a list a line each

@pytest.mark.parametrize(("question", "days", "excess"), [
    ("今年乳攝篩檢 16000 案，放射師工作天數：\n阿芬 365\n小華 300\n新來的 120\n有沒有超量？", [365, 300, 120], 1806),
    ("今年篩檢量 14000 案，放射師工作天數如下\n放射師1 365\n放射師2 365\n放射師3 90\n超過合理量了嗎？", [365, 365, 90], 0),
    ("Screenings this year: 15500. Radiographer work days:\n- Amy 365\n- Ben 300\n- the new one 150\nAre we over?", [365, 300, 150], 764),
    ("今年乳攝篩檢 16000 案，放射師工作天數：小玲 365、阿美 365、資深的 365，會超量嗎？", [365, 365, 365], 0),
])
def test_lines_of_label_and_figure_are_the_list(engine, question, days, excess):
    call = calculator_call(_ask(engine, question), "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == days
    assert call.result["excess_cases"] == excess


def test_a_line_without_its_figure_is_asked(engine):
    first, done = ask_and_reply(engine, "今年乳攝篩檢 16000 案，放射師工作天數：\n阿芬 365\n小華 300\n新來的\n有沒有超量？",
                                "三位分別是 365、300、120 天")
    assert first.route == "clarify" and not first.tool_calls
    assert calculator_call(done, "hpa_facility_volume").result["excess_cases"] == 1806


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("天數如下\n放射師1 365\n放射師2 300", "1 ", True),
    ("天數如下\n- RT 2: 300\n- RT 3: 200", "2:", True),
    ("天數如下\n阿芬 365\n小華 300", "365", False),
    ("月會 3 次 20 分", "3 ", False),  # (no line of a list)
])
def test_a_figure_numbering_its_line_label(text, at, expected):
    start = text.index(at)
    end = start + len(re.match(r"\d+", text[start:]).group(0))
    value = float(text[start:end])
    assert line_label(text, start, end, value) is expected
    if expected:
        assert is_label(text, start, end, value)


# ----------------------------------------------------- 4. 各 after a counted item

@pytest.mark.parametrize(("text", "spread"), [
    ("SCI 一作2篇、RSNA 跟 SIR 各1次，", "SCI 一作2篇、RSNA 1 次、SIR 1 次，"),
    ("國內講者2次、ECR 及 JSIR 各2次，", "國內講者2次、ECR 2 次、JSIR 2 次，"),
    ("年會 1 次、研討會 3 場各 1 小時", "年會 1 次、研討會 3 場各 1 小時"),  # (the last item has its own count: 各 is its own)
    ("SCI 2篇、我跟同事各去了 1 次", "SCI 2篇、我跟同事各去了 1 次"),  # (people, each their own)
])
def test_each_spreads_over_the_uncounted_items_joined_last(text, spread):
    assert distribute_each(text) == spread


@pytest.mark.parametrize(("question", "points"), [
    ("介入指導老師換證：SCI 原著一作 1 篇、出國參加 RSNA 和 CIRSE 各一次，放射科積分 100，夠嗎？", 170),
    ("指導老師換證，國內研討會講者 2 次、ECR 及 JSIR 各兩次，放射科積分 80，到 200 了嗎？", 180),
    ("指導老師換證：SCI 原著一作 1 篇、我跟同事各去了 CIRSE 一次，放射科積分 100，夠嗎？", 155),
])
def test_meetings_each_after_another_item(engine, question, points):
    assert calculator_call(_ask(engine, question), "tsir_renewal_check").result["points"] == points


# ----------------------------------------------------- 5. a comma inside brackets of the last part

def test_bracket_comma_keeps_the_last_parts_facts_its_own():
    parts, numbered = split_parts("幫兩位主治算今年學分：\n1) 王醫師：月會 4 次\n2) 陳醫師：專科醫學會年會(開兩天，5.3 那種) 1 次、月會 2 次\n各自幾分？")
    assert numbered and len(parts) == 2
    assert "年會" not in parts[0] and "月會 2 次" not in parts[0], parts[0]


# (merge check) a bracket right after a count breaks that count down: its 各-list adds no items
def test_each_list_in_a_bracket_after_a_count_is_its_breakdown():
    from bot.parsing.text import Query
    text = Query("这几年去了3次国外介入会议（CIRSE、SIR、APCCVIR各一次），积分有120").text
    assert "CIRSE、SIR、APCCVIR 各1次" in text.replace("（", "(")
