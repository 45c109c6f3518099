"""The vocabulary a calculator declares so the generic reader (bot/reader) can read its inputs from a question.

Pure data, no reading logic: each tool names its words (Traditional Chinese, Simplified where it differs,
English) as regex alternatives, which words make a question this tool's, and for each input slot the
words that name it, the units its number may carry and which enum value a word means. Thresholds and
ranges are not here: the tool's input model checks every candidate (`model_validate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

Text = tuple[str, str]  # (zh-TW, en)
# A condition over the question: a name of `Vocabulary.terms`, or "@date" (a calendar date is written),
# "@number" (a number is written), "@personal" (the person speaks of their own case), "@fact" (a fact was
# read), "@only:KEY" (the one fact read is this slot or map key), "@slot:NAME" (that slot was read), "@said:NAME" (that flag's words were read, of any item), "@true:NAME" (that flag is read as yes),
# "@gt:NAME:VALUE" (its value is over VALUE; "@ge", "@lt" alike; a map: any of its values), "@unread" (a count of a slot's kind was placed nowhere); "!" negates it.
# International meetings named by their own name, held abroad or by a foreign society (an overseas meeting in both
# regulations): surgical (ACS Clinical Congress, DDW, ASCRS, SAGES, APSS …) and interventional (CIRSE, RSNA, SIR, JSIR …).
# Upper-case short names are matched as typed (SIR, not "sir"); each name is one meeting.
NAMED_OVERSEAS_MEETINGS = (
    r"\bACS\s+(?:clinical\s+)?congress|ACS\s*年會|美國外科(?:醫學)?(?:學院|醫學會)(?:年會)?|\bdigestive disease week\b|"
    r"(?-i:\b(?:ACS|SSAT|AATS|EACTS|ESTS|ASTS|ISDE|ECIO|BSIR|SNIS|DDW|ASCRS|SAGES|EAES|APSS|APSC|ESCP|ESSO|IHPBA|AHPBA|ISW|ESOT|JSS|KSS|ASCO|ESMO|SABCS|SSO|ECR|CIRSE|RSNA|SIR|JSIR|KSIR|"
    r"APSCVIR|APCCVIR|GEST|WCIO|LINC|VEITH|TCT|ISET|JSGS|JDDW)\b)|\bVEITHsymposium\b"
)
# Of those, the meetings only radiologists and interventional radiologists hold (RSNA, CIRSE, SIR, JSIR, ECR …): named in a
# question, its activities are the TSIR instructor's renewal points, never the surgical CME tally's (vascular, cardiology and
# surgical meetings that interventionalists share — LINC, VEITH, TCT — are not among them).
IR_NAMED_MEETINGS = r"(?-i:(?<![A-Za-z])(?:RSNA|CIRSE|SIR|JSIR|KSIR|BSIR|APSCVIR|APCCVIR|ECR|ECIO|GEST|WCIO|SNIS)(?![A-Za-z]))"
# The instructor application's case counts (article 2's 個案數, waived by article 1(2)), however named: "免附個案數", "個案數證明",
# "案例數", "病例數", "case numbers", "case count", "case log", "procedure log", "number of cases": the TSIR instructor rules'
# subject — a question naming them is never the surgical CME tally's (whose papers share the words SCI / first author)
CASE_COUNT_WORDS = (r"個案數|个案数|案例數|案例数|病例數|病例数|個案證明|个案证明|\b(?:case|procedure)[- ]?(?:numbers?|counts?|logs?|volumes?|lists?|"
                    r"requirements?|minimums?)\b|\bnumbers?\s+of\s+(?:cases|procedures)\b|\bcase\s*(?:#|no\.)")
# Points said 點 in Chinese ("一共多少點", "幾點", "換證點數", "共 55 點"): the instructor's renewal points as people name them — the
# surgical society's credits are 分 / 積分 / 學分 (never a point of time or place, 地點 / 重點 / 時間點, nor "差一點", "百分點")
ZH_POINTS = (r"(?<!百分)(?<!健保)(?:點數|点数)|(?:幾|几|多少)\s*(?:個)?\s*(?<!百分)(?:點|点)(?![點点])|"
             r"(?<=\d)\s*(?:點|点)(?![點点\d])")


Clause = tuple[str, ...]  # all of these hold
Condition = tuple[Clause, ...]  # any one clause holds (empty: never)


@dataclass(frozen=True)
class OthersDoing:
    """Another person named as the one who did what a choice's words say ("學弟上台報告的", "my fellow gave the talk",
    "上台報告的是住院醫師", "presented by the resident"): those words are that person's doing, never the choice of the person
    asking. `note` ({said}: the words) says so wherever such words were set aside."""

    before: str  # the other person as the subject, right before the choice's words (matched at the end of the text before)
    after: str  # … or named as the doer right after them (matched at their end)
    note: Text


@dataclass(frozen=True)
class Choice:
    """An enum value of a slot and the words that mean it; `note` is shown when the value is only inferred."""

    value: Any
    terms: str = ""  # regex alternatives; "" = the fallback when no other choice's words appear
    note: Text | None = None
    when: Condition = ()  # extra condition (term names) for this choice
    # a map key that does not apply where this holds (a CR-only test item on a DR unit): a figure said for it is set
    # aside with `void_note`, never used
    void_when: Condition = ()
    void_note: Text | None = None
    clause: str = ""  # an item kind: words its clause must name too ("SCI" is a paper's only beside 論文, 篇, 作者)
    label: Text | None = None  # a map key's name in a question, where the input model names no choices
    names: str = ""  # an item kind: words each naming one instance (a meeting by its name): a clause naming several, no count written, is that many
    # the choice said as another person's doing ("my fellow gave the talk"): not this choice, a note says so
    others: OthersDoing | None = None


@dataclass(frozen=True)
class Slot:
    """One input of the tool as the question states it.

    kind:
      number — a number near one of `terms` in the same clause (before it within `gap` characters, or
               after it within `gap_after`), carrying one of `units` ("" = no unit);
      date   — a calendar date; `terms` near it (within `near` characters) choose this slot among the
               date slots, `skip` words near it say it is another date (a birth date);
      enum   — the first `choices` whose words appear;
      flag   — True when `terms` appear, False when they appear negated or `false_terms` appear;
      list   — one number per item (a radiographer's days): "N items each X" (`group` + an "each" qualifier),
               "N items <word>" (`word_values`), a run of numbers after `terms` sharing the unit written once,
               or every number of its `units`; a count of items stated (`head`) must match the list's length;
      items  — a list of objects, one per clause naming one of `choices` (the item's kind); each item's other
               inputs (`fields`: numbers, enums, flags) are read in its clause, and only those the item model asks
               for are kept;
      map    — a dict keyed by `choices`: each number goes to the key whose words are nearest, and a number
               near `rest` words ("其他項目都是 88 分") to every key not read (whose `when` holds).
    """

    name: str
    kind: Literal["number", "date", "enum", "flag", "map", "list", "items"]
    terms: str = ""
    units: tuple[str, ...] = ("",)
    gap: int = 24
    gap_after: int = 6
    after_link: str = ""  # number: a word after the number binds only through these words ("76 on compression")
    fallback_units: tuple[str, ...] = ()  # number: with no term near, the only number of these units is this slot's
    own_units: tuple[str, ...] = ()  # number: these units alone make a number this slot's (萬元 for an amount)
    fraction: bool = False  # number: a percentage written as 0 < x ≤ 1 without % is a fraction (0.68 = 68%)
    newest_first: tuple[str, tuple[str, str]] = ()  # list: words saying the items are written newest first, and the note
    fraction_asked: bool = False  # number: a percentage written as 0 < x < 1 without % is asked (0.45: 45% or 0.45%?)
    min_value: float | None = None  # number: smaller numbers are not this slot's (a count vs. an amount)
    pick: Literal["first", "last"] = "first"
    rule: str | tuple[tuple[str, str], ...] = ""  # the clause that makes this fact matter (a question back cites it); per key for a split map
    each_if_missing: tuple[str, str] = ()  # enum: when only it is missing, one call per value (the model's order), with this note
    adds: bool = False  # number: each of its words' numbers is one more ("第一作者 1 篇、通訊作者 1 篇" → 2), a subset's part wins
    choices: tuple[Choice, ...] = ()
    false_terms: str = ""
    near: int = 12
    near_after: int | None = None  # date: how far after the date its words may be (default: `near`)
    skip: str = ""
    default: bool = False  # date: the slot a date goes to when no slot's words are near it
    past: bool = False  # date: a day written without its year is the latest such day up to today
    ahead: bool = False  # date: a day written without its year is the next such day from today (a day to come: an
    # application) — asked when this year's, just gone, is nearer, or when the clause says it is done already
    year_of: str = ""  # date: words giving the year of this date alone (group 1: the year, "1966 年生的", "born in 1966"): a
    # day said without its year ("生日 9 月 10 號") is in it
    ask: Text | None = None  # the question when the slot is missing
    bad: Text | None = None  # the message when the value read is rejected by the input model
    ask_when: Condition = ()  # ask even when the model would accept the slot missing
    today_when: Condition = ()  # date: when this holds and the date is missing, today is taken (with a note)
    ask_unless: Condition = ()
    group: str = ""  # list: "(N) items" of a group statement, N in group 1
    head: str = ""  # list: the number of items the question states, in the first non-empty group
    word_values: tuple[tuple[str, float, Text], ...] = ()  # list: words that mean a value, with the note shown
    single: str = ""  # list: one item named with a value word ("另 1 位全年"), added to the numbers listed
    mismatch: Text | None = None  # list: the question when `head` and the list disagree ({said}, {read})
    labels: str = ""  # list: one item named by a label ("甲", "rad B", "小林"); more labels than items read asks `mismatch`
    every_value: str = ""  # list: "每年都 N 分": one number (group 1 or 2) for each of the items the model wants
    every_except: str = ""  # list: "除了第 3 年 150 分": after `every_value`, the item named by number (first group) has the value (last group)
    left_out: tuple[str, Text] | None = None  # list: (words, note): an item these words name is no item ("還沒通過資格
    # 審查"); the numbers stated for it are set aside, said in the note, and it is taken off the head count
    # list: (words, note): figures said in a clause with these words are not the measure the rule counts (days said without
    # the weekends and holidays the rule's days include): set aside with the note — the items stay, their figures asked
    not_as_said: tuple[str, Text] | None = None
    loose: bool = False  # list: every number of its units, unitless ones too, is an item (ordinals never)
    short_ask: tuple[Condition, Text] | None = None  # list: one item short of the model's length: ask for the last ({values})
    both_when: Condition | None = None  # list: one figure said of every item at once ("兩組都 360"): read for each item when
    # this holds (None: `short_ask`'s condition) — a band checked of it ("是A嗎") asks its own grade, not the rule's table
    short_note: Text | None = None  # list: more items than the model's length: the last ones are kept, said so
    scale: tuple[tuple[str, float], ...] = ()  # number: units converted to the slot's (年 → 12 個月)
    when: Condition = ()  # bound only when this holds (a van's daily count only when a van is named)
    breaks: tuple[float, ...] = ()  # number / map: values where the result changes (a grade band's floor): a bound
    # ("85 以上") with no break inside it is read as its figure, said so; any other bound is asked for
    breaks_of: tuple[str, ...] = ()  # items' number field: the kinds whose result changes only at `breaks` ("都不到兩小時"
    # of a seminar is 5.5's bracket, read inside it and said so; of a course credited by the hour it is asked)
    parts: str = ""  # number: labels of the parts its value is made of ("category 0 有 120 個、category 3 有 40 個"): two
    # or more counts each right after one of these labels add up to the value; a total said right after them
    # ("，共 200 個") is the value when it agrees, and asked when it does not (bot/reader/numbers.py: bind_parts)
    totals: bool = False  # number: a number stated as a total ("共 220 案", "90 in total") after a breakdown is this
    # slot's when its words are the last before it in the sentence (the breakdown's numbers are its parts)
    counted: bool = False  # number: its words are the noun it counts ("2 位放射師"): right after it they bind first
    unread: str = ""  # number: words after a number that make it a count of this kind even with no label near
    since: str = ""  # number (years): words naming the year the counted years began ("specialist since 2006", "boarded in
    # 2014"): with no figure read, the years are this year minus it (bot/reader/read.py: _bind_since); where that range
    # straddles one of the slot's `breaks` the slot stays asked
    unread_ask: Text | None = None  # … then asked about ({given}); a period named in the reply places it
    # number: (words, below, note): a whole said in these words ("SCI 有 2 篇") with parts of it set aside by the framing ("其中
    # 1 篇我是二作"), its rest's own kind unsaid — the rest is this slot's at most; read as it (the note says so, {whole} {part}
    # {rest}) only when it is below `below`, where no reading of the rest changes the verdict; otherwise it stays asked about
    rest_below: tuple[str, float, Text] | None = None
    # number with `unread`: a count of this kind no word placed is this slot's when this holds (the question asks this
    # period's cap and names no other period: "van has 2 rads and 85 women signed up — over the per-day limit?")
    unread_when: Condition = ()
    max_value: float | None = None  # number: larger numbers are not this slot's (a count of activities is small)
    whole: bool = False  # number: only whole numbers are this slot's (a count; "the 5.3 societies" names a clause)
    fields: tuple[Slot, ...] = ()  # items: the item's inputs besides its kind (numbers and enums)
    # enum (an items field): (value held, value): this value said again of all the items just counted ("first author on all
    # three") replaces the one an item held from the words of its own clause ("I presented 2 orals"); any other value held stays
    restated_over: tuple[tuple[Any, Any], ...] = ()
    follow: tuple[tuple[tuple[str, ...], str, str], ...] = ()  # items: (previous kinds, words, kind) for a clause naming no kind
    # items: (kind, words, kinds, note): an item of one of the kinds its clause (or the clause right after it, with no
    # figure of its own) says is credited as `kind` — "a 4-hour workshop the society credits by the hour", "研討會 4 小時，
    # 按時數認定" — is that kind, said so (never where the words are denied: "不是按時數")
    recast: tuple[tuple[str, str, tuple[str, ...], tuple[str, str]], ...] = ()
    follow_more: tuple[str, ...] = ()  # items: kinds of `follow` taken only by a clause said as more (另外, 還有, another)
    # items: enum fields whose value, said before the first item's kind word, frames a list joined to it by 、 / 和 (a place:
    # "在國外會議當講師2次、座長1次") — the next item with none of its own takes it, said so; never a field such as an author's
    # role, which each item says of itself
    frames: tuple[str, ...] = ()
    # items: enum fields whose one value said of a list joined by 、 / + / 和 / and holds for every item of the list that says
    # none of its own, said so: said as the list's heading, before the first count and before its kind word or a colon
    # ("presented as first author: 2 orals + 1 poster", "以第一作者發表口頭 2 篇、壁報 1 篇"), or after the list, in a clause
    # of its own naming nothing else ("口頭 2 篇、壁報 1 篇，我是第一作者") or as "as …" ending it ("2 orals and 1 poster as
    # first author"); never a value said after the first item only, nor of a part ("其中 1 篇", "one of them")
    over_list: tuple[str, ...] = ()
    every: str = ""  # items: words saying one field value holds for all items ("都是")
    several: bool = False  # items: a clause naming several kinds is one item per kind ("年會一次月會兩次")
    classifiers: tuple[tuple[str, tuple[str, ...]], ...] = ()  # items: (unit, the kinds it counts): a classifier that
    # counts some kinds only (篇 a paper or a presentation, 張 a poster, never a meeting): in a clause naming several kinds,
    # a number with it right before a later kind's word is that kind's ("這次年會我投了5篇poster"), not the kind before
    year: str = ""  # items: the item field taking the calendar year named (今年, 2025, 民國 114 年): one year named is
    # every item's, else the last one named up to the item
    yields: tuple[tuple[str, tuple[str, ...]], ...] = ()  # items (several): (kind, kinds): the kind is not read in a clause
    # naming one of those kinds (any other kind when empty): "ATLS 課程" is no course credited by hours
    # items (several): (kind, kinds): the kind's words right before one of the kinds' words (的 between at most) only say
    # whose that one is — "大腸直腸外科的國際年會" is an international meeting, no subspecialty's annual meeting beside it
    modifies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    venue: tuple[str, tuple[str, ...], str] = ()  # items (several): (kind, place kinds, words): in a clause naming the
    # kind, a place kind after those words ("在年會發表壁報") is where it happened, no item of its own
    venue_note: Text | None = None  # … said when a place is not counted
    # items: (home kind, abroad kind, home place words, abroad place words, note (zh, en)): an item of either kind whose
    # clause names places of one side only is that side's kind, whatever its activity words said ("observership at a
    # medical centre here in Taiwan" is at home; "去美國 MD Anderson 短期進修" abroad) — the place decides
    places: tuple[tuple[Any, Any, str, str, Text], ...] = ()
    # items: (kind, words, note): an item of the kind whose clause names it by these words only infers it (a society's annual
    # meeting with no society named, "去了學會年會", read as the TSA's own): the kind is kept and the note ({said}) says so
    inferred: tuple[tuple[Any, str, Text], ...] = ()
    # items: (own kinds, owner words right before a kind's word, owner words right after it, words of a name that say
    # nothing beyond the body's own): a kind of the body's own activity ("年會" = the society's own) whose words another body
    # owns ("別的學會的年會", "糖尿病學會的年會", "the annual meeting of another society", "年會（別的學會辦的）") is not that kind.
    # A body named by its name (a `name…` group of the owner words) is the body's own when only these words remain of it
    # ("外科醫學會的年會", "the Taiwan Surgical Association annual meeting"). `owned_as` then gives the kind it is, else it is asked.
    owned: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str] = ()  # (… owner words: patterns tried in order)
    # items: (own kind, words in the owner's phrase or "" for any, kind, note or None): the kind an own kind owned by another
    # body is instead ("a different surgical society's annual meeting" → 5.10's), said in the note ({said})
    owned_as: tuple[tuple[str, str, Any, Text | None], ...] = ()
    owned_ask: Text | None = None  # … none fitting: which kind of activity it was is asked ({said}: the words), never the own kind
    owned_rules: tuple[str, ...] = ()  # … the clauses that question decides between (cited while asking it: key "kind")
    also: str = ""  # items: words saying the place was attended too ("會議本身也算"): it is one item, in the kind's year
    also_kinds: tuple[str, ...] = ()  # … only a place of these kinds (all when empty)
    also_ask: Text | None = None  # … asked when those words are said and no place of these kinds is named ("plus the
    # meeting itself" with no meeting said): the attendance is never dropped
    at_least: tuple[tuple[str, str, Text], ...] = ()  # items: (kind, other kind, note): an item of the kind whose count is
    # not written takes the other kind's larger count ("月會擔任講者 2 次": 2 meetings attended), said so
    fact_fields: tuple[str, ...] = ()  # items: fields besides the count whose value read is a fact of the person's case
    personal_fields: tuple[str, ...] = ()  # items: … only where the person speaks of their own case ("我…第一作者")
    fact_words: str = ""  # items: words making an item whose count is not written a fact ("去了年會": one, their own)
    open_count: str = ""  # items: words of a kind's clause that leave how many open ("went to monthly meetings", "國際會議也有
    # 去"): with no count written there, how many is asked, never read as one (SPEC §3)
    once_kinds: tuple[str, ...] = ()  # items: kinds held once a year, whose `open_count` words name that one ("年會有去")
    replies: bool = False  # items: a reply to a clarifying question gives the field asked of every item lacking it
    # items: kinds whose items each stay one occasion of their own (a presentation: 5.6's cap is per meeting); items
    # of any other kind alike in every field join into one, their counts added ("oral 4 次、e-poster 2 次" → 6)
    own_rows: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()  # items: kinds never carved out of the item before ("其中 2 次是講者" is on top of attending);
    # "whole>part": only when the item before is of the whole kind (a lecture given at an overseas meeting attended)
    of_kinds: tuple[str, ...] = ()  # an items field (number, flag): only items of these kinds take it
    # an items count field: kinds outside `of_kinds` that still take it when said as times of the one item ("4 小時的課
    #上了兩次", "took the 4-hour course twice": the same course again), in the units given — never "2 門課" or "two courses"
    times_of: tuple[str, ...] = ()
    times_units: tuple[str, ...] = ("次",)
    defaults: tuple[tuple[str, str, Any, Text], ...] = ()  # items: (kind, field, value, note): an item of that kind
    # missing that field takes the value, said in the note (a presentation is the person's own)
    lead: str = ""  # items (several): words before a number right before a kind's word that make it that kind's ("和 4 場講習會")
    denied: tuple[str, str, Text] | None = None  # items: (words before, words after, note): a kind's word with these
    # right before it ("沒去年會", "skipped the annual meeting") or right after it ("年會沒去", "annual meeting: skipped"),
    # its clause giving no count, names an activity that did not happen: no item, said in the note
    background: tuple[str, Text] | None = None  # items: (words, note): a kind's word inside these words, its clause giving no
    # count, describes who the person is, no activity ("Trained overseas, still learning the system", "overseas-trained
    # surgeon", "did my residency abroad"): no item, said in the note
    count_words: str = ""  # items: words of a clause naming no kind that make its count the last item's, when that
    # item's own clause gave none ("每個月的月會都有到，12 次全勤", "went to every monthly meeting — all 12")
    shift: tuple[str, str, int, Text] | None = None  # date: (words before, words after, years, note): "滿 60 歲 on D"
    exclusive: bool = False  # enum: a question naming two of its choices (自選 and 抽選) is asked which one, never read as one
    complement: str = ""  # number: "300 案，其中 95 案沒完成" — a number whose own words are negated is the named
    # slot's value minus it (completed = 300 − 95), said in a note; without that slot's value it is asked about
    rest_done: tuple[str, str] = ()  # number with `complement`: (words, words): a number said of those that did not get
    # there ("有 3 位失聯"), with the rest said to have ("其他都完成"), is the complement slot's value minus it, said so
    sum: bool = False  # map: the numbers of one key add up (RFA 130 + MWA 55 = ablation 185); a number after a
    # "total" qualifier (共 300 例) is the key's total instead, a check rather than another item
    orphan: str = ""  # map: words after a number making it a count of this map even with no key near it
    outside: tuple[str, Text] | None = None  # map (sum): (words, note): a part of a key's count said to fall outside the
    # period the rule counts ("一共 100 例，其中 20 例是 6 年前做的") is taken off that key, said in the note ({key} {whole}
    # {part} {value}); the part is set aside, never added
    split: str = ""  # map: each key is one call, the key going to this enum slot, its number to the map's own name
    fill: tuple[Condition, Any, Text] | None = None  # missing: when this holds the value does not matter; use it, say so
    same_key: tuple[str, str, Text] | None = None  # number: (map slot, enum slot, note): dropped when its clause names
    # another key of that map than the enum's value (a lecture on RFA for the vascular domain)
    rest: str = ""  # map: words giving every other key the same number
    all_keys: str = ""  # map: words giving every key the same number ("六項全是 85", "all six at 85"); keys said on
    # their own keep their own number
    many: bool = False  # map: each key holds the list of its numbers ("非緻密 330、340")
    prefer: tuple[tuple[str, str, Condition, Text], ...] = ()  # map: (key, words, when, note): a key said twice, one of
    # its numbers with these words in its clause before it, where `when` holds, is that key's number by the rule (the
    # partner's reading workstation when images are read there); the others are set aside, said in the note ({used} {other})
    or_list: bool = False  # map: else every number of its units, in order, as one list (whichever the model accepts)
    list_note: Text | None = None  # shown when that list is taken where `list_note_when` holds
    list_note_when: Condition = ()
    counts: bool = True  # a value read counts as a fact of the person's case
    fact_per_key: bool = True  # map: each key read is a fact (QC items), or the whole map is one (a set of scores)
    alone: bool = True  # False: counts only beside another fact, and its default value alone is not kept
    # flag: (words before, words after, note): a flag word with these words right before it (matched at their end) or right
    # after it names something else — a street, a person, a place visited or where a meeting was held ("Kinmen St in Taipei",
    # "Dr. Matsu", "visited Penghu on holiday", "在澎湖舉辦的月會"): no mention of the fact; where no other mention says it,
    # the note ({said}: the words) says why it was not read
    elsewhere: tuple[str, str, Text] | None = None
    reply: bool = True  # a bare number in the reply to a clarifying question may fill it
    partial: bool | Text = False  # asked by `ask_when` though the input model does without it: the result without it stands,
    # and the question back gives it beside the question (the deduction's % while the subsidy for its amount is asked);
    # a text says what the missing fact may still change (the other re-read rate: only a stricter tier)
    read_as: tuple[str, Text] | tuple[tuple[str, Text], ...] | None = None  # number: (words, note), or several: a value read
    # from a number these words name, in its clause ("做了 15 年": the years of doing the work), is a reading worth saying — the
    # note says how it was read (the first pair whose words are in the clause)


@dataclass(frozen=True)
class Vocabulary:
    """Everything the reader needs to read one tool's inputs from a question."""

    tool: str
    model: type[BaseModel]
    terms: dict[str, str]  # named groups of words (regex alternatives)
    trigger: Condition  # the question is this tool's when one clause holds
    slots: tuple[Slot, ...]
    block: Condition = ()  # … unless one of these holds
    one_of: tuple[tuple[str, ...], ...] = ()  # alternative groups of slots: only the first group read is kept
    base: float = 2.0
    per_fact: float = 1.0
    per_item: float = 0.0  # score per item of an items slot read (an activity listed)
    bonus: tuple[tuple[Clause, float], ...] = ()  # score added when a clause holds ("@fact": a fact was read)
    date_skip: str = ""  # words near a date that make it no date of this tool (a birth date)
    date_other: str = ""  # … unless one of its date slots' words is near it too (an application date)
    repeat: bool = False  # several items each with their own figures: one call per item, a figure given once is shared
    invalid_date: Text | None = None  # message for a date written that names no real day (format: {date})
    # words with a number in them that frame the question, no fact of it ("one of our radiographers", "500 案一個月":
    # who it is about, the period a count is for): a number inside them that no slot took is set aside, with the note
    framing: tuple[tuple[str, Text], ...] = ()
    # an activity said in words whose clause states a case the rule's condition on it excludes (words, the clause setting
    # the condition, note): "在區域醫院進修 2 個月" against 限在醫學中心進修 — its numbers are set aside (not credited, the
    # note says why) and the rest of the question is computed; the rule's own values are the rules answer's
    # (`bot.rules_answer.case_excluded`)
    unmet: tuple[tuple[str, str, Text], ...] = ()
    # (arg, value) pairs ("*": the arg given at all): a call whose args hold one pools the figures of several people itself
    # (a facility's self-selected sets, one per radiographer and breast type): a message listing those people one by one
    # ("- Wu: non-dense 348, dense 341 - Tsai: …") is that one calculation, never a part per person
    pools: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------- author positions, written any way
# One ordinal reader for an author's place on the byline, shared by both regulations' role words: the place written as
# a Chinese numeral, a digit or an English ordinal, in every frame people use ("第三作者", "三作", "我排第三", "掛第 3 位",
# "第三順位", "作者排第三", "3rd author", "third-listed author", "author #3", "listed third", "3rd on the byline").
# The text is folded to Traditional Chinese first, so the Simplified forms (第三作者, 排第三) are the same words.
_ZH_SECOND = r"(?:二|2)"
_ZH_LATER = r"(?:十[一二三四五六七八九]?|[三四五六七八九]|[3-9]|1\d)"
_EN_SECOND = r"(?:second|2nd)"
_EN_LATER = (r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|penultimate|second[- ]to[- ]last"
             r"|[3-9]th|3rd|1\d(?:st|nd|rd|th)?)")


# "author" written in full or short, as people type it after an ordinal ("1st au", "2nd auth", "first auth.", "3rd authors")
AUTHOR_WORD = r"(?:authors?\b|auths?\b\.?|au\b\.?)"


def author_place(zh: str, en: str) -> str:
    """An author's place on the byline: `zh` / `en` the ordinal's spellings (a Chinese numeral or digit, an English ordinal)."""
    return (rf"第\s*{zh}\s*(?:(?:位|個|个)?\s*作者?|順位|顺位)|(?<![一二三四五六七八九十第\d合工操写寫創创著])(?:{zh})作(?![業业品用為为文家者])"
            rf"|(?:排|掛|挂|列|名列|排名)(?:在)?\s*第\s*{zh}(?![\d年天次篇個个月])\s*(?:位|順位|顺位|作者?)?"
            rf"|(?:是|當|当|為|为)\s*第\s*{zh}\s*(?:位|順位|顺位)?\s*作者?"
            rf"|作者(?:順序|顺序|排序)?(?:排|是|為)?(?:在)?\s*第\s*{zh}(?![\d年天次篇個个月])"
            rf"|\b{en}[- ](?:listed[- ]|named[- ])?(?:co-?)?{AUTHOR_WORD}|\bauthor\s*(?:#|no\.?|number)\s*{zh}\b"
            rf"|\b(?:listed|named|placed|ranked)\s+(?:as\s+)?(?:the\s+)?{en}\b|\b{en}\s+(?:on|in)\s+(?:the\s+)?(?:author\s+list|byline|authorship|authors?)\b")


SECOND_AUTHOR = author_place(_ZH_SECOND, _EN_SECOND)
LATER_AUTHOR = author_place(_ZH_LATER, _EN_LATER)
# The corresponding author, said in full or short ("通訊作者", "通訊 3 篇", "通信作者", zh-CN "责任作者", "corresponding",
# "corr. author", "corresp. author"), never a mailing address or an app (通訊地址, 通訊軟體, 通訊錄).
CORRESPONDING_AUTHOR = (r"通訊(?:作者)?(?!地址|軟體|錄|處|方式|設備|行|社)|通信作者|責任作者|通迅作者|通迅(?=\s*\d|\s*[一二三四五六七八九兩两]\s*篇)"
                        r"|\bcorresponding\b|\bcorr(?:esp)?\.?[- ]?" + AUTHOR_WORD + r"|\bcorresp\b")
# An SCI listing denied ("沒有SCI", "不是 SCI 的期刊", "未收錄 SCI", "not SCI", "isn't SCI-indexed", "no SCI"): the
# journal is a non-SCI one, never an SCI one.
NOT_SCI = (r"(?:沒有|没有|不是|並非|并非|不算|沒|没|未被?)\s*(?:被)?(?:列入|列在|收錄|收录|登錄|在)?\s*sci"
           r"|\b(?:not|isn't|wasn't|aren't|weren't)\s+(?:an?\s+)?(?:in\s+)?(?:the\s+)?sci\b|\bno\s+sci\b")
# Another author in so many words: a shared or unranked place ("共同作者", "其他作者", "掛名", "co-author", "middle author",
# "neither first nor corresponding").
NEITHER_FIRST_NOR_CORRESPONDING = (r"(?:既|都)?不是[^，,。；]{0,6}?(?:一作|第一作者)[^，,。；]{0,4}?(?:也不是|也非|或)[^，,。；]{0,6}?(?:通訊|通信)"
                 r"|neither (?:as )?(?:the )?first(?: author)? nor (?:as )?(?:the )?corresponding|not (?:as )?(?:the )?first or (?:as )?corresponding"
                 # the two places joined by a slash or "or" ("not first/corr author", "非一作/通訊", "不是第一或通訊作者")
                 # (… or each place denied on its own: "non-first/non-corresponding", "not first, not corr", "非一作非通訊")
                 r"|\b(?:not|non|never|wasn't|isn't|neither)[- ](?:as )?(?:the )?(?:first|1st)(?:[- ]author)?\s*(?:/|,|\bor\b|\bnor\b|\band\b)?\s*"
                 r"(?:(?:not|non)[- ]?)?(?:the )?corr(?:esp(?:onding)?)?\b\.?"
                 r"|(?:非|不是|並非|并非)\s*(?:第\s*)?(?:一|1)\s*(?:作者?)?\s*(?:/|或|、|也非|也不是|，|,)?\s*(?:非|不是)?\s*(?:通訊|通信)"
                 )
# … and the unranked place said outright ("其他作者", "共同作者", "co-author", "middle author")
# (… or placed in the middle of the byline: "掛中間", "排在中間", "挂中间", "名字在中間", "middle of the author list")
NAMED_SHARED_AUTHOR = (r"其他作者|其餘作者|其余作者|共同作者|中間作者|中间作者|中段作者|掛名作者|挂名作者|掛名|挂名"
                       r"|(?:掛|挂|排|列|名列|名字|放)(?:在)?\s*(?:作者(?:群|列表)?(?:的)?)?\s*(?:中間|中间|中段)(?:的)?(?:位置|作者)?"
                       r"|\b(?:in|on)\s+the\s+middle\s+of\s+the\s+(?:author(?:\s+list)?|byline|authors?(?:hip)?\s+list)\b"
                       r"|\bco-?authors?(?:ed)?\b|\bco-?(?:auths?|au)\b\.?|\bother[- ]authors?\b|\bmiddle[- ]authors?\b|\bnon-?first[- ]authors?\b")
SHARED_AUTHOR = NEITHER_FIRST_NOR_CORRESPONDING + "|" + NAMED_SHARED_AUTHOR
# … of which a co-author is one whose place is not said (a corresponding author is a co-author too)
# ("co-au", "co-auth": the short forms of "author" the ordinals take, `AUTHOR_WORD`, after co-)
CO_AUTHOR = r"共同作者|\bco-?authors?(?:ed)?\b|\bco-?(?:auths?|au)\b\.?|\bnon-?first[- ]authors?\b"
# Not the first author, said only as a negation ("非一作", "不是一作", "非第一作者", "not first author"): another author
# unless the clause names the place it was (presenter, corresponding) — a role list tries it last.
NOT_FIRST_AUTHOR = (r"(?:非|不是|並非|并非|沒有當|不算)\s*(?:第\s*)?(?:一|1)\s*(?:作者|作)|非第一"
                    r"|\b(?:not|non|never|wasn't|was not|isn't|is not|none|neither)(?: of (?:them|these|those))?[- ](?:as )?(?:the |a )?"
                    r"(?:first|1st)[- ]author\b")


# ---------------------------------------------------------------- another person as the one who did it
# People other than the one asking who may do what a role says (present a paper, give the talk): colleagues and trainees,
# teachers, a co-author, a named doctor, a pronoun. One vocabulary for every language the question may be in; a person
# helped by the asker ("幫學長上台報告", "我代表學長上台報告", "替老闆報告": the asker presented for them) is no subject,
# nor the asker's own title ("我是住院醫師").
_OTHER_PERSON_ZH = (r"(?<![幫帮替代給给為为其表])(?<!我是)(?:學弟|学弟|學妹|学妹|學長|学长|學姊|學姐|学姐|同事|同仁|老師|老师|住院醫師|住院医师|總醫師|总医师"
                    r"|研究生|學生|学生|助理|主任|老闆|老板|指導教授|指导教授|教授|共同作者|其他作者|別人|别人|其他人|其他醫師|其他医师"
                    r"|他們|她們|他们|她们|他|她|(?<![A-Za-z])(?:R[1-7]|PGY\s*\d?|fellow|resident)(?![A-Za-z])"
                    # (a doctor named by the surname: "林醫師", "陳主任", "王老師")
                    r"|[陳陈林黃黄張张李王吳吴劉刘蔡楊杨許许鄭郑謝谢郭洪曾邱廖賴赖周徐蘇苏葉叶莊庄呂吕江何蕭萧羅罗高簡简朱鍾钟游彭詹胡施沈余"
                    r"趙赵盧卢梁顏颜柯孫孙魏翁戴范宋方鄧邓杜傅侯曹薛丁卓阮馬马董温唐藍蓝蔣蒋石古紀纪姚連连馮冯歐欧程湯汤]"
                    r"[\u4e00-\u9fff]?(?:醫師|医师|醫生|医生|老師|老师|主任|教授|學長|学长|學姊|學姐|学姐|大夫))")
_OTHER_PERSON_EN = (r"\b(?:(?:my|our|the|a|an|one|another|his|her|their|other)\s+(?:(?!(?:and|or|but|I)\b)[\w-]+\s+){0,2}?)?"
                    r"(?:fellows?|residents?|colleagues?|co-?authors?|co-?workers?|students?|trainees?|juniors?|seniors?|interns?|mentors?"
                    r"|boss|attendings?|chiefs?|supervisors?|PI|teammates?|labmates?|registrars?|authors?|someone(?:\s+else)?"
                    r"|somebody(?:\s+else)?|he|she|they|R[1-7]|PGY-?\d?|(?:Dr|Prof)\.?\s+[A-Za-z][\w-]*)")
OTHER_PERSON = _OTHER_PERSON_ZH + "|" + _OTHER_PERSON_EN
# … as the subject right before the words of what was done ("學弟上台報告的", "住院医师上台讲的", "學弟幫我上台報告", "my
# fellow gave the talk", "the resident was the presenter", "Dr. Lin presented it"): only adverbs, a copula or "for me" between
OTHER_PERSON_BEFORE = (rf"(?:{OTHER_PERSON})\s*(?:[就也都有則则才來来去又還还先是當当]|代表|代為|代为|幫忙|帮忙|負責|负责|幫我|帮我|替我|代我|代替我|擔任|担任"
                       r"|\s*\b(?:actually|already|then|just|also|eventually|finally|kindly|ended up|had to|did|was|were|is|as|"
                       r"the|a|an|for me|on my behalf|instead)\b\s*)*$")
# … or named as the doer right after them ("上台報告的是學弟", "報告者是我的住院醫師", "presented by my fellow", "the talk
# was given by the resident")
OTHER_PERSON_AFTER = (rf"\s*(?:的)?(?:人)?\s*(?:是|為|为|由|換成|换成)\s*(?:我的|我們的|我们的|我)?\s*(?:{_OTHER_PERSON_ZH})"
                      rf"|\s*(?:it\s+)?(?:was\s+)?(?:done\s+|given\s+)?by\s+(?!me\b|myself\b)(?:{_OTHER_PERSON_EN})")


# ---------------------------------------------------------------- an activity said not to have happened
# "年會沒去", "沒有參加年會", "年會今年沒參加", "skipped the annual congress", "didn't make it to the annual meeting",
# "annual meeting: none": the verbs of attending negated, right before the activity's word or right after it.
_ATTEND_VERB = r"(?:去|參加|参加|出席|到|報名|报名|參與|参与|趕上|赶上)"
# (the organiser named between the negation and the activity: "沒去外科年會", "沒有參加外科醫學會的年會")
_ORGANISER = r"(?:[^\s，,。；;？?\d]{0,6}?(?:外科|醫學會|医学会|學會|学会|協會|协会|本會|本会)\s*(?:的)?\s*)?"
NOT_ATTENDED_BEFORE = (rf"(?:沒有|没有|沒|没|未|無|无|不曾|從沒|从没|從未|从未|沒能|没能|不能|無法|无法)\s*(?:有)?\s*{_ATTEND_VERB}(?:過|过|到)?\s*(?:今年|去年|這次|这次|本屆|本届)?\s*(?:的)?\s*{_ORGANISER}$"
                       # "沒有演講", "沒上台報告": the negation right on the activity's own word
                       r"|(?:沒有|没有|沒|没)\s*(?:上台|上臺)?\s*$"
                       # "沒當講者", "沒有擔任講者", "從沒當過 speaker": a role of one's own denied right before its word
                       r"|(?:沒有|没有|沒|没|未|不曾|從沒|从没|從未|从未)\s*(?:有)?\s*(?:當|当|擔任|担任)(?:過|过)?\s*$"
                       # ("wasn't a speaker", "not as a speaker", "never spoke", "didn't give a talk")
                       r"|\b(?:wasn't|was not|weren't|were not|not as|never)\s+(?:an?\s+|the\s+|as\s+(?:an?\s+|the\s+)?)?$"
                       r"|\b(?:didn't|did not|haven't|have not|hasn't|has not)\s+$"
                       # "錯過2次月會", "缺席了兩場外科月會", "取消了2次": missed, with or without the count missed (that count
                       # is set aside before binding, bot/reader/missed.py)
                       rf"|(?<![沒没未不])(?:錯過|错过|缺席|翹掉|跳過|跳过|漏掉|取消|停辦|停办)\s*(?:了|掉)?\s*(?:\d+\s*(?:次|場|场|回)?)?\s*(?:的)?\s*{_ORGANISER}$"
                       rf"|(?:沒有|没有|沒|没|未|沒能|没能|無法|无法)\s*{_ATTEND_VERB}(?:的|了)?\s*\d+\s*(?:次|場|场|回)\s*(?:的)?\s*{_ORGANISER}$"
                       r"|\b(?:missed|skipped|cancell?ed|did(?:n't| not) (?:go to|attend|make(?: it to)?)|could(?:n't| not) (?:go to|attend|make(?: it to)?))"
                       r"\s+(?:the\s+)?\d+\s+(?:of\s+(?:the\s+|our\s+)?)?$"
                       r"|\b(?:skipped|missed|did(?:n't| not) (?:go to|attend|make(?: it to)?)|never (?:went to|attended|made it to)"
                       r"|could(?:n't| not) (?:go to|attend|make(?: it to)?)|wasn't at|was not at|absent from|no)\s+(?:the\s+|any\s+|this year's\s+|our\s+)?$"
                       # ("leave out the annual meeting", "not counting the annual meeting", "don't count my attendance at the
                       # annual meeting"): the person asks to leave it out of this count
                       r"|\b(?:don'?t|do not|no need to|not|without)\s+(?:count(?:ing)?|includ(?:e|ing))\s+(?:the\s+|my\s+|this year's\s+)?"
                       r"(?:attendance\s+(?:at|of)\s+(?:the\s+|my\s+)?)?$"
                       r"|\b(?:excluding|exclude|leave out|leaving out|ignore|ignoring|set aside|except(?: for)?|minus|skip)\s+(?:the\s+|my\s+)?(?:attendance\s+(?:at|of)\s+(?:the\s+)?)?$"
                       # ("不要算年會", "先不算年会", "扣除年會", "不包括年會"): the person asks to leave it out of this count
                       r"|(?:(?<!算)(?:不要|不用|先不|暫不|暂不|不)\s*(?:算|計|计)|不包括|不包含|扣除|排除|扣掉)\s*(?:今年|去年)?\s*(?:的)?\s*$")
NOT_ATTENDED_AFTER = (rf"^[^，,。；;？?\d]{{0,8}}?(?:(?:沒有|没有|沒|没|未|無|无|不曾|從沒|从没|從未|从未|沒能|没能|無法|无法)\s*(?:有)?\s*{_ATTEND_VERB}|缺席|請假|请假"
                      # "月會錯過了2次", "月會有2次因颱風取消" (the count missed set aside, bot/reader/missed.py)
                      r"|(?<![沒没未不])(?:錯過|错过|翹掉|跳過|跳过|取消|停辦|停办)(?:了|掉)?\s*\d|(?<![沒没未不])(?:取消|停辦|停办))"
                      r"|^\s*(?:有)?\s*\d+\s*(?:次|場|场|回)\s*[^，,。；;？?\d]{0,8}?(?<![沒没未不])(?:錯過|错过|缺席|沒去|没去|沒有去|没有去|沒參加|没参加|取消|停辦|停办)"
                      # "年會出席的分數先不用算", "年会的积分不要算": the person asks to leave it out of this count
                      r"|^[^，,。；;？?\d]{0,8}?(?:先|暫時|暂时|就|都)?\s*(?:不用|不要|不必|別|别)\s*(?:算|計|计)(?!\s*(?:嗎|吗|呢))"
                      # ("年會先不算", "年会除外", "年會不列入", "annual meeting excluded", "(annual meeting aside)")
                      r"|^[^，,。；;？?\d]{0,4}?(?:(?:先|暫|暂|就)\s*不\s*(?:算|計|计)|除外|不\s*(?:列入|計入|计入|算進|算进)(?:去)?)(?!\s*(?:嗎|吗|呢))"
                      # ("年會本身的出席分另外算我知道", "年會出席分開算": counted apart from what is asked — left out of this count)
                      r"|^[^，,。；;？?\d]{0,10}?(?:另外|另|分開|分开|單獨|单独)\s*(?:算|計|计)(?!\s*(?:嗎|吗|呢|\d|的話|的话|[?？]|還是|还是))"
                      r"|^\s*(?:excluded|aside|not counted|left out)\b"
                      # "年會本身的出席分另外算我知道", "年會出席積分另計": its attendance
                      # credits left to another count by the person — not in this one
                      r"|^[^，,。；;？?\d]{0,6}?(?:出席|參加|参加|報到|报到)(?:的)?(?:分|分數|分数|積分|积分|學分|学分)\s*(?:我)?(?:會|会|要|就)?\s*(?:另外|另|分開|分开|單獨|单独)\s*(?:算|計|计|申請|申请|報|报)"
                      # "年會0次", "年會今年０次", "annual meeting 0 times", "annual meetings: 0": none attended, said as a figure (the 0
                      # is set aside, bot/reader/missed.py)
                      r"|^[^，,。；;？?\d]{0,6}?(?<![\d.])0+\s*(?:次|場|场|回|趟)|^\s*(?:[:：=]\s*|x\s*)?(?<![\d.])0+(?![\d.]\d)\s*(?:times?\b|x\b|(?=[,;.)]|$))"
                      r"|^\s*(?:[:：—–-]\s*)?(?:skipped|missed|none|not attended|did(?:n't| not) (?:go|attend|make it))\b"
                      # "2 monthly meetings I missed", "2 monthly meetings were cancelled"
                      r"|^\s*(?:that\s+|which\s+)?(?:i|he|she|we|they)\s+(?:missed|skipped)\b|^\s*(?:were|was|got)\s+(?:cancell?ed|called off)\b")
# How many times, said as attendance every time ("12 次全勤", "每次都有到", "一次都沒缺", "perfect attendance, 12", "didn't
# miss any — 10 of them"): a count in a clause naming no activity, of the activity just named.
# (never the days of one meeting: "年會三天都有去" is its length, no count of meetings)
# (never the days of one meeting: "年會兩天都有去", "年會兩天我都有去" — both days of it)
ATTENDANCE_COUNT = (r"(?<![天日])全勤|(?<![天日])(?<![天日]我)(?<![天日]我也)都有(?:去|到|出席|參加)|每(?:次|場|個月|月)(?:的[^，,。；\d]{0,4})?(?:我)?都(?:有)?(?:去|到|出席|參加)"
                    r"|(?:(?:一|1)\s*(?:次|場))?都?(?:沒|没|未)(?:缺|漏)(?:席|過|过|掉)?"
                    r"|\bperfect attendance\b|\b(?:didn't|did not|never) miss(?:ed)?\b|\ball\b(?=\s+\d)|\bevery (?:single )?(?:one|meeting|month)\b"
                    r"|\bevery\s+(?:\w+\s+)?(?:monthly\s+)?(?:meeting|mtg|one)s?\b"
                    # "參加了兩場這種", "去過 3 次這類的", "went to 2 of these", "attended 3 such meetings": a count of the kind named
                    # before, pointed back at
                    r"|(?<=\d)\s*(?:次|場|场|個|个)?\s*(?:這種|这种|這類|这类|這樣的|这样的|那種|那种)"
                    r"|(?<=\d)\s+(?:of\s+(?:these|those|them)\b|such\b)")


# A kind said with how many left open (`Slot.open_count`): an English plural with no count ("went to monthly meetings",
# "presented posters", "had papers out"), or the doing said in Chinese with no count after it ("國際會議也有去", "也有發表
# 海報", "月會還有參加") — the number of them was not stated, so it is asked, never taken to be one (SPEC §3). (Vague
# counts, "a few", "幾次", are `bot.vague`'s; "every one" is `ATTENDANCE_COUNT`'s.)
OPEN_COUNT = (r"^(?!\s*(?:(?:so|and|but|then)\s+)?(?:do|does|are|is|can|could|will|would|should|may|must|how\s+(?:many|much)|what|which)\b)"
              # (… nor a question typed on in the same clause after the item, no stop before it — "a non-sci paper first author
              # how many credits do the papers give": the plural after the question words is the items said, no count open)
              r"(?:(?!\bhow\s+(?:many|much)\b|\bwhat(?:'s|\s+(?:is|are|do|does|would))\b)[^.;?!])*?"
              # (a clause asking of the kind in general — "do overseas congresses get me more credits?" — leaves no count
              # of the person's open; nor one asking what the kind comes to — "How many points for my presentations alone?",
              # "what do my papers give me": the result asked, the question word's noun no count missing)
              r"\b(?:meetings|mtgs|congresses|conferences|symposia|symposiums|seminars|courses|workshops|lectures|talks|"
              r"presentations|e-?posters|posters|orals|papers|articles|publications|case\s+reports)\b"
              # (never a plural heading the list after its colon: "sci papers 2025: one case report …")
              r"(?![^.;?!,]{0,16}[:：])"
              # (never this month's monthly meeting, one: "這個月的月會也有去")
              r"|(?<!月的月會)(?<!月月會)(?<!月的月會也)(?<!月月會也)(?<!月的月會還)(?:也|還)?有(?:去|到|參加|出席|發表|投稿?)(?![過了]?\s*[\d一二兩三四五六七八九十幾])")


# A part of the year a count was made in ("上半年 2 次、下半年 3 次", "Q1 two, Q2 one", "first half … second half"): counts
# of one kind said part by part — each a count of its own, of the kind named before (the text is folded to Traditional)
PART_OF_YEAR = (r"上半年|下半年|上學期|下學期|第\s*[1-4一二三四]\s*季|(?<![A-Za-z])Q[1-4](?![A-Za-z0-9])|(?<![A-Za-z])H[12](?![A-Za-z0-9])"
                r"|\b(?:the\s+)?(?:first|second|latter|1st|2nd|3rd|4th|third|fourth)\s+(?:half|quarter)\b")


# ---------------------------------------------------------------- a meeting abroad, said any way
# "國外的會", "出國開會", "去國外開會", "海外研討會", "境外學會", "overseas mtg", "intl conf", "a congress abroad": the place word with a
# meeting word (開會, 的會, 會議, 研討會, 年會, 大會, 學會; meeting, mtg, congress, conference, conf, symposium) — never a
# membership, fee or office (會員, 會費, 會長). Traditional only: the text is folded first.
# Places, by side: Taiwan (the country, its cities and counties, "here", "local") and abroad (countries and big cities
# people train or meet in, in zh-TW / folded zh-CN and English). 中國 before 醫藥 / 附醫 is a Taiwanese university.
HOME_PLACES = (r"台灣|臺灣|國內|本國|島內|(?:台|臺)北|新北|桃園|新竹|苗栗|(?:台|臺)中(?!國)|彰化|南投|雲林|嘉義|(?:台|臺)南|高雄|屏東|宜蘭|花蓮"
               r"|(?:台|臺)東|基隆|澎湖|金門|\b(?:here in|in|back in|around|within) Taiwan\b|\bTaiwan(?:ese)?\b|\bdomestic(?:ally)?\b"
               r"|\blocal(?:ly)?\b|\bhere at home\b|\b(?:Taipei|New Taipei|Taichung|Kaohsiung|Tainan|Hsinchu|Taoyuan|Hualien|Keelung|Chiayi"
               r"|Changhua|Pingtung|Yilan|Taitung|Miaoli|Nantou|Yunlin|Linkou)\b")
ABROAD_PLACES = (r"美國|日本|德國|英國|法國|韓國|南韓|加拿大|澳洲|紐西蘭|新加坡|香港|澳門|大陸|中國(?!醫藥|附醫|醫大)|歐洲|荷蘭|瑞士|瑞典|義大利|西班牙|以色列"
                 r"|泰國|越南|馬來西亞|印度|菲律賓|印尼|奧地利|比利時|丹麥|挪威|芬蘭|波蘭|俄羅斯|土耳其|巴西|墨西哥|阿根廷|杜拜|國外|海外|出國|歐美"
                 r"|紐約|波士頓|休士頓|洛杉磯|舊金山|芝加哥|西雅圖|費城|巴爾的摩|克里夫蘭|羅徹斯特|東京|大阪|京都|名古屋|福岡|首爾|釜山|倫敦|巴黎"
                 r"|九州|北海道|沖繩|札幌|神戶|廣島|仙台|橫濱|千葉|熊本|長崎|岡山|新潟|仁川|大邱"
                 r"|柏林|慕尼黑|海德堡|維也納|阿姆斯特丹|蘇黎世|米蘭|羅馬|巴塞隆納|馬德里|雪梨|墨爾本|多倫多|溫哥華|上海|北京|廣州|深圳|曼谷|吉隆坡"
                 r"|\b(?:abroad|overseas|foreign)\b|(?-i:\b(?:the )?(?:US|USA|U\.S\.A?\.?|UK|U\.K\.)(?![A-Za-z]))|\b(?:america|united states|japan|germany"
                 r"|england|britain|france|korea|canada|australia|new zealand|singapore|hong kong|china|europe|netherlands|switzerland"
                 r"|sweden|italy|spain|israel|thailand|vietnam|malaysia|india|philippines|indonesia|austria|belgium|denmark|norway|finland"
                 r"|new york|boston|houston|los angeles|san francisco|chicago|seattle|philadelphia|baltimore|cleveland|rochester"
                 r"|tokyo|osaka|kyoto|nagoya|fukuoka|seoul|busan|london|paris|berlin|munich|heidelberg|vienna|amsterdam|zurich|milan"
                 r"|rome|barcelona|madrid|sydney|melbourne|toronto|vancouver|shanghai|beijing|bangkok|kuala lumpur"
                 # (Japan's and Korea's regions and cities where surgeons train: "Kyushu University Hospital", "a fellowship in Sapporo")
                 r"|kyushu|hokkaido|okinawa|sapporo|kobe|hiroshima|sendai|yokohama|chiba|kumamoto|nagasaki|okayama|niigata|incheon|daegu|gwangju"
                 # (centres abroad known by their own name: "Mayo Clinic", "MD Anderson", "梅約診所")
                 r"|mayo(?:\s+clinic)?|md\s+anderson|johns\s+hopkins|(?:memorial\s+)?sloan[- ]kettering|cleveland\s+clinic"
                 r"|mass(?:achusetts)?\s+general|mgh|mskcc)\b|梅約|安德森癌症中心|約翰霍普金斯")
_ABROAD_WORD = r"(?:國外|國際(?:性)?|海外|境外|外國|出國|international|intl|int'l|overseas|abroad|foreign)"
_MEETING_WORD = (r"(?:開會|的會(?![員費長])|會議|研討會|年會|大會|醫學會|學會(?![員費長])|論壇|(?<=[外際])會(?![員費長議])"
                 r"|meetings?|mtgs?|congress(?:es)?|conferences?|confs?|symposi(?:um|a|ums)|summits?)")
# Going abroad for a meeting said as a verb phrase, its count between the verb and 會 ("出國開了兩個會", "去國外開了 3 次會",
# "飛去東京參加了一場會議", "去芝加哥開會"): a meeting abroad however many are said.
MEETING_ABROAD_VERB = (r"(?:出國|出国|(?:去|到|飛去|飛到|飞去|飞到|飛)\s*(?:" + ABROAD_PLACES + r"))\s*(?:去|一趟)?\s*"
                       r"(?:開|开|參加|参加|出席)\s*(?:了|過|过)?\s*(?:\d+|[一二兩两三四五六七八九十幾几好]+)?\s*(?:個|个|場|场|次|趟)?\s*"
                       r"(?:國際|国际)?(?:會|会)(?![員費長员费长])"
                       # "flew to Chicago for a congress", "went to Tokyo for two meetings", "traveled to Seoul to attend a conference"
                       r"|\b(?:flew|flown|fly|flying|went|gone|go|going|travel(?:l)?ed|headed|came)\s+(?:over\s+)?(?:to\s+)?(?:" + ABROAD_PLACES + r")"
                       r"\s+(?:for|to\s+attend|to\s+present\s+at)\s+(?:(?:a|an|one|two|three|four|five|\d+|the)\s+)?(?:[A-Za-z-]+\s+){0,2}?"
                       r"(?:congress(?:es)?|meetings?|conferences?|symposi(?:um|a|ums)|summits?)\b")
OVERSEAS_MEETING = (rf"{_ABROAD_WORD}[^，,。；;\d]{{0,8}}?{_MEETING_WORD}"
                    r"|(?:meetings?|mtgs?|congress(?:es)?|conferences?|confs?|symposi(?:um|a|ums))\s+(?:abroad|overseas)")

# The first author, said any way ("一作", "第一作者", "排第一", "first-author", "1st author", "lead author"), never after a
# negation ("非一作", "不是第一作者": another author, read by NOT_FIRST_AUTHOR).
FIRST_AUTHOR = (r"(?<!非)(?<!不是)(?<!並非)第\s*(?:一|1)\s*(?:位\s*)?作者|(?<![非二三四五六七八九十第統统唯\d])(?<!不是)(?<!並非)(?<!并非)(?:一|1)作(?![業业品用為为文家者])"
                r"|(?<!非)(?<!不是)(?:排|掛|挂|列)(?:在)?\s*第\s*(?:一|1)(?![\d年天次篇個个月])\s*(?:位|順位|作者?)?|第一順位"
                r"|\b(?:first|1st)[- ](?:listed[- ])?" + AUTHOR_WORD + r"|\blead[- ]authors?\b|\bprimary[- ]authors?\b"
                # the place said bare of oneself, the paper just named ("one original article (I'm first)", "I was 1st on it")
                r"|(?<![A-Za-z])(?-i:I)(?:'m|’m|\s+am|\s+was)\s+(?:the\s+)?(?:first|1st)(?=\s*[)）,，;；.]|\s+on\s+(?:it|that|this|both|each|them)\b)")


# A word boundary for Latin abbreviations glued to Chinese ("近六年TACE 280例", "做了RFA"): Python's \b sees no boundary
# between 年 and T (both are word characters), so a Latin name's edges are where a Latin letter or digit meets anything else.
LATIN_EDGE = r"(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?![A-Za-z0-9]))"


def latin_bounds(pattern: str) -> str:
    """The pattern with each \\b a Latin-letter boundary (an abbreviation glued to Chinese characters still has its edges)."""
    return pattern.replace(r"\b", LATIN_EDGE)


# A meeting's short name glued to Chinese ("國際會議(ESSO跟ACS)", "去了DDW"): its edges are Latin edges, as every
# abbreviation's are (Python's \b sees none between "O" and "跟").
# The meeting's own noun after its name ("ESSO 年會", "the ASCRS annual meeting", "KSS annual mtg", "ESSO（歐洲外科腫瘤學會）年會")
# is part of the name: no TSA annual meeting of its own.
NAMED_OVERSEAS_MEETINGS = (rf"(?:{latin_bounds(NAMED_OVERSEAS_MEETINGS)})(?:\s*(?:[（(][^）)\d]{{0,24}}[）)])?\s*(?:的)?\s*"
                           r"(?:(?:annual|yearly|clinical|scientific)\s+)?(?:meetings?|mtgs?|congress(?:es)?|conferences?|confs?|"
                           r"symposi(?:um|a)|年會|年会|大會|研討會|會議|學術會議))?")


# ---------------------------------------------------------------- a count held, the person's share of it
# How many were held / organised / there were ("月會總共辦了十二場", "今年舉辦了 10 場", "共有 12 場", "the society held 12 monthly
# meetings", "there were 10 meetings", "they ran 12 sessions"): the events that took place — never the person's attended count.
HELD_COUNT = (r"(?:辦了|办了|舉辦了?|举办了?|開了|开了|(?:總共|总共|一共|共)\s*(?:有|辦了?|办了?|開了?|开了?|舉辦了?|举办了?)?|共有)\s*"
              r"(?:\d+|[一二兩两三四五六七八九十]+)\s*(?:場|场|次)"
              r"|\b(?:held|hosted|ran|run|organi[sz]ed|put\s+on|there\s+(?:were|was|are))\s+(?:(?:about|around|a\s+total\s+of|only|just)\s+)?"
              r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:meetings?|mtgs?|sessions?|conferences?|events?|lectures?|courses?)\b"
              r"|\b\d+\s+(?:[\w-]+\s+){0,2}?(?:meetings?|mtgs?|sessions?)\s+(?:were|was)\s+(?:held|run|organi[sz]ed|put\s+on)\b")
# … and the person's own attendance of them said as a share or loosely ("我出席了一半", "去了大部分", "大概出席四分之三",
# "一半有去", "made it to about half of them", "went to most"): how many they attended is not said — asked, never the held count.
# (a vague count of its own, "幾場", "一些", "a few meetings", is `bot.vague`'s already; "都有去" / "all 12" is every one)
_SHARE_ZH = (r"(?:一半|大半|過半|过半|大部分|大部份|多數|多数|少數|少数|部分|部份|一部分|一部份|小部分|小部份|半數|半数"
             r"|[一二三四五六七八九十]\s*分之\s*[一二三四五六七八九十]|\d+\s*/\s*\d+|(?<![\d.])\d{1,2}\s*(?:%|％|成))")
_SHARE_EN = (r"(?:half|most|some|a\s+few|a\s+couple|several|a\s+handful|the\s+majority|majority|a\s+third|a\s+quarter"
             r"|three[\s-]quarters|two[\s-]thirds|one[\s-]third|\d+\s*/\s*\d+|\d{1,2}\s*%)")
_HEDGE_SHARE = (r"(?:大概|大約|大约|約|约|差不多|將近|将近|接近|快|超過|超过|至少|只有|只|才|其中|其中的|了|過|过|\s)*")
ATTENDED_SHARE = (rf"(?:出席|參加|参加|參與|参与|去|到)\s*(?:了|過|过)?{_HEDGE_SHARE}(?P<zh>{_SHARE_ZH})(?!\s*(?:天|日|年|小時|小时|個月|个月))"
                  rf"|(?P<zh2>{_SHARE_ZH})\s*(?:的)?\s*(?:場次|场次)?\s*(?:我)?\s*(?:都|也|是)?\s*(?:有)?\s*(?:去|到|出席|參加|参加)"
                  rf"|\b(?:attended|went\s+to|made\s+it\s+to|made|got\s+to|showed\s+up\s+(?:at|to|for)|was\s+at|caught|joined|sat\s+in\s+on)\s+"
                  rf"(?:(?:about|around|roughly|approximately|approx\.?|maybe|probably|like|nearly|almost|just|only|over|at\s+least|under)\s+)?"
                  rf"(?P<en>{_SHARE_EN})\b(?!-)(?!\s+(?:day|hour|year|month)s?\b)")
