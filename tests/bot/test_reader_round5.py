"""Reading classes found on the fifth blind round's development half (each tested with new wording)."""

import pytest


@pytest.mark.parametrize("question", [
    "今年去日本見習三週，這種不到一個月的國外進修可以算幾分？",
    "Did a 3-week observership in Japan this year — for training abroad under 1 month, how many credits max?",
    "今年去韩国进修两周，这种不满一个月的国外进修能算几分？",
])
def test_a_kind_restated_with_the_rules_bound_is_no_second_item(ask, question):
    answer = ask(question)
    assert answer.route == "calculator"
    (call,) = answer.tool_calls
    assert [a["kind"] for a in call.args["activities"]] == ["training_abroad"]
    assert call.result["total"] == 8


@pytest.mark.parametrize("question", [
    "去年 SCI 一篇一作，還有台灣外科醫學會雜誌一篇二作，論文積分多少？",
    "另外台灣外科醫學會雜誌也有一篇我是通訊作者，這樣幾分？",
])
def test_our_societys_journal_named_after_a_filler_word_stays_in_scope(question):
    import datetime

    from bot.parsing.text import Query
    from bot.scope import assess

    assert assess(Query(question, datetime.date(2026, 11, 25))).in_scope


@pytest.mark.parametrize(("question", "said"), [
    ("指導老師證書 2027/3/1，什麼時候可以換證？", "視為"),
    ("My surgical specialist certificate: 2027-05-31. When is the renewal window?", "Nothing says which date"),
])
def test_a_date_no_word_names_is_read_as_the_default_and_said_so(ask, question, said):
    answer = ask(question)
    assert answer.route == "calculator"
    assert said in answer.answer


def test_a_date_its_words_name_needs_no_such_note(ask):
    answer = ask("指導老師證書 2027/3/1 到期，什麼時候可以換證？")
    assert answer.route == "calculator" and "視為" not in answer.answer


@pytest.mark.parametrize(("question", "total"), [
    ("今年國內研討會三場（一場一小時、兩場四小時），幾分？", 25),
    ("今年：年會一次、国内研讨会两场（一场两小时，一场三小时），总分？", 75),
    ("今年國內研討會 2 場（每場 3 小時），幾分？", 20),  # "each" in the bracket: one item, as before
])
def test_a_count_broken_down_in_brackets_is_the_heading_of_its_parts(ask, question, total):
    answer = ask(question)
    assert answer.route == "calculator"
    (call,) = answer.tool_calls
    assert call.result["total"] == total


@pytest.mark.parametrize(("question", "by_year"), [
    ("2025: TSA annual meeting once, 3 monthly meetings. 2026: 2 monthly meetings. Credits per year?",
     {"2025": 120, "2026": 40}),
    ("2024：本會年會一次。2025：月會四次。各年幾分？", {"2024": 60, "2025": 80}),
])
def test_a_year_heading_a_colon_dates_the_activities_after_it(ask, question, by_year):
    answer = ask(question)
    assert answer.route == "calculator"
    (call,) = answer.tool_calls
    assert call.result["by_year"] == by_year


def test_a_year_named_later_in_the_clause_does_not_date_the_item_before_it():
    import datetime

    from bot.parsing.dates import find_years

    years = find_years("2025: annual meeting once, 3 monthly. 2026: 2 monthly", datetime.date(2026, 11, 25))
    assert [y.year for y in years] == [2025, 2026]
    assert find_years("the talk starts at 10:30", datetime.date(2026, 11, 25)) == []
