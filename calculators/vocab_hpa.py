"""Vocabulary of 預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業 (hpa-mammo): how questions name each
tool's inputs, read by the generic reader (bot/reader). Ranges and thresholds are the input models'."""

from __future__ import annotations

from calculators.hpa_mammo import FollowupDeadlineInput, FollowupDeductionInput
from calculators.vocab import Slot, Vocabulary

CASES = ("例", "案", "人", "位", "件", "")  # how a count of cases is written ("" = no unit)

FOLLOWUP_DEADLINE = Vocabulary(
    tool="hpa_followup_deadline",
    model=FollowupDeadlineInput,
    terms={
        "category": r"(?:category|cat\.?|bi-?rads|分類|類別)\s*[「『\"']?\s*\d|第\s*\d\s*類|\d\s*類",
        "cue": r"期限|多久|幾個月|何時|什麼時候|deadline|within|by when|how long|截止|到期",
        "recall": r"複檢|確診|recall|diagnos|category|疑似陽性|suspected",
        "which_day": r"哪一?天|幾號|幾月幾[日號]|什麼日期|哪個日期|which day|what date|by when|due date|"
                     r"(?:何時|什麼時候)[^，,。？?]{0,6}(?:前|完成|到期)",
        "how_long": r"多久|幾個月|多長|how long|how many months",
    },
    trigger=(("category",), ("cue", "recall")),
    slots=(
        Slot("category", "number", terms=r"category|cat\.?|bi-?rads|分類|類別|第|類", units=("", "例"), gap=3, gap_after=1,
             ask=("個案的篩檢結果是 category 幾（0、3、4 或 5）？", "Which category was the screening result (0, 3, 4 or 5)?"),
             bad=("需追蹤的是 category 0、3、4、5 的個案；請確認分類。",
                  "Follow-up applies to categories 0, 3, 4 and 5; please check the category.")),
        # The day asked for needs the screening date; today is never assumed (SPEC §3).
        Slot("screening_date", "date", default=True, past=True,
             ask=("篩檢日期是哪一天（年／月／日）？", "What was the screening date (year, month, day)?"),
             ask_when=(("which_day",),), ask_unless=(("how_long",),)),
    ),
    bonus=((("cue",), 1.0),),
)

FOLLOWUP_DEDUCTION = Vocabulary(
    tool="hpa_followup_deduction",
    model=FollowupDeductionInput,
    terms={
        "topic": r"追蹤完成率|完成率|追蹤率|completion rate|follow-?up rate|扣款|扣多少|deduct|追蹤完成|疑似陽性[^。？?]*完成|"
                 r"suspected[- ]positives?[^.?]*complet",
        "category": r"category|第\s*[0345]\s*類|bi-?rads",
        "rate_or_deduct": r"完成率|rate|扣|deduct",
        "strong": r"追蹤完成率|completion rate|扣多少|扣款多少|扣幾|how much .*deduct",
    },
    trigger=(("topic",),),
    block=(("category", "!rate_or_deduct"),),
    slots=(
        Slot("completion_rate_pct", "number", terms=r"追蹤完成率|完成率|追蹤率|completion rate|follow-?up rate|rate",
             units=("%", ""), gap=24, gap_after=6, fallback_units=("%",), fraction=True,
             ask=("篩檢疑似陽性個案的追蹤完成率是多少 %（或疑似陽性個案數與已追蹤完成數）？",
                  "What is the follow-up completion rate of suspected-positive cases (%), or the numbers of suspected-positive and completed cases?"),
             bad=("追蹤完成率是百分比，應介於 0% 到 100% 之間，請確認數字。",
                  "A completion rate is a percentage between 0% and 100%; please check the figure.")),
        Slot("suspected_positive_cases", "number", terms=r"疑似陽性|suspected[- ]positive|positive cases?", units=CASES,
             gap=10, gap_after=6,
             ask=("今年篩檢疑似陽性的個案共有幾案？", "How many suspected-positive cases were there this year?")),
        Slot("completed_cases", "number", terms=r"完成(?!率)(?:追蹤)?|已追蹤|completed|followed up", units=CASES,
             gap=14, gap_after=6,
             bad=("已追蹤完成數不能多於疑似陽性個案數，請確認數字。",
                  "Completed cases cannot exceed the suspected-positive cases; please check the figures.")),
        Slot("annual_subsidy", "number", terms=r"補助|subsid|金額|nt\$|\$|dollars|元", units=("", "元", "萬元"),
             own_units=("萬元", "元"), gap=16, gap_after=4, min_value=1000, pick="last", reply=False),
    ),
    one_of=(("completion_rate_pct",), ("suspected_positive_cases", "completed_cases")),
    bonus=((("strong",), 1.0),),
)

VOCABULARY = [FOLLOWUP_DEDUCTION, FOLLOWUP_DEADLINE]
