"""Vocabulary of 預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業 (hpa-mammo): how questions name each
tool's inputs, read by the generic reader (bot/reader). Ranges and thresholds are the input models'."""

from __future__ import annotations

from calculators.hpa_mammo import (
    FollowupDeadlineInput,
    FacilityVolumeInput,
    FollowupDeductionInput,
    QC_BANDS,
    VAN_DAILY_CAP,
    ImageGradeInput,
    QcGradeInput,
    RadiographerVolumeInput,
    RereadActionInput,
)
from calculators.lexicon import extend, ranked
from calculators.vocab import Choice, Slot, Vocabulary

CASES = ("例", "案", "人", "位", "件", "")  # how a count of cases is written ("" = no unit)

# A volume named right before a bare figure in 萬 ("年篩檢量 2萬", "篩檢數約 1.5萬", "做了 2萬", "操作量 1.2萬"): ten thousands
# of screenings, a count — never money (bot/parsing reads the figure with these words; an amount in 萬 is money elsewhere)
VOLUME_BEFORE_WAN = (r"[篩筛]檢?量|[篩筛]查量|檢查量|检查量|[篩筛]檢數|[篩筛]检数|案量|數量|数量|操作量|"
                     r"[做拍照篩筛]了")

# Counts of other things a facility has (units, vans, reading physicians, years of service): no input of these tools.
OTHER_COUNTS = (
    (r"(?<![\d.])\d+\s*(?:台|臺|部|輛|辆)\s*(?:乳攝儀|乳攝車|乳房攝影儀|機器|儀器|機台|車|DR|CR|乳摄仪|乳摄车|机器)?"
     r"|\b\d+\s+(?:mammography\s+|DR\s+|CR\s+)?(?:units?|machines?|vans?)\b"
     r"|(?:判讀醫師|判读医师|醫師|医师)\s*\d+\s*(?:位|名|人)|\d+\s*(?:位|名)\s*(?:判讀|判读)?(?:醫師|医师)"
     r"|\b\d+\s+(?:reading\s+)?(?:physicians?|radiologists?|readers?|doctors?)\b"
     r"|(?:with us|年資|年资|服務|服务)\s*\d+\s*(?:年|years?)|\b\d+\s+years?\s+(?:with us|of (?:service|experience))",
     ("乳攝儀、乳攝車、醫師人數或年資等其他數目不影響這項計算。",
      "Counts of other things (units, vans, physicians, years of service) do not enter this calculation.")),
)
# When a radiographer joined or left ("10 月才來，算 92 天", "joined on July 1 and worked 184 days"): their days are given.
JOINED = (
    (r"(?<![\d/])\d{1,2}\s*月\s*(?:\d{1,2}\s*[日號号]\s*)?(?:才|就|開始|开始|起|初|中|底)?\s*(?:進|进)?\s*(?:來|来|到職|到职|到任|加入|報到|报到|離職|离职|入職|入职|走|退休)"
     r"|\b(?:joined|started|left|hired)\s+(?:us\s+)?(?:on|in)\s+[A-Za-z]+\.?\s*\d{0,2}\b|\b1\s+(?=(?:who|that)\s+(?:joined|started|left|was hired)\b)",
     ("到職或離職的日期只說明該位的工作天數；計算用所寫的天數。",
      "The date a radiographer joined or left only explains their days; the days written are used.")),
)

FOLLOWUP_DEADLINE = Vocabulary(
    tool="hpa_followup_deadline",
    model=FollowupDeadlineInput,
    terms={
        # (a result said as read: "判0", "評為 4", "判定 category 3")
        "category": r"(?:category|cat\.?|bi-?rads|分類|類別)\s*[「『\"']?\s*\d|第\s*\d\s*類|\d\s*類|"
                    r"(?:判|評|评)(?:定|讀|读)?(?:為|为|成)?\s*[0345](?![\d.%分])",
        "cue": r"期限|多久|幾個月|何時|什麼時候|deadline|within|by when|how long|截止|到期|幾號前|哪一?天前",
        "recall": r"複檢|確診|recall|diagnos|category|疑似陽性|suspected",
        "which_day": r"哪一?天|幾號|幾月幾[日號]|什麼日期|哪個日期|which day|what date|by when|due date|"
                     r"(?:何時|什麼時候)[^，,。？?]{0,6}(?:前|完成|到期)"
                     # ("when exactly does it have to be done by", "exactly when", "what's the last day"): the day asked
                     r"|\bwhen exactly\b|\bexactly when\b|\bwhat(?:'s|’s| is| was)? the (?:(?:exact|last|latest|final|actual|specific|precise|calendar) ){0,2}(?:date|day)\b"
                     # ("the calendar date for the recall deadline", "what's the specific date she needs a diagnosis by")
                     r"|\bcalendar (?:date|day)\b"
                     r"|\bwhen\b[^.?!]{0,40}\b(?:done|completed|finished)\s+by\b"
                     # (the deadline asked of one patient: "what's the deadline for this lady?", "her recall deadline", "這位
                     # 個案的期限", "这位阿姨最晚哪天" — her own day, never the rule's period)
                     r"|\b(?:deadline|due date|cut-?off)\s+(?:for|of)\s+(?:this|that|our|my)\s+(?:lady|woman|patient|pt|case|client|one)\b"
                     r"|\b(?:deadline|due date)\s+for\s+her\b|\bher\s+(?:(?:recall|follow-?up|diagnosis|biopsy|work-?up)\s+)?(?:deadline|due date)\b"
                     r"|(?:這位|这位|那位|這個|这个)(?:個案|个案|病人|病患|患者|小姐|女士|阿姨|太太|婦女|妇女)[^，,。？?]{0,12}(?:期限|截止|最晚)",
        "how_long": r"多久|幾個月|多長|how long|how many months",
        # "when's the deadline", "截止是什麼時候": the day asked — of the person's own case only ("our screening last month")
        # the screening said done today ("今天新篩出一個 0 類", "今日篩的", "screened today", "today's screen"): the date is said
        "screened_today": r"(?:今天|今日)[^，,。；;？?\d]{0,6}?(?:篩|筛|拍|照|做)|(?:篩|筛|拍|照|做)(?:的|了)?[^，,。；;？?\d]{0,3}?(?:今天|今日)"
                          r"|\b(?:screened|done|imaged|seen)\s+today\b|\btoday'?s\s+(?:screen|mammo)|\bscreen(?:ed|ing)?\s+(?:was\s+)?today\b",
        # (… or "what's the deadline" of one's own case — "Got a category 0 from our van screening - what's the deadline for the
        # recall exam?": its day, asked of the person's own case only, `@personal` below)
        "when_due": r"\bwhen(?:'s|’s|\s+is|\s+will|\s+would)?\b[^.?!]{0,24}\b(?:deadline|due)\b|\bdeadline\b[^.?!]{0,12}\bwhen\b|"
                    r"\bwhat(?:'s|’s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:the|our|her|its|their)\s+"
                    r"(?:(?:recall|follow-?up|diagnosis|diagnostic|biopsy|work-?up|repeat)\s+(?:exam\s+)?)?(?:deadline|due date|cut-?off)\b|"
                    r"(?:期限|截止|到期)[^，,。？?]{0,4}(?:是|在)?(?:什麼時候|何時)",
        # "疑似陽性（0、3、4、5 類）412 人", "(cat 0/3/4/5)": the categories a count is of, listed together — no case's result
        "category_list": r"[(（]\s*(?:category|cat\.?|bi-?rads|類別|分類)?\s*[0345](?:\s*(?:[、,，/&]|和|及|\band\b|\bor\b)\s*[0345]){1,3}\s*(?:類)?\s*[)）]"
                         r"|(?:category|cat\.?|bi-?rads)\s*[0345](?:\s*[/、,，&]\s*[0345]){2,}",
    },
    trigger=(("category",), ("cue", "recall")),
    # (a list of the categories a count is of, with no deadline asked, is no case's result: the follow-up rate's words)
    block=(("category_list", "!cue"),),
    slots=(
        # "一位 category 0、一位 3、一位 4": after the first, "one (case)" names the next case's category
        # (a count of patients said before the English word, "one cat 0, one cat 3", "2 BI-RADS 4 pts", is part of the
        # word: no category)
        Slot("category", "number", terms=r"(?:(?<![\d.])\d{1,3}\s+(?=(?:category|cat\.?|bi-?rads)\s*[「『\"']?\s*\d))?(?:category|cat\.?|bi-?rads)"
                                            r"|分類|類別|第|類|(?:判|評|评)(?:定|讀|读)?(?:為|为|成)?(?=\s*[0345](?![\d.%分]))|(?<![\d.])(?:1|一)\s*(?:位|個|个|例|案)\s*(?:(?:被)?(?:判|评|評)(?:定|讀|读)?(?:為|为|成)?|是|為|为)?\s*(?=[0345](?![\d.%]))",
             units=("", "例"), gap=3, gap_after=1,
             ask=("個案的篩檢結果是 category 幾（0、3、4 或 5）？", "Which category was the screening result (0, 3, 4 or 5)?"),
             bad=("需追蹤的是 category 0、3、4、5 的個案；請確認分類。",
                  "Follow-up applies to categories 0, 3, 4 and 5; please check the category.")),
        # The day asked for needs the screening date; today is never assumed (SPEC §3) — only taken when said (screened_today).
        Slot("screening_date", "date", default=True, past=True,
             ask=("篩檢日期是哪一天（年／月／日）？", "What was the screening date (year, month, day)?"),
             ask_when=(("which_day",), ("when_due", "@personal")), ask_unless=(("how_long",),),
             today_when=(("screened_today",),)),
    ),
    bonus=((("cue",), 1.0),),
    repeat=True,
    # "one cat 0, one cat 3", "2 BI-RADS 4 pts", "兩位 category 0 的個案": the patients counted before the category word
    # are who the question is about, no figure of the calculation
    framing=((r"(?<![\d.])\d{1,3}\s*(?:位|個|名|例|案)?\s*(?=(?:category|cat\.?|bi-?rads)\s*[「『\"']?\s*[0345](?!\.?\d))"
              # (… or with the English noun between: "one patient cat 3", "2 women with BI-RADS 4")
              r"|(?<![\d.])\d{1,3}\s+(?:patients?|women|woman|lady|ladies|cases?|pts?)\s+(?:(?:with|at|of|got|had)\s+(?:an?\s+)?)?"
              r"(?=(?:category|cat\.?|bi-?rads)\s*[「『\"']?\s*[0345](?!\.?\d))",
              ("分類前的人數只是說明哪幾位個案；期限依各個案的分類計算。",
               "The number of patients before a category says who the question is about; each deadline follows its category.")),
             # "Two BI-RADS results from …", "兩個 BI-RADS 的結果", "3 category findings": how many results the question is
             # about, with no category after the word — each one's category is said later
             (r"(?<![\d.])\d{1,3}\s*(?:位|個|个|名|例|案|份)?\s*(?=(?:category|cat\.?|bi-?rads)\s*(?:的)?\s*"
              r"(?:\b(?:results?|findings?|reports?|cases?|patients?|screens?)\b|結果|个案|個案|報告|病人))",
              ("分類前的數目只是說明有幾個結果；期限依各個案的分類計算。",
               "The number before the category word says how many results there are; each deadline follows its category.")),
             # "兩個人，一個判 category 0、一個判 4", "3 位：一位 0、一位 3、一位 5": how many people, gone through one by one after it
             (r"(?<![\d.])[2-9]\s*(?:位|個|个|名)\s*(?:人|個案|个案|女性|婦女|妇女|病人|患者|民眾|民众)?\s*[，,：:、]\s*(?=(?:1|一)\s*(?:位|個|个|名))",
              ("分類前的人數只是說明哪幾位個案；期限依各個案的分類計算。",
               "The number of patients before a category says who the question is about; each deadline follows its category.")),),
)

# "category 0 有 120、3 有 60", "cat 4/5 20", "0 類 90": the categories of a breakdown are names, not counts.
CATEGORY_NAMES = (
    (r"(?:category|cat\.?|bi-?rads)\s*[「『\"']?\s*[0345](?:\s*(?:[/、和及&,，]|\band\b|\bor\b)\s*[0345](?!\.?\d))*|(?<![\d.])[0345]\s*類|第\s*[0345]\s*類"
     r"|(?<=[、,，])\s*[0345](?=\s*(?:類\s*)?有\s*\d)"
     # "疑似陽性（0、3、4、5）", "(0/3/4/5)": the categories in brackets after the cases they name
     # (… with words after them saying so: "(0/3/4/5那些)", "（0、3、4、5 等）", "(cat 0/3/4/5 ones)")
     r"|[(（]\s*(?:category|cat\.?|bi-?rads|類別|分類)?\s*[0345](?:\s*(?:[、,，/&]|和|及|and|or)\s*[0345]){1,3}\s*(?:類|类)?\s*"
     r"(?:的)?(?:那些|那几类|那幾類|這些|这些|那種|那种|之類|之类|等|等等|ones|etc\.?|and so on)?\s*[)）]",
     ("category 0、3、4、5 是分類名稱，不是個案數；分項數字加起來即為合計。",
      "Category 0, 3, 4 and 5 are category names, not counts; the counts listed by category make up the total.")),
)

# The cases a facility must follow up (2.5): suspected positives, however a question names them.
_SUSPECTED = (r"\bscreen(?:ed)?[- ]positives?\b(?:\s+(?:women|ladies|cases?|patients|screens?|results?))?|疑似陽[性姓]|陽性疑似|疑陽(?:性)?|可疑陽性|suspected[- ]positives?|positives?[- ]suspected|positive cases?|陽性(?:的)?(?:待追蹤|需追蹤|應追蹤)?(?:的)?(?:個案|案例|案|人數|個)"
             r"|陽性(?:的)?(?:待|需|應)?追蹤(?:的)?(?:個案|案例|案|人數|人)|陽追(?:的)?(?:個案|案例|案|人數|人)?"  # 陽追: 陽性追蹤 said short
             r"|陽性(?:的)?(?:待|需|應|要)追(?:蹤)?"  # (追 alone, said short: "陽性待追的有 300 件", "陽性要追的")
             # (… or 陽性 alone right before a count of cases: "陽性 200 人，30 人失聯", "阳性 95 例" — never a rate, "陽性 57%")
             r"|(?<![複复]判)(?<![差異])陽性(?=\s*(?:有|共|是|:|：)?\s*\d+\s*(?:人|位|例|案|件|個|个)(?![\d.%]))"
             # (… or 陽性追蹤 right before its count: "陽性追蹤 120 案，完成 84 案", "阳性追踪 95 人")
             r"|陽性(?:的)?(?:待|需|應|要)?追蹤(?=\s*(?:有|共|是|:|：)?\s*\d)"
             # the suspected positives named by their categories ("category 0、3、4、5 的個案", "BI-RADS 0, 3, 4 and 5 cases")
             r"|(?:(?:category|cat\.?|bi-?rads|類別)\s*)?[0345](?:\s*(?:/|、|,|，|和|及|或|\band\b|\bor\b)\s*[0345])+\s*(?:的|類|类)?\s*"
             r"(?:個案|案例|案|人|召回(?:個案|案|人)?|\b(?:cases?|patients|women|ladies|screens?|recalls?|callbacks?|positives?)\b)"
             # (… or with their total said right after them: "cat 0/3/4/5 總共 480 案", "category 0、3、4、5 合計 300",
             # "BI-RADS 0/3/4/5 total 220"; never a later item of a breakdown by category, "…、4 和 5 共 20 個": those two only)
             r"|(?<![、,，;；])(?<![、,，;；]\s)(?:(?:category|cat\.?|bi-?rads|類別)\s*)?[0345](?:\s*(?:/|、|,|，|和|及|或|\band\b|\bor\b)\s*[0345])+\s*(?:的|類|类)?\s*"
             r"(?=(?:總共|总共|一共|共|合計|合计|加起來|加起来|\btotal(?:ing|led|ed)?\b|\bin total\b)\s*(?:是|為|为|有|of|:|：)?\s*\d)"
             # (… or said of the count before them with a verb: "412 came back BI-RADS 0/3/4/5", "300 women were cat 0, 3, 4
             # or 5", "共 260 位判為 category 0/3/4/5")
             r"|(?:\b(?:were|was|are|came back(?:\s+as)?|come back(?:\s+as)?|returned(?:\s+as)?|graded|rated|read as|scored)\s+|(?:是|為|为|判為|判为|判定為|判定为|被判(?:為|为)?)\s*)"
             r"(?:category|cat\.?|bi-?rads|類別)\s*[0345](?:\s*(?:/|、|,|，|和|及|或|\band\b|\bor\b)\s*[0345])+(?![\d.])"
             r"|(?:待|需|應|要)追蹤(?:的)?(?:個案|案例|案|人)"
             # ("要追的(0/3/4/5那些)有412個", "有問題要再追的有 150 個", "需要追的共 200 位": the cases to follow up said as a
             # label right before their count — never a count before it, "還有 30 個要追的" is the ones not yet done)
             r"|(?:要|需要|需|待|應|应|得)\s*(?:再)?\s*追(?:蹤|踪)?的(?=\s*(?:[（(][^（()）]{0,30}[)）])?\s*(?:有|共|一共|總共|总共|是|為|为|:|：)?\s*\d)"
             r"|\babnormal (?:screens?|screenings?|results?|findings?|mammograms?|cases?)"
             r"|\b(?:positive|suspicious|suspect|abnormal|BI-?RADS\s*0?/?[345]?|recall(?:ed)?) (?:screens?|screenings?|results?|findings?|cases?|mammograms?|exams?|ladies|women|patients)"
             r"|\brecall(?:s|ed)?\b|\bflagged\b|\bcases? to follow up\b|\bsuspicious(?:[- ]positives?)?\b|\bsuspected\b(?!\s+(?:of|that))"
             r"|可疑(?:陽性)?(?:的)?(?:個案|案例|案|人)?|異常(?:的)?(?:個案|案例|案|人數|結果)|需複檢(?:的)?(?:個案|案|人)?|召回(?:的)?(?:個案|案|人)?"
             # the cases to call back, said in English inside Chinese or plain ("要 call back 的 88 位", "需要回call的",
             # "callbacks: 120", "women we had to call back")
             r"|(?:要|需|需要|應|应|待|得)\s*(?:call\s*back|callback|回\s*call|回診|回诊|召回|複檢|复检)(?:的)?(?:個案|个案|案|人|位)?"
             r"|\bcall[- ]?backs\b|\b(?:had|needed|need) to (?:be )?call(?:ed)? back\b"
             # "篩出來 cat 0 有 120 個、cat 3 40 個…，共 200 個": the cases a screening turned up, by category, are the suspected
             r"|篩(?:檢)?出(?:來)?(?:的)?(?:陽性|異常|可疑)(?:個案|案)?|篩(?:檢)?出(?:來)?(?:的)?\s*(?=(?:cat\b|cat\.|category|bi-?rads|第?\s*[0345]\s*類))")
# The deduction's inputs: hand-written words, then the lexicon's everyday words of each (calculators/lexicon.py)
_RATE = (r"追蹤完成率|完成率|追蹤率|completion rate|follow-?up rate|rate"
         # the completion said with its percentage and no word "rate" ("our f/u completion came out at 78%", "追蹤完成比例 72%")
         r"|\bcompletion\b(?=[^.;?!\d]{0,40}\d+(?:\.\d+)?\s*%)|(?:追蹤)?完成(?:的)?(?:比例|比率|百分比)")
# completed follow-up, however said: 完成 / 追完 / 追蹤完 / 做完 / 已結案, "completed f/u", "done", "tracked to completion",
# "worked up", "closed out" (a count with one of these after or before it)
# (the cases followed up said as reached: 追到, 追回, 追蹤到, 完成複檢, 複檢完, 回診了)
_COMPLETED = (# the follow-up said done for a count of the cases ("f/u completed for 160 suspicious cases", "work-up done on 85
              # recalls"): the count is the completed ones, the noun after it what they are of (before the bare verb below)
              r"\b(?:completed|finished|done|closed(?: out)?)\s+(?:for|on)\b(?=\s+(?:about\s+|around\s+|only\s+|just\s+)?\d)|"
              # where they went said first, the count done there named last ("64 位去外院複檢、本院確診合計完成", "到本院或他院都完成")
              r"(?:去|到|在|於|于)[^，,。；;？?\d]{1,14}?(?:合計|合计|共|都|皆|均|全部)(?:已)?(?:經|经)?完成(?!率)|"
              r"完成(?!率)(?:追蹤)?|已追蹤|追(?:蹤)?完(?:成)?|追(?:蹤)?到|追回(?:來)?|做完|(?:已)?結案|確診完成|已確診|(?:已)?(?:完成)?複檢(?:完|完成)?(?=\s*\d)|複檢完|已回診|回診了"
              r"|(?:\bof (?:them|those|these)\s+)?(?:(?:have|has|had)\s+(?:already\s+|now\s+)?)?(?:\bcompleted|\bfinished|\bfollowed[- ]up|\btracked to completion|\bworked[- ]up"
              r"|\bclosed(?: out)?\b|\bdone\b|\bcomplete\b|\bresolved\b)"
              # the count as the subject of a clause that ends in the follow-up done ("185 got their follow-up done",
              # "only 150 had the work-up completed", "210 have had their recall finished", "190 were seen back")
              # (an adverb before the verb is the clause's too: "121 actually got their workup done", "90 finally had theirs")
              r"|\b(?:(?:actually|finally|eventually|ultimately|really|all|only|just)\s+)?(?:got|had|have had|have|has|were|was|been|actually)\s+(?:(?:their|the|its|a|all|fully|already|actually)\s+){0,2}"
              r"(?:follow[- ]?ups?|f/u|work[- ]?ups?|recalls?|diagnostic(?: work[- ]?up)?s?|call[- ]?backs?|biops(?:y|ies)|repeat (?:exams?|imaging))"
              r"\s+(?:done|completed|finished|closed)\b"
              r"|\b(?:(?:actually|finally|eventually|ultimately|really|all|only|just)\s+)?(?:were|was|got|have been|had been)\s+(?:fully\s+|actually\s+|successfully\s+)?(?:seen back|followed through|worked up|cleared|completed|closed)\b"
              r"|\b(?:came back|returned|showed up|turned up)\s+for\s+(?:(?:their|the|a)\s+)?(?:follow[- ]?ups?|f/u|work[- ]?ups?|recalls?|diagnostic \w+|repeat \w+)"
              # "we got 233 of our recalls through their follow-up", "brought 180 women through the work-up": the count carried
              # through the follow-up, its verb before it
              r"|\b(?:got|brought|took|saw|pushed|carried)(?=\s+(?:about\s+|around\s+)?\d[^.;?!]{0,60}?\bthrough\s+(?:(?:their|the|its|her|a|all)\s+)?"
              r"(?:follow[- ]?ups?|f/u|work[- ]?ups?|recalls?|call[- ]?backs?|diagnostic|repeat))"
              # "95 of the suspected positives finished their workup", "80 of our recalls have completed": the part that
              # finished, named by the whole it is of (no count of the whole)
              # (… the whole said with a word or two of what they are: "160 of our suspicious-result cases completed their
              # follow-up"; or the count right before those words, as their subject: "160 suspicious-result cases completed …")
              r"|(?:\bof\s+(?:the|our|those|these|all(?:\s+the)?)\s|(?<![\w-]))\s*(?:(?:[A-Za-z][\w-]*|BI-?RADS\s*[0345/]+)\s+){0,2}?(?:suspected[- ]positives?|screen[- ]positives?|recalls?|positives?|flagged(?:\s+ones)?|"
              # (… the things screened named by the whole noun: "160 of our suspicious screens finished follow-up", "140 of the
              # abnormal results completed work-up")
              r"abnormal (?:screens|cases)|cases|patients|women|ladies|screens|screenings|results|findings|mammograms|mammos|exams)"
              r"\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|already\s+|all\s+)?(?:finished|completed|done|(?:been\s+)?worked up|closed)\b")
# (the subsidy named with what it is for or of, the figure before the whole noun: "2,000,000 in screening subsidy",
# "1.5 million of mammography screening subsidies", "NT$900,000 of annual HPA subsidy")
_SUBSIDY = r"補助|(?:\b(?:(?:screening|mammo(?:graphy)?|HPA|annual|yearly|total|the|our|its)\s+){1,3})?subsid|金額|nt\$|\$|dollars|元"
# the money taken off said with an everyday English verb ("how much gets docked", "what do they take off", "knocked off")
_DOCKED = r"\bdock(?:ed|s|ing)?\b|\b(?:take|takes|taken|took|knock|knocks|knocked|shave|shaved|chop|chopped)\s+off\b|\b(?:the|a|our)\s+cut\b|\bget(?:s|ting)?\s+cut\b"
SUSPECTED = extend(_SUSPECTED, "hpa_followup_deduction.suspected_positive_cases", _RATE, _COMPLETED, _SUBSIDY)
# "有 3 位失聯，其他都完成追蹤" / "3 were lost to follow-up, the rest completed": the completed count is the rest.
LOST = (r"失聯|失联|聯絡不上|联络不上|聯繫不上|联系不上|找不到|拒絕|拒绝|拒檢|拒检|不願|不愿|沒回診|没回诊|未回診|未回诊"
        r"|\blost(?: to follow-?up)?\b|\brefused\b|\bdeclined\b|\bunreachable\b|\bcould(?:n't| not) be reached\b|\bno-?shows?\b"
        r"|\bnever (?:came|showed|returned)\b|\bdid(?:n't| not) (?:come|show|return)\b")
REST_DONE = (r"(?:其他|其它|其餘|其余|剩下|剩餘|剩余)(?:的)?(?:人|個案|个案|案)?(?:都|皆|均|全|也)?(?:有|已|已經|已经)?(?:追蹤)?(?:完成|做完)"
             r"|\b(?:the rest|the others|all (?:the )?others?|everyone else|everybody else|all the remaining|the remaining(?: ones| cases)?)\b"
             r"[^.;,]{0,24}\b(?:completed|finished|done|were followed up|followed up)")


FOLLOWUP_DEDUCTION = Vocabulary(
    tool="hpa_followup_deduction",
    model=FollowupDeductionInput,
    terms={
        # … and the lexicon's words of the completion rate (calculators/lexicon.py)
        # (points taken off, "扣多少分" / "扣幾分", are a renewal requirement's reduction — 第五條第十四款's 扣抵 — never the
        # subsidy's deduction, which is a share of money)
        "topic": extend(r"追蹤完成率|完成率|追蹤率|completion rate|follow-?up rate|扣款|扣多少(?!分)|扣幾(?!分)|deduct|追蹤完成|(?:疑似陽[性姓]|疑陽)[^。？?]*(?:完成|追(?:蹤)?完|做完|結案)|"
                 r"suspected[- ]positives?[^.?]*complet|\bwithh[oe]ld|\bpenalt(?:y|ies)\b|subsidy (?:cut|reduction)"
                 r"|(?:completed|finished) (?:the |their |its )?(?:diagnostic )?(?:follow-?up|f/u|work-?up)"
                 # (follow-up written short, as staff write it: "f/u completion 59.9%", "FU completion")
                 r"|\b(?:follow-?up|f/u|fu)\s+completion\b"
                 # the completed cases or the money lost said another way ("190 tracked to completion", "how much do we lose",
                 # "追回來幾個", "會被砍多少補助")
                 r"|tracked to completion|(?:how much|what) (?:do|will|would|did|does) (?:we|they|i|the (?:hospital|facility|clinic)) (?:lose|forfeit)|\blose\b[^.?]{0,20}\bsubsid|clawback|claw back"
                 r"|補助[^，,。；？?]{0,12}?(?:被)?(?:砍|扣|少)"
                 # (its amount said between, in a clause of its own: "補助 100 萬，會被扣嗎"; the completed follow-ups counted:
                 # "完成追蹤 300 案" — 2.5's numerator, no deadline's)
                 r"|補助(?:款)?\s*(?:是|有|約)?\s*[\d,.]+\s*(?:萬)?\s*(?:元)?\s*[，,][^，,。；？?]{0,6}?(?:被)?(?:砍|扣)"
                 r"|完成追蹤[^，,。；？?\d]{0,4}?\d"
                 # the suspected positives' follow-up still running, or a deduction feared ("疑似陽性 260 個，有幾個還在追，會不會被扣")
                 r"|(?:疑似陽[性姓]|疑陽)[^。？?]*(?:(?:還|还|仍)在追|(?:會|会)(?:不會|不会)?被扣)",
                        "hpa_followup_deduction.completion_rate_pct", _SUSPECTED, _COMPLETED, _SUBSIDY),
        "category": r"category|第\s*[0345]\s*類|bi-?rads",
        # the facts' own words (the trigger's second way: the facts read under their words, however it is asked)
        "suspected_word": SUSPECTED,
        "completed_word": extend(_COMPLETED, "hpa_followup_deduction.completed_cases", _RATE, _SUSPECTED, _SUBSIDY),
        "subsidy_word": extend(_SUBSIDY, "hpa_followup_deduction.annual_subsidy", _RATE, _SUSPECTED, _COMPLETED),
        # (… or the money lost said another way: "clawback", "penalty", "withheld", "被砍", "what do we lose")
        # (… or the money taken said with an everyday verb: "how much gets docked", "what do they take off", "how big is the cut")
        "rate_or_deduct": rf"完成率|rate|扣|deduct|clawback|claw back|\bpenalt(?:y|ies)\b|\bwithh[oe]ld|砍|\b(?:lose|forfeit)\b|{_DOCKED}|{_RATE}",
        "strong": r"追蹤完成率|completion rate|扣多少(?!分)|扣款多少|扣幾(?!分)|how much .*deduct",
        # the deduction asked as an amount of money
        "money": r"多少錢|幾塊錢|多少塊錢|幾元|多少元|扣款金額|金額是?多少|how much money|(?:what|which) amount|how many (?:dollars|NT)"
                 # (how much OF the subsidy is cut — "補助會被扣多少", "扣多少補助", "how much of the annual subsidy gets docked" — is
                 # the rule's share, answered by the band's % of the year's subsidy; only money itself asks the subsidy's total)
                 r"|how much (?:will|would|do|does|did) (?:we|they|I|the (?:hospital|facility|clinic)) (?:lose|get cut|forfeit|pay back)",
    },
    # (the suspected positives read beside the completed ones or the subsidy: the deduction's facts and no other tool's,
    # however the question is asked — "How bad is the hit?")
    trigger=(("topic",), ("suspected_word", "completed_word", "@slot:suspected_positive_cases", "@slot:completed_cases"),
             ("suspected_word", "subsidy_word", "@slot:suspected_positive_cases", "@slot:annual_subsidy")),
    block=(("category", "!rate_or_deduct"),),
    slots=(
        Slot("completion_rate_pct", "number", terms=extend(_RATE, "hpa_followup_deduction.completion_rate_pct", _SUSPECTED, _COMPLETED, _SUBSIDY),
             units=("%", ""), gap=24, gap_after=6, fallback_units=("%",), fraction=True,
             ask=("篩檢疑似陽性個案的追蹤完成率是多少 %（或疑似陽性個案數與已追蹤完成數）？",
                  "What is the follow-up completion rate of suspected-positive cases (%), or the numbers of suspected-positive and completed cases?"),
             bad=("追蹤完成率是百分比，應介於 0% 到 100% 之間，請確認數字。",
                  "A completion rate is a percentage between 0% and 100%; please check the figure.")),
        # the cases to follow up, however named: 陽性個案, 待追蹤的個案, abnormal screens, recalls
        # ("follow-up completion: 412 suspected positives, 290 completed": the noun right after a count is what it counts,
        # before a label ahead of it)
        Slot("suspected_positive_cases", "number", terms=SUSPECTED, units=CASES,
             gap=10, gap_after=6, totals=True, counted=True,
             # "category 0 有 120 個、category 3 有 40 個、4 有 25 個、5 有 15 個": the suspected positives by category
             # (… or two of them as one part: "、4 和 5 加起來 35 個", "cat 4+5 有 30 個")
             parts=r"(?:category|cat\.?|bi-?rads)\s*[「『\"']?\s*[0345](?:\s*(?:和|跟|與|及|/|\+|&|\band\b)\s*[0345])?\s*[」』\"']?\s*(?:類)?"
                   r"|第?\s*[0345]\s*類|(?<=[、,，/])\s*[0345](?:\s*(?:和|跟|與|及|/|\+|&|\band\b)\s*[0345])?",
             ask=("今年篩檢疑似陽性的個案共有幾案？", "How many suspected-positive cases were there this year?")),
        # "170 of them completed the workup", "210 finished their diagnostic follow-up"
        Slot("completed_cases", "number", terms=extend(_COMPLETED, "hpa_followup_deduction.completed_cases", _RATE, _SUSPECTED, _SUBSIDY),
             units=CASES,
             gap=14, gap_after=6, complement="suspected_positive_cases", totals=True, rest_done=(LOST, REST_DONE),
             bad=("已追蹤完成數不能多於疑似陽性個案數，請確認數字。",
                  "Completed cases cannot exceed the suspected-positive cases; please check the figures.")),
        Slot("annual_subsidy", "number", terms=extend(_SUBSIDY, "hpa_followup_deduction.annual_subsidy", _RATE, _SUSPECTED, _COMPLETED), units=("", "元", "萬元"),
             own_units=("萬元", "元"), gap=16, gap_after=4, min_value=1000, pick="last", reply=False, partial=True,
             ask=("當年度總補助篩檢金額是多少元？（扣款金額依此計算）",
                  "What was the year's total screening subsidy (NT$)? The deduction amount is a share of it."),
             ask_when=(("money",),)),
    ),
    # (the counts first: a rate stated beside the counts it comes from is checked against the rate they make — bot/ledger.py)
    one_of=(("suspected_positive_cases", "completed_cases"), ("completion_rate_pct",)),
    bonus=((("strong",), 1.0),),
    framing=CATEGORY_NAMES + (
        # "去年乳攝篩了 5,800 位", "screened 5,800 women last year", "篩檢總數 5800": how many were screened in all — the pool the
        # suspected positives come from, no count of 2.5's rate (its suspected positives and completed follow-ups)
        (r"(?:(?:篩|筛|拍|照)(?:檢|检|查)?(?:了|過|过)|(?:篩檢|筛检|篩查|筛查)(?:總數|总数|人數|人数))\s*(?:共|總共|总共|一共)?\s*"
         r"(?:約|约|大約|大约)?\s*\d[\d,]*\s*(?:位|名|人|個|个|案|件|例)?(?:次)?(?=\s*[，,；;、]\s*[^\d。；;？?！!]{0,20}?(?:疑似陽|疑陽|疑似阳|陽性|阳性))"
         r"|\b(?:screened|did|shot)\s+(?:about\s+|around\s+)?\d[\d,]*\s*(?:women|ladies|people|clients|screenings?|mammos?|mammograms?)\b"
         r"(?=[^.?!]{0,60}?\b(?:positives?|recalls?|abnormal))",
         ("篩檢的總人數是疑似陽性個案的來源，不是追蹤完成率的數字（只看疑似陽性與已完成追蹤的個案），不影響這項計算。",
          "How many were screened in all is the pool the suspected positives come from, no figure of the completion rate "
          "(only suspected positives and completed follow-ups count); it does not enter this calculation.")),),
)

# A radiographer, as questions name one: 放射師（士）, 放射技師 (zh-CN 放射技师, folded); techs, technologists.
# (放設師 is 放射師 mistyped by the input method: 射/設 share the sound)
# (the radiographer said as a technologist: 技術師, 技師, 技術員 — never a medical technologist of the lab, 醫檢師 / 醫事檢驗)
STAFF_ZH = (r"放射師|放射士|放設師|放射技師|放射技術師|放射技術員|放射技術人員|(?<!醫事)(?<!檢驗)技術員|(?<!醫事)(?<!檢驗)(?<!醫檢)技術師|"
            r"(?<!醫事)(?<!檢驗)(?<!醫檢)(?<!工程)(?<!電機)(?<!土木)(?<!技術)技師")
TECHS = r"\btechs\b|\btechnologists\b|\brads\b|\bmammo(?:graphy)? techs\b|\brad(?:iology|iologic)?[- ]?techs\b|\bradiologic technologists\b|\bRTs\b|\bMRTs\b"
# the radiographers said qualified before the word ("兩個合格放射師", "3 位符合資格的放射師", "2 名通過資格審查的放射師")
# (… or by what they do before the word, "三個乳攝放射師", "2 位乳房攝影放射師": still the people counted)
QUALIFIED_ZH = r"(?:合格|符合資格|有資格|具資格|通過資格審查|通過審查|乳攝|乳摄|乳房攝影|乳房摄影)(?:之|的)?"

QUALIFIED = (r"(?:(?:registered|qualified|certified|licensed|accredited|approved|full-?time|合格|持證|持证|有證照|有证照|有執照|有执照|"
             r"通過(?:資格)?(?:審查)?|通过(?:资格)?(?:审查)?)(?:的)?\s*)?")
PERSON = r"(?:tech(?:nologist)?|radiographer|operator|staff|physicist|person|someone|our|their|human)"
HUMAN_FACTOR = (r"人為|人員疏失|疏失|(?:擺位|操作|設定|設置|校正|摆位|设定)(?:上)?(?:的)?(?:失誤|錯誤|不當|失误|错误|不当)|"
                # the setting left undone or done wrong by someone ("新人沒設定好", "参数没调好", "壓迫設錯了", "擺位沒擺好")
                r"(?:沒|没|未)(?:有)?(?:把[^，,。；？?]{0,6})?(?:設定|设定|設置|设置|調整|调整|調|调|校正|校準|校准|擺|摆|壓|压)好|"
                r"(?:設|设|調|调|擺|摆)(?:定|置|整)?(?:錯|错)|"
                r"放射師(?:的)?(?:錯|失誤|疏失)|human (?:error|factor)|operator error|user error|"
                # the trouble put on the person's handling ("那兩項是技師操作的問題", "是人員操作上的問題", "an operator issue")
                rf"(?:{STAFF_ZH}|人員|人员)(?:的)?操作(?:上)?(?:的)?(?:問題|问题)|\boperator (?:issue|problem)s?\b|"
                # (… or put on the person by who they are, the one who operates named after the verb: "是操作人員的問題", "技師的錯",
                # "操作员的责任", "是人的問題不是機器"; the handling itself, "是操作上的問題")
                rf"(?:操作(?:人員|人员|員|员|者|的人)|{STAFF_ZH}|技術人員|技术人员|(?<![病個个客家])人(?:員|员)?)(?:的)?(?:問題|问题|錯|错|疏失|責任|责任|過失|过失)|"
                r"(?<!機器)(?<!机器)(?<!設備)(?<!设备)(?<!介面)操作(?:上)?(?:的)?(?:問題|问题)|"
                rf"\bblam\w*\s+(?:it\s+|them\s+)?on\s+(?:the\s+|our\s+|a\s+)?{PERSON}|\b(?:down\s+to|on)\s+(?:the|our)\s+(?:operators?|techs?|technologists?|radiographers?|staff)\b|"
                rf"\b(?:operators?|techs?|technologists?|radiographers?|staff)(?:'s|s')?\s+(?:issue|problem|fault|error|mistake)s?\b|"
                rf"{PERSON}'?s?'? (?:fault|error|mistake)|(?:fault|error|mistake) (?:of|by) (?:the |our |a )?{PERSON}|"
                rf"(?:due to|caused by|because of) (?:the |our |a )?{PERSON}|wrong (?:setup|set-up|settings?|positioning)|"
                r"(?:setup|set-up|positioning|technique) (?:error|mistake|problem)|mis-?(?:positioned|positioning|set up)|"
                r"\bmis-?configured\b|\b(?:set|setup|set-up|configured)\s+(?:it\s+|up\s+|it\s+up\s+)?(?:wrong|incorrectly|improperly)\b|"
                r"\bnot\s+set\s+(?:it\s+)?up\s+(?:right|properly|correctly)\b")
NOT_HUMAN_FACTOR = (r"equipment fault|機器問題|設備問題|機器老化|設備老化|機台老化|機器故障|設備故障|老化|故障|"
                    # the machine worn out with age ("機器老舊", "設備太舊了", "機台年久失修", "零件磨損")
                    r"老舊|老旧|(?:機器|機台|設備|儀器|機子|机器|设备|仪器)(?:太|很|比較|比较|有點|有点)?舊|年久失修|磨損|磨损|"
                    r"不是人為|不是人为|非人為|非人为|(?:與|与|跟|和)人為(?:因素)?無關|"
                    r"(?:machine|equipment|unit|tube|detector|hardware)(?:'s)? (?:fault|failure|problem|ageing|aging|wear|defect)|"
                    r"(?:ageing|aging|worn[- ]out|faulty|old|outdated) (?:machine|equipment|unit|tube|detector|hardware)|not (?:a )?human|"
                    r"(?:machine|equipment|unit|hardware) (?:is|was|being) (?:old|worn|outdated)")

_HUMAN = (HUMAN_FACTOR, NOT_HUMAN_FACTOR)
HUMAN_FACTOR = extend(HUMAN_FACTOR, "hpa_qc_grade.human_factor=true", NOT_HUMAN_FACTOR)
NOT_HUMAN_FACTOR = extend(NOT_HUMAN_FACTOR, "hpa_qc_grade.human_factor=false", _HUMAN[0])
# 二(二)1(1): the field test items, by their names (hand-written), then the lexicon's words of each
QC_ITEMS = {
    "dose_hvl_output_aec": r"平均乳腺輻射劑量|乳腺劑量|半值層|輻射輸出|自動曝露控制|劑量|\bhvl\b|\baec\b|dose|half[- ]value",
    "phantom_image": r"假體影像|假體|phantom",
    "compression": r"壓迫裝置|壓迫|compression",
    # (the label's 曝露 said 曝光, its 指標 said 指數 / 指标: "CR 曝光指數 68", "曝光指标")
    "exposure_index_cr": r"曝露指標|(?:曝露|曝光|暴露)(?:指數|指標|指数|指标)|exposure[\s-]+index|\bcr\b",
    # (the label's "alignment" / "一致性" said in everyday words: 對位, 對齊, 對準, 吻合, 重合 — "對位 88", "照野对齐 90")
    "field_alignment": r"胸壁側輻射照野|照野|影像接收裝置一致性|一致性|(?<!擺)(?<!摆)對位|對齊|對準|(?:照野|輻射野|射野)?吻合(?:度)?|重合(?:度)?|"
                       r"field[\s-]+alignment|collimation|alignment|\bfield(?=\s*[:=]?\s*\d)",
    # (the reading system said short or by its parts: "reading sys", "reading/display system", "display", "閱片站",
    # "閱片工作站", "判讀螢幕", "顯示器")
    # (… or by the everyday verb of reading films, 看片 / 讀片: "看片系統 92", "讀片工作站", "看片螢幕"; in English the device
    # named by who uses it, right before its score: "reader 91", "viewer: 88", "viewing station 90", "reader system 92")
    # (… or by the verb alone, a score right after it in a list of the items: "判讀 86", "判读：90", "interpretation 88" — never
    # a count of cases read, "判讀 86 例", nor the reader, 判讀醫師)
    "reading_system": r"閱片系統|閱片(?:工作)?站|閱片|判讀(?:工作)?站|判讀螢幕|螢幕|顯示器|顯示系統|判讀(?:系統|系统|設備|设备)|判读(?:系统|设备|工作站)|"
                      r"(?:判讀|判读|判片)(?=\s*(?:[:：=]|分數|分数|成績|成绩|得分|拿到?|是|為|为)?\s*(?:\d{2,3}(?![\d.%％])|[一二三四五六七八九十百零〇兩两]{2,5}(?![一二三四五六七八九十百零〇兩两]))"
                      r"(?!\s*(?:例|件|案|位|人|張|张|次|個|个|%|％)))|"
                      r"\binterpretation(?=\s*[:=]?\s*\d{2,3}(?![\d%]|\.\d))|"
                      r"(?:看片|讀片|读片)(?:系統|系统|(?:工作)?站|螢幕|螢幕|屏幕|燈箱|灯箱|設備|设备)?|"
                      r"\b(?:reader|viewer)(?=\s*[:=]?\s*\d{2,3}(?![\d%]|\.\d))|\b(?:viewing|view|reader|viewer)s?\s+(?:system|sys|station|workstation|monitor|display)s?\b\.?|\breading station\b|"
                      r"reading(?:\s*/\s*display)?\s+(?:system|sys)\b\.?|display(?:\s*/\s*reading)?\s+(?:system|sys)\b\.?|"
                      r"reading system|monitor|workstation|\breading(?=\s*[:=]?\s*\d)|\bdisplay(?=\s*[:=]?\s*\d)",
}
QC_ITEMS = {k: extend(w, f"hpa_qc_grade.scores.{k}", *(o for j, o in QC_ITEMS.items() if j != k)) for k, w in QC_ITEMS.items()}
# an item named with the word for its test ("reading system evaluation came back at 65", "phantom test scored 80", "壓迫測試
# 成績 84", "閱片系統評估 70"): the item's name, so the figure after the verb is still near it
# (… the test said as the form's own word, "phantom image analysis scored 69.5", "假體影像分析 82")
QC_ITEMS = {k: rf"(?:{w})(?:\s*(?:image\s+)?(?:evaluation|test|testing|check|score|result|assessment|analysis|analyses|measurement)s?\b|"
               r"(?:影像)?(?:評估|測試|檢測|分析|量測|分數|成績))?" for k, w in QC_ITEMS.items()}

# A partner facility that reads the images (一(二)1(5)): 合作醫院 / 合作醫療機構 / 合作院所, "partner hospital / site"
PARTNER = r"合作(?:醫院|醫療機構|院所|機構|的醫院)|\bpartner(?:\s+(?:hospital|site|facility|institution|center|centre))?(?:'s)?\b"
# … said to read them ("數位影像都送合作醫院判讀", "images are read at the partner hospital", "we send our images to a partner")
PARTNER_READS = (rf"送(?:到|給|去)?\s*(?:{PARTNER})[^，,。；;]{{0,6}}(?:判讀|判读|讀片|读片|閱片|阅片)|(?:{PARTNER})[^，,。；;]{{0,6}}(?:判讀|判读|讀片|读片)"
                 rf"|\b(?:read|reported|interpreted)\s+(?:at|by)\s+(?:the\s+|our\s+|a\s+)?(?:{PARTNER})|\bsen[dt]\b[^.;,]{{0,30}}(?:{PARTNER})")

# How a few of the items scored, said to point at them ("低的", "比較低", "分數低", "沒過的", "B 的"; "low", "lower", "lowest",
# "failing", "B"): the words before or after a count of the items named ("the two low ones", "低的那兩項")
_LOW_ZH = (r"(?:比較|比较|較|较|分數|分数|分)?(?:低|差|不好|不理想|偏低)|沒過|没过|不及格|被扣|(?-i:[B-D])\s*(?:的|等)")
_LOW_EN = (r"low(?:er|est)?|bad|weak(?:er|est)?|poor(?:er|est)?|failing|failed|worse|worst|problem(?:atic)?|below[- ]par|sub-?par"
           r"|(?-i:[B-D])(?:'?s)?|(?-i:[B-D])[- ]grade[ds]?")

QC_GRADE = Vocabulary(
    tool="hpa_qc_grade",
    model=QcGradeInput,
    terms={
        # (… or a field test item named by a word no other review uses: "phantom image analysis", "假體影像", "半值層", "AEC")
        "cue": extend(r"實地測試|品管|qc|quality control|field test|假體|phantom|壓迫裝置|照野|半值層|\bhvl\b|\baec\b", "hpa_qc_grade.scores",
                      *QC_ITEMS.values()),
        # what a D brings on the unit asked ("Will the unit be pulled from HPA screening?", "機器還能用嗎", "會被停用嗎")
        "unit_barred": r"\b(?:pulled|taken|barred|suspended|removed)\s+(?:from|out\s+of)\b|\b(?:keep|still|continue)\s+(?:using|use)\b|"
                       r"\bcan(?:not|'t|\s+we|\s+i)?\s+(?:still\s+)?(?:be\s+)?use[ds]?\b|(?:還|还)?(?:能|可以)(?:繼續|继续)?(?:用|使用)|不能(?:再)?(?:用|使用)|停用",
        # (a grade given to an item, "假體影像那項被打B", "被評為 C": the grades are the question's facts)
        # (… or got by an item: "有一項拿 B", "拿到 C", "got a B on compression")
        "grade": extend(r"幾等|等級|評等|grade|分數|score|(?:被打|打了?|被評(?:為|为)?|評(?:為|为)|列(?:為|为)?|拿到?|拿了|得到)\s*(?-i:[A-D])(?![A-Za-z])"
                        r"|\b(?:got|received|came back(?: with)?)\s+(?:an?\s+)?(?-i:[A-D])(?![A-Za-z])"
                        # ("有一項 B，其他都 A", "有幾項 B，一項 C": items counted by the letter they got)
                        r"|(?:有|其中)\s*(?:\d+|幾|几|一|兩|两)?\s*(?:項|项)\s*(?-i:[A-D])(?![A-Za-z])",
                        "general.grade_letter"),
        "cr": r"\bcr\b",
        # a DR unit said by its name in capitals ("我們是 DR 系統", "our DR unit", "FFDM"; never "Dr" the title)
        "dr": r"(?<![A-Za-z])(?-i:DR)(?![A-Za-z])|\bffdm\b|direct (?:digital )?radiography|digital radiography|直接數位|直接数位",
        "partner_reads": PARTNER_READS,
        # a DR unit, or CR said not to apply ("DR 的沒有 CR", "we're DR, no CR", "非 CR 機型"): the CR-only item is not asked
        "no_cr": r"(?:沒有|没有|沒|没|無|无|不是|非|不用|不適用|不适用|\bno\b|\bnot\b|\bnon-?|\bisn't\b|\bwithout\b|\bn/a\b)\s*(?:用|做|測|测|the\s+|a\s+|an\s+)?\s*cr\b"
                 r"|\bcr\b[^，,。；;.\d]{0,8}(?:不適用|不适用|不用|免|n/?a\b|not applicable|doesn't apply|does not apply)"
                 r"|\b(?:dr|digital radiography|ffdm)\b[^，,。；;.\d]{0,8}(?:沒有|没有|沒|没|無|无|不用|\bno\b|\bnot\b|\bwithout\b)\s*(?:the\s+)?cr\b",
        # the B/C counselling measure the question asks about
        # (… said as going to class: "負責醫師要去上課嗎", "要派人去上品管課", "do we have to send someone to the course")
        # (… or as its class by another word: 品保講習, 品管研習, 上課程, "QA training", "QC workshop")
        "meeting": r"品管討論會|討論會|輔導措施|(?:去|要)上(?:品管)?課|qc meeting|quality control meeting|what (?:do|must|should) (?:we|i) (?:have to )?do"
                   # (… or as a meeting by another word: 品管研討會, 品保座談會, 品管會議)
                   r"|(?:品管|品保|质控|質控|品質|品质)(?:的)?(?:討論會|讨论会|研討會|研讨会|座談會|座谈会|會議|会议|講習|讲习|研習|研习|課程|课程|訓練|训练|培訓|培训|課|课)"
                   r"|(?:去|要|得|須|须)上[^，,。；？?\d]{0,4}?(?:講習|讲习|研習|研习|研討會|研讨会|課程|课程|訓練|训练|培訓|培训)"
                   r"|\b(?:qa|qc|quality(?: assurance| control)?)\s+(?:workshop|training|course|class|seminar|session)s?\b"
                   r"|\b(?:attend|send (?:someone|anyone|somebody|the \w+) to)\b"
                   # (… or said as the QC seminar one goes to: "have to go to the QC seminar", "QC class")
                   r"|\bqc (?:seminar|session|class|course|training)s?\b|\b(?:go|going) to (?:the |a )?(?:qc |quality control )?(?:seminar|meeting|class)\b",
    },
    # Scores read, or a QC question asking for grades; "劑量 …" alone is not a QC question.
    trigger=(("@fact",), ("cue", "grade"), ("cue", "unit_barred")),
    block=(("@only:dose_hvl_output_aec", "!cue"),),
    slots=(
        # 二(二)1(1): the field test items, by their names.
        Slot("scores", "map", units=("", "分"), gap=20, after_link=r"\s*(?:points?\s*)?(?:on|for|in)\s+(?:the\s+)?", choices=(
            Choice("dose_hvl_output_aec", QC_ITEMS["dose_hvl_output_aec"]),
            Choice("phantom_image", QC_ITEMS["phantom_image"]),
            Choice("compression", QC_ITEMS["compression"]),
            # CR units only: asked where a CR unit is named; scored on a DR unit (and no CR named), set aside
            Choice("exposure_index_cr", QC_ITEMS["exposure_index_cr"], when=(("cr", "!no_cr"),),
                   void_when=(("dr", "!cr"), ("no_cr",)),
                   void_note=("曝露指標之確認(CR) 只評 CR 系統；您說的是 DR 機，這一項的分數未列入評等。",
                              "The exposure index check (CR) applies to CR systems only; the unit you describe is DR, so "
                              "that score is left out of the grades.")),
            Choice("field_alignment", QC_ITEMS["field_alignment"]),
            Choice("reading_system", QC_ITEMS["reading_system"]),
        ), rest=r"(?:其他|其餘|其它|剩下|剩餘)(?:的)?(?:各|幾|几)?(?:項目?|專案|個)?(?:都|皆|均)?(?:是|為|拿)?|everything else|all (?:the )?others?|the rest"
                  r"|(?:all )?(?:the )?other (?:items|ones|parts|tests)"
                  # (one other item at a time, or what remains: "every other item was 85 or above", "each other test",
                  # "the remaining items", "all remaining ones")
                  r"|\b(?:every|each|any)\s+other\s+(?:(?:field|qc)\s+)?(?:item|one|part|test)\b|\b(?:all\s+)?(?:the\s+)?remaining(?:\s+(?:items|ones|parts|tests))?\b",
             # "六項全是 85", "各項都 90", "全部 88 分", "all six items scored 85", "85 across the board" (a key named on its own,
             # "曝露指標也 85", keeps its own number)
             # (the words alone, with no item word, only with the score right after them: "全部加起來 100" is a sum)
             all_keys=r"(?:(?:(?<![\d.])\d+\s*(?:項|个?项|個?項目)(?:測試|测试|分數|分数)?|各\s*項(?:目)?|每(?:一|1)?\s*項(?:目)?|所有(?:的)?(?:項目?|测试|測試)?)"
                      r"\s*(?:都是|全是|全都是?|全部(?:都)?(?:是)?|都|皆|均|各)(?:為|为|拿|得|是)?|(?<!和)(?<!及)(?<!跟)全部(?:都)?(?:是|拿|得)?|全都(?:是|拿|得)?)"
                      r"(?=\s*\d)"
                      r"|(?:\b(?:all|each of the|every one of the|all of the)\s+(?:(?:\d+|five|six)\s+)?(?:(?:field|qc)\s+){0,2}(?:test\s+)?(?:items?|tests?|parts?)\b"
                      r"|\b(?:each|every)\s+(?:(?:field|qc)\s+)?(?:test\s+)?(?:item|test|part)\b|\ball\s+of\s+them\b)"
                      r"(?=\s+(?:(?:scored|got|came\s+(?:back|in)|was|were|is|are|=|:)\s+){0,2}(?:at\s+)?\d)",
             ask=("各實地測試項目的分數是多少（例如：假體影像 82 分、壓迫裝置 90 分）？",
                  "What did each field test item score (e.g. phantom image 82, compression 90)?"),
             breaks=tuple(b.floor for b in QC_BANDS if b.floor > 0),
             # 一(二)1(5): digital images read at a partner facility — its reading workstation's score is the facility's
             prefer=(("reading_system", PARTNER, (("partner_reads",),),
                      ("影像送合作醫療機構判讀，閱片工作站以合作機構的 {used} 分計（一(二)1(5)）；自己的 {other} 分不採計。",
                       "Images are read at the partner facility, so its reading workstation score {used} counts (1.2.1.5); "
                       "your own {other} is not used.")),),
             bad=("分數應介於 0 到 100 分之間。", "Scores run from 0 to 100.")),
        # 二(二)1(2): the B/C measure applies only if human factors caused it — a fault, error or wrong setup of a person
        # is one; the machine's fault or its ageing is not. Asked when the question asks about that measure.
        Slot("human_factor", "flag", terms=HUMAN_FACTOR, false_terms=NOT_HUMAN_FACTOR, counts=False, rule="hpa-mammo/2.2.1.2",
             ask=("這些 B、C 等是人為因素（例如操作、擺位或設定失誤）造成的嗎？（品管討論會的輔導措施只適用於人為因素）",
                  "Were the B or C grades caused by human factors (e.g. an operator's setup or positioning error)? "
                  "(The QC meeting measure applies only then.)"),
             ask_when=(("meeting", f"@lt:scores:{QC_BANDS[0].floor}"),)),
    ),
    base=1.5,
    bonus=((("cue",), 1.0),),
    repeat=True,  # several units, each graded on its own
    framing=OTHER_COUNTS + (
        (r"\b(?:unit|machine|room|no\.?|#)\s*\d+\b|(?<![\d.])\d+\s*號\s*機|第\s*\d+\s*(?:台|臺|部)",
         ("機台編號只是名稱，每台分別評等。", "A unit's number is its name; each unit is graded on its own.")),
        # "六項都…嗎", "all 6 items above …?": how many test items the question is about, no score
        (r"(?<![\d.])\d+\s*(?:項|个?项|個?項目)(?:測試|测试|分數|分数)?(?=\s*(?:都|全|皆|均|各|是否|有沒有|有没有))"
         r"|\b(?:all|each of the|every one of the|all of the)\s+\d+\s+(?:(?:field|qc)\s+){0,2}(?:test\s+)?(?:items?|tests?|parts?)\b",
         ("「N 項」是問題所問的測試項目數，不是分數。", "The number of test items the question asks about is no score.")),
        # "假體和照野那兩項是技師操作的問題", "those two items were operator error": how many of the items named before it are
        # pointed back at — which items, no score
        # (… or by how they scored: "the two low ones", "the 2 lower scores", "those 2 B items", "低的那兩項", "比較低的兩項",
        # "兩項比較低的", "分數低的两个", "B 的那兩項" — which items, no score)
        (r"(?:那|這|这|上述|前面|以上)\s*(?:的)?\s*[1-9]\s*(?:項|项|個|个)(?:測試|测试|項目|项目)?"
         rf"|(?:{_LOW_ZH})(?:的)?\s*(?:那|這|这)?\s*[1-9]\s*(?:項|项|個|个)(?:測試|测试|項目|项目)?"
         rf"|(?<![\d.])[1-9]\s*(?:項|项|個|个)(?:測試|测试|項目|项目)?\s*(?:是|都)?\s*(?:{_LOW_ZH})(?:的|分)"
         rf"|\b(?:those|these|the|both of those|the above)\s+[1-9]\s+(?:(?:{_LOW_EN})\s+)?(?:(?:field|qc)\s+)?(?:items?|tests?|ones|parts?|scores?)\b"
         rf"|\b(?:those|these|the)\s+[1-9]\s+(?:{_LOW_EN})\b(?!\s*\d)",
         ("「那 N 項」是指前面說的幾個測試項目，不是分數。", "The number of items pointed back at names those items; it is no score.")),),
)

# 二(一)1(2)丁: the previous follow-up review already required the seminar ("上次已被要求參加座談會").
PREVIOUSLY_REQUIRED = (
    # (no negation between: "上次審查沒有叫他去" is no requirement)
    r"(?:前次|上次|上一次|前一次|上一輪|上輪|前一輪|前輪|上回|上一回|前回|上期|上一期|前一期|之前|先前|以前|去年|前年)(?:(?!沒|没|未|不|無|无|非)[^，,。；？?\d]){0,14}?"
    r"(?:已|曾|有|就|也)?(?:經)?(?:被)?(?:要求|規定要?|通知要?|叫[^，,。；？?\d]{0,6}?去|派[^，,。；？?\d]{0,6}?去|指定(?:要)?"
    # the review as who sent the person ("前次審查已經要我去參加座談會", "上次讓他們去上課", "上回安排我們參加"): the verb with
    # the person it sent right after it (never "上次我要去參加", their own plan)
    r"|(?:要|讓|請|安排|叫|派|點名)(?:我|我們|他|她|他們|她們|你|妳|您|本院|醫師|[\u4e00-\u9fff]醫師)[^，,。；？?\d]{0,6}?(?:去|參加|出席)"
    # (… or said one had to go: "上次審查就說他一定要去上座談會", "前次已經講了我們必須參加", "上回告知她得參加")
    r"|(?:說|说|講|讲|告知|告訴|告诉|通知)(?:了|過|过)?(?:我|我們|我们|他|她|他們|他们|她們|你|您|醫師)?(?:一定)?(?:要|得|必須|必须|須|须|應|应)(?:去|參加|参加|出席|上))"
    r"|已(?:經)?被要求|曾(?:經)?被要求|被要求過|已(?:經)?要求(?:我們|我)?(?:須|要)?參加"
    r"|previously (?:been )?required|(?:was|were|had been|have been|has been) (?:already )?required"
    r"|already (?:been )?required|last (?:review|time)[^.?!]{0,40}required|required[^.?!]{0,60}(?:last|previous|prior) (?:review|time)"
    r"|previous review required|prior review required"
    # ("the previous review did require the seminar", "last time they did require it")
    r"|(?:previous|prior|last) (?:review|time)[^.?!]{0,40}?\bdid require"
    r"|(?:already|previously|last (?:review|time)|previous review|prior review|before)[^.?!]{0,40}(?:told|asked|instructed|ordered) to attend"
    # the person told named between ("last review already told Dr. Lin to attend", "the previous review made her attend")
    r"|(?:already|previously|last (?:review|time|round)|previous (?:review|round)|prior review)(?:(?!\b(?:never|not|no)\b|n't)[^?!]){0,40}?"
    # (… the person said by the post, a possessive and a field before it: "told our breast radiologist to attend", "asked
    # the two reading doctors to go to")
    r"(?:told|asked|instructed|ordered|required|made|sent)\s+(?:(?:dr|mr|ms|mrs)\.?\s*)?(?:(?:our|the|his|her|their|my|both|all)\s+)?"
    r"(?:[A-Za-z'-]+\s+){0,4}?(?:to\s+)?(?:attend|go to|join)\b"
    r"|(?:told|asked|instructed|ordered) to attend[^.?!]{0,60}(?:last|previous|prior) (?:review|time)"
    # the person told they had to go ("at the last review he was already told he had to do the seminar", "was informed
    # last time that she must attend", "already got told we need to do the case conference")
    r"|(?:already|previously|last (?:review|time|round)|previous (?:review|round)|prior review)(?:(?!\b(?:never|not|no)\b|n't)[^?!.]){0,40}?"
    r"\b(?:told|informed|notified|instructed|advised)\s+(?:that\s+)?(?:he|she|they|I|we|you|(?:dr|mr|ms|mrs)\.?\s*[A-Za-z]+)\s+"
    r"(?:had|has|have|needed|need|needs|must|was required|were required|would have)\s+(?:to\s+)?(?:do|attend|go to|join|take|complete|sit)\b"
    r"|\b(?:told|informed|notified)\s+(?:that\s+)?(?:he|she|they|I|we|you)\s+(?:had|has|have|needed|must)\s+(?:to\s+)?(?:do|attend|go to|join|take)\b"
    r"[^.?!]{0,60}(?:last|previous|prior)\s+(?:follow-?up\s+)?(?:review|time|round)"
    # "was told last review to attend", "got asked at the previous review to go to the case conference"
    r"|(?:told|asked|instructed|ordered|required)\s+(?:at\s+|in\s+|during\s+|by\s+|after\s+)?(?:the\s+|our\s+)?(?:last|previous|prior)\s+"
    r"(?:follow-?up\s+)?(?:review|time|round|audit|inspection)[^.?!]{0,12}?\bto\s+(?:attend|go|join)"
    # "last review they already made me go to the reading seminar", "had us attend … at the prior audit", "sent me to …
    # last round": the previous review's requirement said as what it made the person do
    r"|(?:last|previous|prior|earlier)\s+(?:follow-?up\s+)?(?:review|time|round|audit|inspection|cycle)[^.?!]{0,40}?"
    r"\b(?:made|had|sent|forced|got)\s+(?:me|us|him|her|them|our \w+)\s+(?:to\s+)?(?:go|attend|join|sit)"
    r"|\b(?:made|had|sent|forced)\s+(?:me|us|him|her|them)\s+(?:to\s+)?(?:go|attend|join|sit)[^.?!]{0,60}(?:last|previous|prior|earlier)\s+"
    r"(?:follow-?up\s+)?(?:review|time|round|audit|inspection|cycle)"
    r"|(?:last|previous|prior|earlier)\s+(?:follow-?up\s+)?(?:review|time|round|audit|inspection|cycle)[^.?!]{0,30}?\b(?:I|we|he|she|they)\s+"
    r"(?:already\s+)?had to (?:go|attend|join)"
    r"|\b(?:made|had|sent|forced|told|asked|ordered)\s+(?:me|us|him|her|them)\s+(?:to\s+)?(?:go\s+to\s+|attend\s+|join\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:seminar|conference|case discussion|reading session)s?\b[^.?!]{0,40}?\b(?:after|at|in|during|from)\s+(?:the\s+)?"
    r"(?:last|previous|prior|earlier)\s+(?:follow-?up\s+)?(?:review|round|audit|inspection|cycle)")
NOT_PREVIOUSLY_REQUIRED = (
    # (never the A-not-A question, "上次有沒有被要求", "有没有被要求過": whether it did is asked, no denial)
    r"(?<!有)(?:沒有|沒|未|未曾|不曾|並未|從未|從沒)(?:被)?(?:要求|規定)|not (?:previously |been |already )*required"
    r"|never (?:been )?required|did(?:n't| not) require|required nothing|nothing was required|(?:wasn't|weren't|hasn't been|haven't been) required|first time|第一次"
    r"|(?:neither|none|no one|nobody)(?: of (?:them|us))? (?:had|has|have|was|were) (?:any |a )?(?:requirement|required)"
    # (the previous review's requirement said as being flagged: "neither was flagged at the last review", "he wasn't flagged
    # last time", "沒被點名")
    r"|(?:neither|none|no one|nobody)(?: of (?:them|us|the \w+))? (?:was|were|got|has been|had been|have been) (?:ever )?flagged"
    r"|\b(?:wasn't|weren't|was not|were not|not|never|hasn't been|haven't been)\s+(?:been\s+|ever\s+)?flagged\b"
    r"|\bno (?:prior |previous )?requirements?\b|(?<!有)(?:都)?沒有(?:任何)?(?:被)?要求"
    # not sent ("上次沒有叫他去", "上次審查未通知要參加", "last review never told Dr. Wu to attend", "didn't ask her to attend")
    r"|(?<!有)(?:沒有|沒|没有|没|未|未曾|不曾|並未|從未|從沒)(?:被)?(?:叫|派|通知|指定)|"
    r"\b(?:never|didn't|did not|wasn't|was not|weren't|were not)\s+(?:been\s+)?(?:tell|told|ask|asked|instruct(?:ed)?|order(?:ed)?|make|made|send|sent)\b")

# The previous review and the seminar (or its exam) in one sentence, in either order, whatever verb links them.
_PREVIOUS_REVIEW = (r"(?:前次|上次|上一次|前一次|上一輪|上輪|上回|上一回|前回|上期|之前|先前|去年)"
                    r"|\b(?:last|previous|prior|earlier)\s+(?:follow-?up\s+)?(?:review|round|audit|inspection|cycle|time)\b")
_SEMINAR = r"座談會|討論會|跑片|判片會|\bseminars?\b|\bcase (?:conference|discussion)s?\b|\breading (?:session|conference)s?\b"
PREVIOUS_SEMINAR = (rf"(?:{_PREVIOUS_REVIEW})[^。；;？?!！\n]{{0,40}}?(?:{_SEMINAR})"
                    rf"|(?:{_SEMINAR})[^。；;？?!！\n]{{0,40}}?(?:{_PREVIOUS_REVIEW})")

# The previous review's requirement said to be unknown to the person for now ("上次審查有沒有被要求我要再查一下", "上次有沒有
# 我忘了", "not sure if the last review required it", "I'd have to check what the prior review said"): whether it did is
# asked, never the stated default (丁 turns on it)
_UNKNOWN_YET = (r"(?:再|要|得|去)?查(?:一下|看看|清楚)|待查|不確定|不确定|不知道|不清楚|不記得|不记得|忘了|忘記|忘记|記不得|记不得|想不起來|想不起来"
                r"|\bnot sure\b|\bunsure\b|\b(?:don't|do not|can't|cannot) (?:know|remember|recall)\b|\bforget\b|\bforgot\b"
                r"|\b(?:need|have|got) to (?:check|look (?:it )?up|verify|confirm)\b|\bI'?d have to check\b|\bno idea\b|\bdunno\b")
PREVIOUS_UNKNOWN = (rf"(?:{_PREVIOUS_REVIEW})[^。；;？?!！\n]{{0,40}}?(?:{_UNKNOWN_YET})"
                    rf"|(?:{_UNKNOWN_YET})[^。；;？?!！\n]{{0,40}}?(?:{_PREVIOUS_REVIEW})")

# One re-read rate alone: the tier it gives stands as the least; the other rate can only make it stricter.
OTHER_RATE = ("另一項複判差異可能使結果更嚴格（兩者以較嚴格者為準）。",
              "The other rate can only make it stricter (the stricter of the two applies).")

# "62% on the suspicious cases", "9% for negatives", "11% among the negative ones": the words linking a rate to the cases
# it is of are part of their name (a rate right before them is theirs)
_ON_THE = r"(?:\b(?:on|for|in|among|with|across)\s+(?:the\s+|all\s+|our\s+|his\s+|her\s+)?)?"
# (the discrepancy said by another word: "disagreement", "discordance", "mismatch", "difference", "variance" — so the rate
# after "negative re-read disagreement came back at 22%" is still near its name)
_DISCREPANCY = r"(?:discrepanc\w*|disagreements?|discordan\w*|mismatch(?:es)?|differences?|variances?|inconsisten(?:t|cy|cies))(?:\s+rate)?"
# the suspected positives said by what was done with them or with the rule's word glossed in brackets ("55% on the recalled
# (suspicious) cases", "the called-back ones", "screen-positive cases", "abnormal (positive) ones")
_POSITIVE_EN = r"pos(?:itives?)?|suspicious|suspected|recall(?:ed|s)?|called[- ]back|call[- ]?backs?|screen[- ]positives?"
_GLOSS = r"\s*\((?:suspicious|suspected|positives?|recalled|疑似陽性|陽性)\)"
# (性 typed as its homophone 姓 by the input method: 陰姓, 陽姓)
# (said short, as readers do: 疑陽 / 可疑陽 for 疑似陽性, a bare 陽 / 陰 right before its rate — "疑陽那邊 45%", "陽的 58%、陰的 9%")
_POSITIVE = (r"(?:疑似|可疑|疑)?陽[性姓](?:個案)?(?:複判|復判)?(?:差異)?(?:率)?|(?:疑似|可疑|疑)陽(?![性姓])|可疑(?:個案)?|"
             r"(?<![太遮])陽(?=\s*(?:那邊|那边|那組|那组|的|組|组|部分|這邊|这边)?\s*(?:是|為|为|有|:|：)?\s*\d)|"
             rf"{_ON_THE}\b(?:{_POSITIVE_EN})\b(?:{_GLOSS})?(?:[- ]cases?)?(?:\s+re-?read(?:ing)?)?(?:\s+{_DISCREPANCY})?")
_NEGATIVE = (r"陰[性姓](?:個案)?(?:複判|復判)?(?:差異)?(?:率)?|"
             r"(?<![光樹树])陰(?=\s*(?:那邊|那边|那組|那组|的|組|组|部分|這邊|这边)?\s*(?:是|為|为|有|:|：)?\s*\d)|"
             rf"{_ON_THE}\bneg(?:atives?)?\b(?:[- ]cases?)?(?:\s+re-?read(?:ing)?)?(?:\s+{_DISCREPANCY})?")
_PREVIOUS = (PREVIOUSLY_REQUIRED, NOT_PREVIOUSLY_REQUIRED)
PREVIOUSLY_REQUIRED = extend(PREVIOUSLY_REQUIRED, "hpa_reread_action.previously_required=true", NOT_PREVIOUSLY_REQUIRED)
NOT_PREVIOUSLY_REQUIRED = extend(NOT_PREVIOUSLY_REQUIRED, "hpa_reread_action.previously_required=false", _PREVIOUS[0])

# A band of the rule written as its two ends ("40-50", "50-60%", "15 到 20%") and the words naming it a tier after it ("那級",
# "那一款", "the … one", "tier", "band"); "one" is read as 1 after a percentage ("the 40-50% 1 or …")
_BAND = r"\d{1,3}(?:\.\d+)?\s*[%％]?\s*(?:-|–|~|～|〜|到|至)\s*\d{1,3}(?:\.\d+)?\s*[%％]?"
_TIER_AFTER = (r"(?=\s*(?:的)?\s*(?:那|這|这)?\s*(?:一)?\s*(?:級|级|級距|级距|等級|等级|檔|档|款|層|层|區間|区间|段|個|个|組|组)"
               r"|\s*(?:tier|band|bracket|one|range|level|category)\b)")

REREAD_ACTION = Vocabulary(
    tool="hpa_reread_action",
    model=RereadActionInput,
    terms={
        "reread": extend(r"複判|復判|re-?read|discrepanc", "general.reread", *QC_ITEMS.values()),
        # 丁's own outcome, the three-month suspension ("停權", "suspended", "barred from reading"): the previous review's
        # requirement decides it. Stopping reading (停止判讀, "stop reading") is 丙's outcome as well, decided by the rates
        # alone: a question about it is answered, the requirement shown as the stated default (an assumption).
        "suspension": r"停權|停权|暫停判讀|暂停判读|suspen|barred from reading|(?:three|3)[- ]month",
        # the previous review named beside the seminar it may have required ("前次審查…座談會", "the seminar … at the last
        # review"): whether it required it decides 丁 — asked when no wording of either answer was read
        "previous_seminar": PREVIOUS_SEMINAR,
        # (… or said to be unknown for now: "上次有沒有被要求我要再查一下", "not sure what the last review required")
        "previous_unknown": PREVIOUS_UNKNOWN,
        # a rate said to sit exactly on its figure ("剛好 60%", "60% 整", "exactly 15%", "卡線"): the question is which tier
        # that rate falls in — answered from it alone, the rate not given shown as open, never asked for
        "at_boundary": r"(?:剛好|刚好|正好|恰好|恰恰|整整)\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:整|剛好|刚好|正好|flat\b)|"
                       r"\b(?:exactly|precisely|right at|bang on)\s+\d+(?:\.\d+)?\s*%|卡線|卡线|卡在線|卡在线|\bon the (?:line|boundary|cut-?off)\b",
        # "陽性 60%、陰性 20%" / "positive 62%, negative 3%": the pair is the re-read discrepancy even unnamed.
        # (one rate with its % is enough: "陽性差異 60% 整，陰性 0")
        "pair": r"(?:疑似|可疑|疑)?陽[性姓]?[^，,。；\d]{0,8}\d+(?:\.\d+)?\s*%.{0,20}陰[性姓]?[^，,。；\d]{0,8}\d+(?:\.\d+)?|"
                r"(?:疑似|可疑|疑)?陽[性姓]?[^，,。；\d]{0,8}\d+(?:\.\d+)?.{0,20}陰[性姓]?[^，,。；\d]{0,8}\d+(?:\.\d+)?\s*%|(?:陽[性姓]|陰[性姓])(?:個案)?差異\s*\d|"
                # (the negative said first: "陰性差異 16%，陽性 30%")
                r"陰[性姓]?[^，,。；\d]{0,8}\d+(?:\.\d+)?\s*%.{0,20}(?:疑似|可疑|疑)?陽[性姓]?[^，,。；\d]{0,8}\d+(?:\.\d+)?|"
                r"positive[^,.;\d]{0,12}\d+(?:\.\d+)?\s*%.{0,30}negative[^,.;\d]{0,12}\d+(?:\.\d+)?\s*%|"
                # (said short, as readers write them: "pos 61%, neg 0%", "neg 8% / pos 42%")
                r"\bpos(?:itive)?\b[^,.;\d]{0,12}\d+(?:\.\d+)?\s*%.{0,30}\bneg(?:ative)?\b[^,.;\d]{0,12}\d+(?:\.\d+)?\s*%|"
                r"\bneg(?:ative)?\b[^,.;\d]{0,12}\d+(?:\.\d+)?\s*%.{0,30}\bpos(?:itive)?\b[^,.;\d]{0,12}\d+(?:\.\d+)?\s*%|"
                # (each rate before the cases it is of: "exactly 50% on positives and exactly 15% on negatives", "12% for the
                # negatives, 45% for suspicious ones")
                rf"\d+(?:\.\d+)?\s*%\s*{_ON_THE}(?:{_POSITIVE_EN})\b.{{0,30}}?\d+(?:\.\d+)?\s*%\s*{_ON_THE}neg(?:atives?)?\b|"
                rf"\d+(?:\.\d+)?\s*%\s*{_ON_THE}neg(?:atives?)?\b.{{0,30}}?\d+(?:\.\d+)?\s*%\s*{_ON_THE}(?:{_POSITIVE_EN})\b",
    },
    trigger=(("reread",), ("pair",)),
    slots=(
        Slot("positive_discrepancy_pct", "number", units=("%", ""), gap=24, gap_after=6, fraction_asked=True,
             terms=extend(_POSITIVE, "hpa_reread_action.positive_discrepancy_pct", _NEGATIVE),
             ask=("疑似陽性個案的複判差異是多少 %？", "What is the re-read discrepancy for suspected-positive cases (%)?"),
             # the stricter of the two rates decides: one rate alone is asked for the other unless it decides the strictest
             # tier already (over 60% / 20%, or over 50% / 15% when the previous review required the seminar: 丁), or the
             # question is which tier the one rate said exactly on its figure falls in (at_boundary: shown as open), or the
             # previous review's requirement is said (the person gave the facts of their case: as a reply saying it would)
             ask_when=(("!@fact",), ("@slot:negative_discrepancy_pct", "!@gt:negative_discrepancy_pct:20", "!@said:previously_required", "!at_boundary"),
                       ("@slot:negative_discrepancy_pct", "!@gt:negative_discrepancy_pct:15", "!at_boundary")), partial=OTHER_RATE,
             bad=("複判差異是百分比，應介於 0% 到 100% 之間。", "A discrepancy is a percentage between 0% and 100%.")),
        Slot("negative_discrepancy_pct", "number", units=("%", ""), gap=24, gap_after=6, fraction_asked=True,
             terms=extend(_NEGATIVE, "hpa_reread_action.negative_discrepancy_pct", _POSITIVE),
             ask=("陰性個案的複判差異是多少 %？", "What is the re-read discrepancy for negative cases (%)?"),
             ask_when=(("!@fact",), ("@slot:positive_discrepancy_pct", "!@gt:positive_discrepancy_pct:60", "!@said:previously_required", "!at_boundary"),
                       ("@slot:positive_discrepancy_pct", "!@gt:positive_discrepancy_pct:50", "!at_boundary")), partial=OTHER_RATE,
             bad=("複判差異是百分比，應介於 0% 到 100% 之間。", "A discrepancy is a percentage between 0% and 100%.")),
        # 丁 turns on it: a fact of the user's own case beside a rate, not the rule's wording.
        Slot("previously_required", "flag", terms=PREVIOUSLY_REQUIRED, rule="hpa-mammo/2.1.1.2.4", false_terms=NOT_PREVIOUSLY_REQUIRED, alone=False,
             ask=("前次後續審查是否已要求參加判片座談會及個案討論會？",
                  "Did the previous follow-up review already require the reading seminar and case conference?"),
             # "會被停權嗎 / suspended?": the question asks about the outcome this fact decides — asked, never assumed no;
             # not when a rate over 60% / 20% stops reading already (丙), whatever the previous review required, nor when
             # both rates are read and neither is over 50% / 15% (丁 cannot apply either way)
             ask_when=(*(("suspension", "!@gt:positive_discrepancy_pct:60", "!@gt:negative_discrepancy_pct:20", open_)
                         for open_ in ("@gt:positive_discrepancy_pct:50", "@gt:negative_discrepancy_pct:15",
                                       "!@slot:positive_discrepancy_pct", "!@slot:negative_discrepancy_pct")),
                       # the previous review and the seminar named, the requirement read neither way, a rate where 丁 turns on it
                       # (not when it was read of one item of several: the others said nothing of it)
                       # (… or the requirement said to be unknown for now, "上次有沒有被要求我要再查一下")
                       *((named, "!@said:previously_required", "@gt:positive_discrepancy_pct:50",
                          "!@gt:positive_discrepancy_pct:60", "!@gt:negative_discrepancy_pct:20")
                         for named in ("previous_seminar", "previous_unknown")),
                       *((named, "!@said:previously_required", "@gt:negative_discrepancy_pct:15",
                          "!@gt:negative_discrepancy_pct:20", "!@gt:positive_discrepancy_pct:60")
                         for named in ("previous_seminar", "previous_unknown")))),
    ),
    base=2.5,
    repeat=True,
    # "which tier — the 40-50 one or the 50-60 one?", "算 40-50% 那級還是 50-60% 那級", "the 7-15% band or 15-20%?": the rule's
    # bands named as the tiers the question asks between — which tier, no rate (the rates said on their own decide it)
    framing=((rf"(?<![\d.]){_BAND}(?:\s*1(?=\s+or\b|\s*[?？])|{_TIER_AFTER})"
              rf"|(?:(?<=\bor\s)|(?<=\bor the\s)|(?<=還是)|(?<=还是)|(?<=還是\s)|(?<=还是\s))(?<![\d.]){_BAND}(?=\s*(?:[?？]|$)|{_TIER_AFTER})",
              ("所說的區間是規定的分級（哪一款），不是您的複判差異；分級依您所給的差異判定。",
               "The bands named are the rule's tiers, not your discrepancy rates; the tier follows from the rates you gave.")),),
)

# Who an image evaluation is of and which images (hand-written words, then the lexicon's)
_FACILITY = r"醫療機構|機構|醫院|本院|facility|hospital|institution"
_RADIOGRAPHER = rf"{STAFF_ZH}|radiographer|technologist|\btechs?\b|\bM?RTs?\b"
# One radiographer named as the facility's staff ("我們醫院一位放射師", "本院有位放射師", "a radiographer at our hospital",
# "one of our hospital's RTs"): the scores are that person's — the facility is only where she works (several people,
# "3 位放射師", are the facility's pooled evaluation, never this)
ONE_OF_STAFF = (rf"(?:{_FACILITY})\s*(?:的|裡|裡的|裡面|內|內的)?\s*(?:(?:有|其中)?\s*(?:1|一|某)|有)\s*(?:位|名|個)\s*(?:的)?\s*(?:{_RADIOGRAPHER})"
                rf"|\b(?:a|an|one|1)\s+(?:{_RADIOGRAPHER})\w*\s+(?:at|in|from|of)\s+(?:our|my|the|this|a|that)\s+(?:{_FACILITY})"
                rf"|\b(?:one|1)\s+of\s+(?:our|my|the|this)\s+(?:{_FACILITY})(?:['’]s)?\s+(?:{_RADIOGRAPHER})")
# One radiographer named in the singular with no facility word tied to her ("我們一位放射師", "有位技師", "那位放射師",
# "放射師小陳", "one of our techs", "our RT", "a tech of ours"), or the grade asked as hers or his ("她的評等", "his grade",
# "she scored"): the scores are that person's — a facility word elsewhere is where she works or who asks ("我是醫院品管的
# 護理師", "I'm the QA nurse at our hospital"). Not when the facility's own grade is asked or several people are named.
_STAFF_EN = r"(?:(?:qualified|staff|senior|junior|new|mammo(?:graphy)?)\s+)?(?:radiographer|technologist|rad\s*tech|tech|M?RT)"
ONE_PERSON = (rf"(?:^|(?<![\d.]))(?:(?:有|其中)\s*)?(?:1|一|某)\s*(?:位|名|個)\s*(?:的)?\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})"
              rf"|(?:有|那|這|该|該)\s*(?:1|一)?\s*(?:位|名)\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})|某\s*(?:{STAFF_ZH})"
              rf"|(?:{STAFF_ZH})\s*(?:小|阿|老)[\u4e00-\u9fff]"
              r"|(?<![們们])(?:她|他)(?![們们])\s*(?:的)?\s*(?:自選片|抽選片|抽片|臨床影像|影像)?\s*(?:的)?\s*(?:評等|等級|成績|分數|片子|那組|這組)"
              r"|(?<![們们])(?:她|他)(?![們们])\s*(?:被抽|(?:交|送|拿|考)(?:了|的)|(?:是|算|拿|得)?\s*(?:幾|几|什麼|什么|哪)\s*(?:等|級|级))"
              rf"|\b(?:a|an|one|1)\s+(?:of\s+(?:our|my|the)\s+)?{_STAFF_EN}s?\b|\b(?:our|my)\s+{_STAFF_EN}\b(?!s)"
              rf"|\b{_STAFF_EN}\s+of\s+ours\b"
              r"|\b(?:her|his)\s+(?:(?:own|sampled|self[- ]?selected|image)\s+)?(?:grade|rating|scores?|sets?|films|images|average|result)\b"
              r"|\b(?:she|he)\s+(?:got|scored|had|received|submitted|sent)\b")
# The facility's own grade asked ("機構評等", "本院的等級", "the facility's grade", "grade for our hospital")
# (a bracket after the facility word, "診所(機構)的…評等", and the grade asked by 幾等, "機構算幾等", ask it too)
FACILITY_ASKED = (rf"(?:{_FACILITY}|全院|院所|院方)\s*[)）]?\s*(?:的)?\s*(?:整體)?\s*(?:自選片|抽選片)?\s*(?:的)?\s*"
                  r"(?:評等|等級|成績|(?:算|是|拿|得|會是|会是)?\s*(?:幾|几|什麼|什么|哪)\s*(?:等|級|级))"
                  r"|\b(?:facility|hospital|institution)(?:['’]s)?(?:[- ](?:level|wide))?\s+(?:grade|rating|result)"
                  r"|\bgrade\s+(?:of|for)\s+(?:the|our|my|this)\s+(?:facility|hospital|institution)")
# Several radiographers named ("3 位放射師", "每位技師", "放射師們", "two of our techs", "each radiographer")
MANY_STAFF = (rf"(?<![\d.])(?:[2-9]|[1-9]\d)\s*(?:位|名|個)\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})|(?:每|各)\s*(?:位|個|名)?\s*(?:{STAFF_ZH})|(?:{STAFF_ZH})(?:們|们)"
              rf"|[兩二三四五六七八九十幾几]\s*(?:位|名|個)\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})"
              rf"|\b(?:[2-9]|two|three|four|five|six|seven|eight|all|each|every|both)\s+(?:of\s+(?:our|the|my)\s+)?{_STAFF_EN}s?\b")
# The two image evaluations, said any way: sampled (抽選片, 抽片, 抽樣, 隨機抽, "sampled", typed "sampeld" / "smapled",
# "randomly picked / drawn") and self-selected (自選片, 自己選的, 自挑, "self-selected", "self selected", "self-picked",
# "self-chosen", "hand-picked", "our own picks")
# (… and the films drawn said with the verb: "國健署抽了我去年拍的片子", "健康署抽了我們放射師 4 張片", "抽中我的 5 張")
_SAMPLED = (r"抽選|抽片|抽樣|抽的片|隨機抽|被抽|抽(?:了|走|去|中|到)[^，,。；？?]{0,12}?(?:片子|張片|張|的片|片)(?!審)|\bsamp(?:le|el|l|ele)d\b|\bsmapled\b|random(?:ly)?(?:[- ](?:picked|drawn|chosen|selected))?|"
            r"\b(?:picked|drawn|chosen|selected) at random\b|"
            # (the films drawn said with who drew them: "the films they pulled from us", "images the HPA picked", "studies the
            # surveyors drew", "the ones HPA pulled")
            r"\b(?:films|images|studies|exams|sets|ones)\s+(?:that\s+)?(?:they|the\s+hpa|hpa|the\s+(?:surveyors?|reviewers?|inspectors?|auditors?|"
            r"committee))\s+(?:pulled|drew|picked|chose|sampled|selected|took)\b|"
            # ("國健署挑走的片子", "評審抽走的四組", "委員挑了我們 4 組片子"): the films the reviewers took, said with who took them
            r"(?:國健署|健康署|國民健康署|評審|委員|審查委員|訪查委員)(?:們)?(?:挑|選|抽)(?:了|走|中|到)?(?:的)?[^，,。；？?]{0,8}?(?:片子|片|組|影像)")
_SELF_SELECTED = (r"自選|自己選|自行選|自挑|自己挑|\bself[- ]?(?:sel[ec]{1,2}ted|selcted|picked|chosen|submitted)\b|\bself[- ]?select(?:ion|s)?\b|"
                  r"\bhand[- ]?picked\b|\b(?:our|my|their) own (?:picks|choices|selection)\b")
# The van's spot review (二(四)2 抽片審查: a van radiographer over 550 a month): a volume's consequence, never an image score
# ("會不會被抽片審查", "will HPA spot-check her films", "does it trigger the spot review")
_SPOT_REVIEW_NAMED = (r"抽片(?:審查|审查)|(?:抽片|抽查)(?=[^，,。；;？?]{0,4}(?:審查|审查))|\bspot[- ]?(?:check|review|audit)(?:s|ed|ing)?\b")
_SAMPLED = rf"(?![^，,。；;？?\s]{{0,2}}(?:{_SPOT_REVIEW_NAMED}))(?:{_SAMPLED})"
# (the lexicon's "spot check" stays a sampled evaluation's word: scores and a grade said with it are the evaluation's —
# "HPA spot check of our RT's films averaged 352 — what grade?"; the review asked about alone is blocked below)
SAMPLED = extend(_SAMPLED, "hpa_image_grade.kind=sampled", _SELF_SELECTED)
SELF_SELECTED = extend(_SELF_SELECTED, "hpa_image_grade.kind=self_selected", _SAMPLED)
# (… or shortened right before a score, as a list of people's sets is typed: "rad A nd 366 / d 341")
_NON_DENSE, _DENSE = (r"非緻密(?:型)?|non-?dense|\bnd\b(?=\s*[:：=]?\s*\d)",
                      r"(?<!非)緻密(?:型)?|(?<!non-)(?<!non)\bdense|(?<![\w/-])d\b(?=\s*[:：=]?\s*\d)")

# The spot review asked about (whether a busy radiographer's films will be pulled: "會不會被抽片審查", "will HPA spot-check
# her films", "are her films going to be pulled") — a monthly count's question, never an image evaluation's. The review
# named (above) keeps a sampled evaluation's own words ("被抽的片子 350 分") out of it.
SPOT_REVIEW = (rf"{_SPOT_REVIEW_NAMED}|被抽片|抽查(?:片子|影像)?|會不會被抽|會被抽(?:嗎|片)|\bspot[- ]?(?:check|review)(?:s|ed|ing)?\b"
               r"|\bpull(?:s|ed|ing)?\s+(?:her|his|my|our|their|the)\s+(?:films|images|studies)\b"
               r"|\b(?:films|images)\b[^.?!]{0,20}\b(?:pulled|spot[- ]?checked)\b")

IMAGE_GRADE = Vocabulary(
    tool="hpa_image_grade",
    model=ImageGradeInput,
    terms={
        "topic": rf"臨床影像|image (?:evaluation|review)|clinical image|{SAMPLED}|{SELF_SELECTED}",
        "kind": f"{SAMPLED}|{SELF_SELECTED}",
        "self_selected": SELF_SELECTED,
        "grade": r"等級|評等|幾等|grade",
        # a count of screenings done ("那個月拍了 545 張單", "做了 560 案"): the radiographer's volume (its spot review, 抽片
        # 審查), never an image score
        # (films taken by the dozen, "上個月拍了 560 張": screenings — the films drawn for an evaluation are a handful)
        "screen_count": r"(?:拍了|照了|篩了|做了|操作了)[^，,。；\d]{0,4}(?:\d+\s*(?:案|例|張單|人)|\d{3,}\s*張(?!片))|\d+\s*(?:案|張單)(?![^，,。；]{0,4}分)"
                        # (in English: "did 560 this month", "560 screenings", "shot 530 mammos in October")
                        # (never the few films drawn for the evaluation: "the HPA drew 5 exams")
                        r"|\b(?:did|done|doing|performed|shot|screened|scanned)\s+(?:about\s+|around\s+|~\s*)?\d{2,}(?!\s*(?:points?|pts)\b)"
                        r"|\b\d{2,}\s+(?:screens|screenings|mammos|mammograms)\b",
        "spot_review": SPOT_REVIEW,
        "facility_word": _FACILITY,
        "facility_asked": FACILITY_ASKED,
        "many_staff": MANY_STAFF,
        # one set's band checked ("這樣是B等嗎", "is that a B?") or a score supposed ("a self-selected score of 345",
        # "如果一組 350"): the rule's table answers; the other set is asked only of one's own grade asked openly
        "band_check": r"是\s*[A-DＡ-Ｄ]\s*等?\s*(?:嗎|吗|吧|喔|\?|？)|算\s*[A-D]\s*等?\s*(?:嗎|吗|吧)|\bis (?:that|it|this|she|he) (?:an? )?[A-D]\b",
        # … but the grade itself, or a person, put as the one checked ("這樣評等是A嗎", "評等會是B嗎", "我是B嗎", "她算A等嗎", "is her grade
        # an A?", "so my grade's a B?", "am I an A?"): one's own grade, which takes both sets (the lower) — the other set is asked,
        # never the band of one set quoted as if it were the grade
        "own_grade": r"(?:評等|評級|评等|评级|成績|成绩|結果|结果|(?:我|她|他)(?:的)?(?:評等|评等)?)\s*(?:應該|应该|就|會|会|也)?\s*(?:是|算|拿|有)\s*[A-DＡ-Ｄ]\s*等?\s*(?:嗎|吗|吧|囉|喔|\?|？)|"
                     r"\b(?:is|would|will)\s+(?:my|her|his|their|the(?:ir)?)\s+(?:(?:overall|final)\s+)?grade\s+(?:be\s+)?(?:an?\s+)?[A-D]\b|"
                     r"\b(?:my|her|his|their)\s+grade(?:'s|’s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:an?\s+)?[A-D]\b|\b(?:am\s+i|is\s+(?:she|he))\s+(?:an?\s+)?[A-D]\b",
        "supposed": r"如果|假如|假設|假设|要是|\bif\b|\bsuppos|\ba\s+(?:self[- ]?selected\s+)?(?:set|score)\s+(?:of|at)\b",
        # the two sets' scores said as their average ("兩組平均 355", "my two sets averaged 352"): a radiographer's self-selected
        # grade is the lower set's, never the average — the one figure is no set's score (each set is asked)
        "average_said": r"平均|平均下來|\baverag(?:e|ed|ing)\b|\bmean\b|\bon average\b",
        # one of the two self-selected sets named by its breast type ("非緻密型", "the dense set")
        "set_type": rf"{_NON_DENSE}|{_DENSE}",
    },
    # (… or a set named by its breast type with its score, "390 on her non-dense set, 320 on dense", "緻密型 352": only the
    # self-selected evaluation takes sets by breast type — 二(一)2(1)1)
    # (one such set, its grade asked or its band checked, "她緻密型那組 350 分，等級會是？", "her non-dense set got 365. is that
    # an A?": the other set is asked — `short_ask`)
    trigger=(("topic",), ("set_type", "@slot:scores", "!spot_review"), ("set_type", "grade", "@number", "!spot_review"),
             ("set_type", "band_check", "@number", "!spot_review"), ("set_type", "own_grade", "@number", "!spot_review")),
    block=(("screen_count", "!grade"), ("spot_review", "!grade", "!@slot:scores")),
    slots=(
        # "本院放射師 / 我們醫院的放射師" is one radiographer of ours, not the facility's evaluation.
        Slot("subject", "enum", counts=False, choices=(
            # (never where the facility's own grade is asked or several people are named: "一位放射師 350、362，另外兩位
            # 341、338，機構評等是？" is the facility's)
            Choice("radiographer", ONE_OF_STAFF, when=(("!facility_asked", "!many_staff"),)),
            Choice("radiographer", ONE_PERSON, when=(("!facility_asked", "!many_staff"),)),
            # (the facility word before a staff word names the staff: "醫院的放射師", "hospital RTs", "hospital radiographers")
            *(Choice(v, rf"(?:{w})(?!(?:的)?\s*(?:放射師|放射士|{_RADIOGRAPHER}))" if v == "facility" else w)
              for v, w in ranked((("facility", _FACILITY), ("radiographer", _RADIOGRAPHER)), "hpa_image_grade.subject=")),
            Choice("radiographer", note=("評估對象視為放射師（士）個人。", "The evaluation is read as a radiographer's own.")),
        )),
        Slot("kind", "enum", counts=False, exclusive=True, choices=(
            Choice("sampled", SAMPLED),
            Choice("self_selected", SELF_SELECTED),
            # (neither evaluation named, a set named by its breast type: the self-selected one, the only one by type — a
            # wordless choice, so a sentence naming a breast type never counts as naming an evaluation: "自選片 … 緻密型 …，
            # 抽選片 …" is still read sentence by sentence)
            Choice("self_selected", when=(("set_type", "!kind"),),
                   note=("依乳房型態（非緻密型／緻密型）分組的是自選片，視為自選片臨床影像評估。",
                         "Sets by breast type (non-dense / dense) are the self-selected evaluation's; read as self-selected.")),
        ), ask=("是自選片還是抽選片的臨床影像評估？（兩種都要算，請分開問）",
                "Was it the self-selected or the sampled image evaluation? (For both, please ask about each on its own.)")),
        # (a label as long as "non-dense sets scored", "非緻密型各組的分數分別為", "non-dense self-selected sets scored" still names
        # the scores after it: gap 30)
        # Self-selected sets by breast type, or the scores in order (sampled: each score; a radiographer's two
        # sets: non-dense, then dense) — whichever the input model accepts for the subject and kind read.
        # ("341 for the fatty (non-dense) one", "355 on the dense set": the set named after its score through for / on)
        # (a question back for the scores cites how they are taken — the lower set, the average, the facility's best sets:
        # calculators.hpa_mammo.image_grade_rules, by the subject and kind read)
        Slot("scores", "map", units=("", "分"), min_value=100, gap=30, gap_after=0, many=True, or_list=True, fact_per_key=False,
             # ("359 分（緻密型）", "371 (dense)": the set's type in brackets right after its score)
             after_link=r"\s*(?:points?\s*)?(?:on|for|in|from)\s+(?:the\s+|my\s+|our\s+|her\s+|his\s+)?"
                        r"|\s*(?:分|points?|pts)?\s*[（(]\s*(?:是|為|为|the\s+)?"
                        # (… or said to be that type right after it, in a reply naming the set already read: "365 是非緻密型",
                        # "365 那組是非緻密的", "365 was the non-dense one"; never a type asked, "365 是緻密型還是非緻密型")
                        r"|\s*(?:分|points?|pts)?\s*(?:那組|那组|那一組|那一组|的那組|的那组)?\s*(?:是|為|为|屬於|属于)\s*(?![^，,。；;？?]{0,12}(?:還是|还是))"
                        r"|\s*(?:points?|pts)?\s*(?:is|was|'s|were)\s+(?:the\s+|my\s+|our\s+|her\s+|his\s+)?(?![^,.;?]{0,20}\bor\b)", choices=(
            Choice("non_dense", extend(_NON_DENSE, "hpa_image_grade.scores.non_dense", _DENSE), label=("非緻密型各組", "non-dense sets")),
            Choice("dense", extend(_DENSE, "hpa_image_grade.scores.dense", _NON_DENSE), label=("緻密型各組", "dense sets")),
        ), list_note=("兩組分數依序視為非緻密型、緻密型。", "The two set scores are read as non-dense, then dense."),
             # one set's score said of a radiographer's two ("其中一組拿 355 分"): the other set is asked, the one given kept
             # (… and one set named by its breast type whose band is checked, "非緻密型得了 365 分，是 A 嗎", "my dense set scored 350,
             # is that a B?": one of her two sets — her grade is the lower one, so the other set is asked, never the band alone)
             # (… and one's own grade checked by its letter, "其中一組拿365分，這樣評等是A嗎", "one set came back 352 — am I a B?":
             # the grade is of both sets, so the other is asked)
             short_ask=((("self_selected", "!facility_word", "!band_check", "!supposed"),
                         ("self_selected", "!facility_word", "set_type", "band_check", "!supposed"),
                         ("self_selected", "!facility_word", "own_grade", "!supposed"),
                         # (… the set named by its breast type, no evaluation named: the self-selected one, "her dense set
                         # came back 350 — grade?", "她緻密型那組 350 分，等級會是？")
                         ("set_type", "!kind", "!facility_word", "!supposed")), ("已讀到一組自選片 {values} 分；另一組自選片的分數是多少？（評等以兩組中較低的一組為準）",
                                                       "I read one self-selected set at {values}; what did the other set score? "
                                                       "(The grade is the lower of the two.)")),
             # ("兩組都 360，是A嗎": the one figure is both sets' — the band checked is of one's own two sets, computed)
             both_when=(("self_selected", "!facility_word", "!supposed", "!average_said"),
                        ("set_type", "!kind", "!facility_word", "!supposed", "!average_said")),
             list_note_when=(("self_selected",), ("set_type", "!kind")),
             ask=("臨床影像評估的分數是多少？", "What were the image evaluation scores?")),
    ),
    per_fact=0.0,
    bonus=((("kind",), 1.0), (("grade",), 1.0)),
    # a facility's evaluation takes every radiographer's sets together (the best of each type): one call for them all
    pools=(("subject", "facility"),),
    framing=OTHER_COUNTS + (
        # "三位技師交了自選片", "3 of our techs submitted sets", "4 rad techs each sent …": how many people sent sets — who the
        # scores are of, never a score (nor a score ending its line before the next person's label: "dense 341\nRT Tsai: …")
        (rf"(?<![\d.])\d+\s*(?:位|名|個|个)\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})"
         rf"|\b\d+[^\S\n]+(?:of\s+(?:our|the|my|their)\s+)?(?:(?:hospital|facility|clinic|institution)(?:['’]s)?\s+)?(?:qualified\s+|certified\s+)?"
         rf"(?:{TECHS}|radiographers?|technologists?|techs?|RTs?)\b",
         ("放射師的人數不是分數。", "The number of radiographers is no score.")),
        # "each sent one fatty + one dense set", "各交一組非緻密、一組緻密": how many sets of each breast type — no score
        # (never the sets counted before their scores, "自選片兩組 非緻密 361 緻密 355": how many scores the map holds)
        (r"(?<![\d.])[1-9]\s*(?:組|组|套)\s*(?:的)?\s*(?=(?:非)?(?:緻密|致密)(?:型)?(?!\s*(?:型)?\s*[:：]?\s*\d))"
         r"|\b[1-9]\s+(?=(?:fatty|fat|non-?dense|dense)\b(?!\s*(?:sets?\s*)?[:：]?\s*\d))",
         ("每種乳房型態的組數不是分數。", "The number of sets of each breast type is no score.")),
        # "自選片兩組平均 355", "my self-selected sets averaged 352": an average of self-selected sets is no score the rule
        # grades (a radiographer's lower set, a facility's best set of each type; only sampled films are averaged) — set
        # aside, each set's score asked
        (r"(?:自選|自选|self[- ]?selected)(?![^。；;？?]{0,20}(?:抽選|抽选|sampled))[^。；;？?]{0,16}?"
         r"(?:平均|\baverag(?:e|ed|ing)\b|\bmean\b)[^，,。；;\d]{0,10}?\d+(?:\.\d+)?",
         ("自選片評等看兩組各自的分數（放射師取較低的一組、機構取各型最佳的一組），不看平均；所說的平均分數不能直接評等。",
          "Self-selected sets are graded set by set (a radiographer's lower set, a facility's best set of each type), "
          "never by their average; the average given cannot be graded as it is.")),
        # ("非緻密型兩位是 362、355": the people said with 是 before their scores)
        (r"(?<![\d.])\d+\s*(?:位|名|個)\s*(?:放射師|放射士)?(?=\s*(?:分別|各|的|:|：)?\s*(?:是|為|为)?\s*\d)|\b\d+\s+radiographers?\b",
         ("放射師的人數不是分數。", "The number of radiographers is no score.")),
        # the grade's floor the person measures the scores against ("平均差一點點到 360", "還差 1 分到 360", "just short of 360",
        # "does it round up to 360"): a target, no score
        # (… or the rounding hoped for: "四捨五入不就 360", "四舍五入算 360 吗", "進位成 360")
        (r"(?:差|還差|还差|只差|就差|離|离)(?:\s*\d+(?:\.\d+)?\s*分)?[^，,。；;\d]{0,6}?(?:到|達到|达到|就到|才到)\s*\d+(?:\.\d+)?|"
         r"(?:四捨五入|四舍五入|進位|进位|捨入|舍入)(?:後|后|以後|以后)?\s*(?:不就|就|也)?\s*(?:是|算|成|變成|变成|到|為|为)?\s*\d+(?:\.\d+)?|"
         r"\b(?:short of|shy of|just under|round(?:s|ed|ing)? up to|get(?:s|ting)? to|reach(?:es|ing)?|make it to)\s+\d+(?:\.\d+)?",
         ("分數要達到的門檻只是比較的目標，不是一個分數。", "The threshold the scores are measured against is a target, not a score.")),
        # "抽選片 4 組平均 338", "averaged 341 over 3 sets": how many sets the average given is of, no score
        (r"(?<![\d.])\d+\s*組(?:的)?(?=\s*(?:的)?\s*平均\s*(?:是|為|为|分數|分数)?\s*[:：]?\s*\d)|\b(?:over|across|of|from)\s+\d+\s+sets\b(?![^.;?]{0,12}\d)",
         ("所說的組數只說明平均分數是幾組的平均；評等用所給的平均分數。",
          "The number of sets only says how many the average is of; the average given is graded.")),
        # "非緻密型只有一組 361；緻密型兩組 352、349": how many sets, then their scores
        # (… the set's kind between, "one self-selected set scored 371", "1 dense set came back at 352": one set, then its score)
        (r"(?<![\d.])\d\s*組(?=\s*(?:分數)?\s*(?:分別|各|是|為|:|：)?\s*\d)|"
         r"\b\d\s+(?:(?:self[- ]?selected|sampled|non-?dense|dense|fatty)\s+)*sets?\b(?=\s*(?:scored|got|was|came\s+(?:back|in)(?:\s+(?:at|with))?|of|at|:|=)?\s*\d)",
         ("組數不是分數。", "The number of sets is no score.")),
        # "這樣是 B 嗎？還是取平均 350？", "or do they take the average, 350?": another way of taking the scores offered as an
        # alternative, with the figure it would give — a guess at the rule, no score (the rule's way is in the steps)
        (r"(?:還是|还是|或是|或者|\bor\b)\s*(?:要|是|會|会|do they|does it|is it)?\s*(?:取|用|算|拿|看|take|use)?\s*(?:the\s+)?"
         r"(?:平均|average|mean)(?:的)?\s*(?:分數|分数|score)?\s*(?:是|=|:|：|,)?\s*\d+(?:\.\d+)?",
         ("另一種取分方式算出的數字只是推測，不是分數；採計方式依規定（見計算步驟）。",
          "The figure another way of taking the scores would give is a guess, no score; the rule's way is in the steps.")),),
)

# (a year said full: "都做滿一年", "做满整年", "滿一年"; never a year alone, "一年篩了 8000")
WHOLE_YEAR = (r"全年|整年|一整年|全職|(?:做|待|上班|工作)?(?:滿|满)(?:一|1)\s*年|full[- ]time all year|all year|the (?:whole|full|entire) year|"
              r"(?:a\s+)?(?:whole|entire) year|full[- ]year|full[- ]time")
RADIOGRAPHERS = r"放射師|放射士|radiographers?"
# Days said without the weekends or holidays ("扣掉週末假日", "不含例假日", "只算平日", "週一到週五", "excluding weekends",
# "weekdays only", "business days"): not the work days 二(一)2(3)乙 counts, which include them
_OFF_DAYS_ZH = r"(?:週末|周末|假日|例假日|國定假日|国定假日|六日|週休|周休)"
NOT_HOLIDAYS_INCLUDED = (rf"(?:不含|不包含|不包括|沒含|没含|未含|沒有含|没有含|扣掉|扣除|去掉|除去|排除|不算|沒算|没算)\s*{_OFF_DAYS_ZH}"
                         rf"|{_OFF_DAYS_ZH}\s*(?:都)?(?:不算|沒算|没算|除外|不含|沒含|没含|扣掉|不計|不计)"
                         r"|只算(?:平日|上班日)|(?:週|周|星期|禮拜|礼拜)一到(?:週|周|星期|禮拜|礼拜)?五"
                         r"|\b(?:excluding|not counting|not including|without|minus|less)\s+(?:the\s+)?(?:weekends|holidays|public holidays)\b"
                         r"|\b(?:weekends|holidays)\s+(?:excluded|not (?:counted|included))\b|\bweekdays only\b|\bbusiness days\b")

# One person of a list named by a label rather than a count: 甲乙丙丁戊 (never 乙等 / 甲級, a grade), a capital letter after a
# staff word or opening a clause ("rad A", "B:"; never a grade "B" after a score), or a nickname (小陳, 阿美)
PERSON_LABEL = (r"(?:(?:(?<=[，,；;：:、\s])|(?<![\s\S])|(?<=師)|(?<=士)|(?<=員))(?:[甲乙丙丁戊](?![等級级類类型])|[小阿](?![時时於于]|醫院|医院|診所|诊所|孩|兒|儿|組|组|型|量|姨)[\u4e00-\u9fff](?!\d))"
                r"|(?:(?<=\brad\s)|(?<=\btech\s)|(?<=\bRT\s)|(?<=radiographer\s))(?-i:[A-E])\b"
                r"|(?<=[,;]\s)(?-i:[A-E])(?=\s*[:：]|\s+(?:worked|was|did|had|stayed)\b)"
                # a Latin letter naming a radiographer in a Chinese sentence ("放射師 A 上班 365 天、B 是 9 月才到職"): after the
                # title or a list separator, before what is said of her
                r"|(?:(?<=[師师士])|(?<=[師师士]\s)|(?<=[、，,；;])|(?<=[、，,；;]\s))(?-i:[A-E])"
                r"(?=\s*(?:[:：]|是|為|为|上班|做|工作|在職|在职|到職|到职|才|也|都|全年|整年|\d)))")
COUNT = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)"

# (the van said as a car by its classifier: "一台車三個放射師", "那輛車上", "每台车"; never a count of vans, "2 台車")
VAN = extend(r"乳攝車|巡迴車|巡迴巴士|(?:乳腺|乳房)?篩[檢查](?:車|巴士)|(?:乳腺|乳房)(?:X光)?(?:攝影)?巴士|(?:乳腺|乳房)(?:X光)?攝影車|\bvan\b|\b(?:mammo(?:graphy)?|screening|mobile)\s+bus\b|\bthe bus\b"
             r"|(?:(?<![\d一二三四五六七八九十兩])[一1]|這|那|同一|整|每)\s*(?:台|臺|輛|部)\s*車", "general.van")
# One day's count (the day before the screening verb: "一天篩了 100 案", "每天拍 90 人", "單日照了 85 位"; "90 a day",
# "screened 100 in one day", "daily")
VAN_DAY_COUNT = (r"(?:一|1|每|單|當)\s*(?:天|日)\s*(?:就|共|總共|大概|約)?\s*(?:篩|拍|照|做)|\b(?:per|a|each|every)\s+day\b|"
                 r"\bin\s+(?:a|one|1)\s+day\b|\bdaily\b")
# (the days said as working days, duty days or days on the job: 工作日, 上班日, 出勤日, 上班天數, 出勤天數, "workdays",
# "days on duty" — never "每個工作日" / "一個工作日", the day a daily count is for; 工作天 right before its figures)
WORK_DAY_WORDS = (r"工作天數|工作日數|工作天(?=\s*[:：]?\s*\d)|(?<![每一個个1])工作日(?!誌|志|報)|上班(?:天數|日數|日)|出勤(?:天數|日數|日)|在職天數"
                  r"|work(?:ing)?[- ]?days|\bdays (?:on duty|on the job|at work)\b")
_WORK_DAYS = (r"\bworked(?: for)?(?=\s+\d)|" + WORK_DAY_WORDS + r"|days worked|(?<![工作上班出勤職])天數(?=\s*(?:分別|各|是|為|:|：)?\s*\d)"
              r"|\bdays\b(?=[^.;?!\d]{0,24}(?:(?:19|20)\d{2})?\s*:\s*\d)")
# (a kind of screening between the number and its noun is the noun's: "16,500 mammo screenings"; the volume named before
# the number with the year and a verb between: "screening volume this year is 14,000")
_SCREENINGS = (r"(?:mammo(?:graphy)?\s+)?(?:screening\s+)?volume(?:\s+(?:this|last|for the)\s+year)?(?:\s+(?:is|was|came to|of))?"
               r"|篩檢|篩查|檢查|攝影|乳攝(?!車|车|機|机|室)|乳摄(?!车|机|室)|(?:mammo(?:graphy)?\s+|screening\s+)?(?:screenings|exams?|mammograms?)|screening|screened|cases?"
               r"|\bmammo(?:graphy)?\s+screens\b"
               # the people screened ("12500 位受檢者", "9000 名婦女", "12,800 women", "11k clients")
               r"|受檢者|受檢民眾|受檢婦女|婦女|民眾|個案|\bwomen\b|\bladies\b|\bclients\b|\bparticipants\b"
               # the verb of screening right before the count (篩檢 typed 篩撿 too: "總共篩撿了16500人次")
               # ("篩了 3500 個", "一年筛了8500人", "總共篩 17000", "拍了 9000 張",
               # "照了 8000 多人", "we screened 12k", "shot 9,000")
               r"|(?:共|總共|一共|合計|全年|一年|今年|去年)?(?:篩|拍|照)(?:撿|捡)?(?:了|過|完)?(?=\s*(?:約|大約|快|近)?\s*\d)"
               r"|\b(?:screened|shot|scanned|imaged)\b(?=\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d)")

FACILITY_VOLUME = Vocabulary(
    tool="hpa_facility_volume",
    model=FacilityVolumeInput,
    terms={
        # (the year's limit named as such in English: "the annual limit", "yearly cap")
        "topic": r"合理量|超量|篩檢量|篩檢數|篩查量|篩查數|工作日|" + WORK_DAY_WORDS + r"|reasonable volume|annual (?:screening|volume)|"
                 r"\b(?:annual|yearly|year's)\s+(?:limit|cap|ceiling|maximum|max|quota)\b|"
                 r"screenings? (?:a|per|this|last) year|年篩|篩了|全勤|都有上班"
                 # the year's count said after the year ("this year … did 19,000 screens")
                 r"|\b(?:this|last) year\b[^.?!]{0,48}?\d[\d,]*\s*(?:screens|screenings|mammograms|exams)\b"
                 # (… or before it: "did 18,500 screening mammos this year"; the volume named so: "over the screening volume")
                 r"|\d[\d,]*\s*(?:screening\s+|mammo(?:graphy)?\s+)?(?:screens|screenings|mammos|mammograms)\b[^.?!]{0,12}?\b(?:this|last) year\b|\bscreening volume\b"
                 # (the year's limit named by what it allows: "over the allowed volume", "the volume cap", "max volume")
                 r"|\b(?:allowed|permitted|permissible|max(?:imum)?|approved)\s+(?:annual\s+|yearly\s+|screening\s+)?volume\b|\bvolume\s+(?:limit|cap|ceiling|threshold)\b"
                 r"|\bover\s+(?:the\s+|our\s+)?(?:annual\s+|yearly\s+)?volume\b"
                 r"|worked\s+(?:all\s+)?\d+(?:\.\d+)?(?:\s*(?:,|and|&)\s*\d+(?:\.\d+)?)*\s*days|\d+\s*days? each|days worked"
                 r"|\d+(?:\s*(?:,|、|and|&)\s*\d+)+\s*days|\bworked (?:all|the whole|the entire|the full|a full) year\b"
                 r"|\bdays\b[^.;?!\d]{0,24}(?:(?:19|20)\d{2})?\s*:\s*\d+(?:\s*(?:,|and|&)\s*\d+)+|\bfull[- ]time all year\b"
                 # the days said with the verb ("今年工作 219 天", "工作了 200 天", "上班 300 天", "worked 240 days")
                 r"|(?:工作|上班|值班|出勤)\s*(?:了|過)?\s*\d+\s*天|\bworked\s+\d+\s*(?:days?|d)\b"
                 # each one's days listed ("one 365 days, one 300 days", "一位 365 天、一位 300 天"), or the cases past the cap asked
                 # ("how many won't get paid", "不給付的件數")
                 r"|\d+\s*(?:days?|d|天)\b[^.;?!。；？！\d]{0,16}\d+\s*(?:days?|d|天)(?![A-Za-z])"
                 r"|\b(?:won'?t|will not|would not|wouldn'?t|not)\s+(?:get\s+|be\s+)?(?:paid|reimbursed)\b|不(?:予)?給付|不(?:予)?给付",
        "van": VAN,
        # the reasonable volume with words between ("the annual reasonable mammo volume", "reasonable screening volume"): the
        # topic only beside days read (the rule asked of no figures, "goes over its reasonable annual mammo volume by 15%, do we
        # still get paid?", stays the rules')
        "reasonable_named": r"reasonable (?:(?:annual|yearly|screening|mammo(?:graphy)?|mammogram)\s+){1,2}volume",
        "work_days": WORK_DAY_WORDS,
        # one day's count said of the van ("乳攝車一天篩了 100 案", "the van screens 90 a day"): the van's daily figure, no
        # radiographer's year of work days (its "一天" is never a list of days)
        "van_day": VAN_DAY_COUNT,
        # "two meetings, one day each": days with nothing of the facility's volume are not this tool's.
        "subject": rf"{STAFF_ZH}|radiographer|technologist|{TECHS}|\brads\b|\bRTs?\b|篩|screen|mammo|乳攝|乳房",
        # the count said of a month ("這個月照了 520 例", "did 560 this month"), and of a year
        "this_month": r"每個?月|一個月|這個?月|这个?月|本月|當月|当月|上個?月|上个?月|this month|last month|per month|a month|"
                      r"\bmonthly\b|each month|every month",
        "a_year": r"今年|去年|前年|全年|整年|一年|年度|年篩|(?:19|20)\d{2}\s*年|民國|this year|last year|a year|per year|"
                  r"\bannual|\byearly\b|\bin (?:19|20)\d{2}\b",
    },
    # a list of work days read is this tool's even beside a van named among the facility's other figures
    trigger=(("topic", "!van", "subject"), ("topic", "work_days", "subject"), ("topic", "subject", "@slot:radiographer_work_days"),
             ("reasonable_named", "!van", "@slot:radiographer_work_days"),
             # the work days and the year's screenings both read: this tool's facts, however the question is put
             ("subject", "!van", "@slot:radiographer_work_days", "@slot:annual_screenings"),
             # (… or the days of some read, another person's asked: "one RT full-year, the other took 3 months off")
             ("subject", "!van", "@short:radiographer_work_days", "@slot:annual_screenings")),
    # "放射師這個月照了 520 例，有超量嗎": a month's count with no year and no work days is no facility's year of screenings
    # (the radiographer's monthly cap, 二(一)2(3)甲, reads it); one day's count of the van is the van's (its daily cap)
    block=(("this_month", "!a_year", "!work_days"), ("van", "van_day", "!work_days")),
    slots=(
        # ("d" as people shorten days: "365d", "120d each")
        Slot("radiographer_work_days", "list", units=("天", "d"),
             terms=extend(_WORK_DAYS, "hpa_facility_volume.radiographer_work_days", _SCREENINGS),
             # (a radiographer named by how she works: "2 part-timers 120 days each", "1 full-timer all year", "1 tech all year")
             # (… or the people said as people in a reply: "三個人都是全年 365 天", "3 人各 300 天")
             group=rf"(\d+)\s*(?:(?:位|名)\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})?|個?\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})|(?:個|个)?\s*人(?![次數数])|radiographers?|{TECHS}|\btechs?\b|\bRTs?\b"
                   r"|\b(?:people|persons|of (?:them|us))\b"
                   # ("Two of our radiographers worked all year …, another one 200 days": some of them, counted, the rest named after)
                   rf"|\bof (?:our|the|my) (?:qualified\s+)?(?:radiographers|{TECHS})"
                   rf"|\b(?:part|full)[- ]?timers?\b|\b(?:part|full)[- ]?time\s+(?:techs?|radiographers?|staff|RTs?)\b|兼職(?:的)?(?:{STAFF_ZH})?|全職(?:的)?(?:{STAFF_ZH})?"
                   # (… or the count alone, the people named before it, right before what they did: "3 techs qualified, two
                   # worked the full year (365 days) and the new one only 180 days", "2 of them were here all year")
                   # (one space after the count, as written: "both worked", read as a padded "2", stays the "each" it is)
                   r"|(?<=\d\s)(?=(?:of (?:them|us)\s+)?(?:worked|were (?:here|on staff|with us|full[- ]?time)|stayed|did)\b))",
             head=rf"(\d+)\s*(?:位|名|個)\s*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})|(\d+)\s+(?:of (?:our|the|my)\s+)?(?:qualified\s+)?(?:radiographers|{TECHS})"
                  # (never across a line break: "…365\n放射師2 300" is a figure, then the next line's label)
                  rf"|(\d+)[^\S\n]*(?:{QUALIFIED_ZH})?(?:{STAFF_ZH})|(?:{STAFF_ZH})\s*(\d+)\s*(?:位|名|人|個|个)(?![月天日年案例件次])"
                  # (the people already listed counted again in words, no staff word: "兩個人今年總共拍了一萬案", "兩人合計",
                  # "the two of them did 10,000", "all 3 of them": the list's size — read against the figures listed, asked
                  # when it differs; a handful only, never a year's screenings counted in 人)
                  r"|(?<![\d.])([1-9])\s*(?:個|个|位|名)?\s*人(?![次數数])|\b(?:the|all)\s+([2-9])\s+of\s+(?:them|us)\b",
             word_values=((WHOLE_YEAR, 365.0, ("「全年工作」視為每人 365 天（含例假日）。",
                                                "Working the whole year is read as 365 days each (holidays included).")),),
             single=r"(?:(?<!\d)1|(?<![\d\u4e00-\u9fff])一(?=\s*(?:位|名|個|个))|另1|另一)\s*(?:位|名|個|个)[^，,。；\d]{0,6}?(?:全年|整年|全職|all year|full[- ]time)"
                    r"|(?<![\d.])\b(?:1|one)\s+(?:of (?:them|us)\s+)?(?:worked|was (?:here|on staff)|works?|was with us|stayed)\s+(?:all|the whole|the entire|the full|a full)\s+year"
                    # ("2 qualified rad techs, one full-year, …", "one full-time all year"): the one said by how long she worked
                    # ("3 RTs: one the full year, one 200 days", "one for the whole year, …", "one full year (365 days)")
                    r"|(?<![\d.])(?:(?<=[,，;；:：]\s)|(?<=\s[-—–]\s))(?:1|one)\s+(?:(?:is|was|for)\s+)?(?:full[- ]year|(?:the\s+|a\s+)?(?:full|whole|entire)\s+year"
                    r"|full[- ]time(?:\s+all\s+year)?|all\s+year)\b(?!\s+(?:techs?|radiographers?|RTs?|staff)\b)"
                    # ("放射師甲全年在崗", "乙整年都在", "rad A worked the full year", "B: full year"): one person named by a label
                    # (甲乙丙丁, a capital letter, 小X / 阿X) and the whole year said of her
                    rf"|{PERSON_LABEL}\s*(?:[:：]\s*)?(?:是|為|为|都|也)?\s*(?:{WHOLE_YEAR})"
                    rf"|{PERSON_LABEL}\s+(?:worked|was (?:here|on staff)|was with us|stayed)\s+(?:all|the whole|the entire|the full|a full)\s+year"
                    # ("250 days, full year (365), and 120 days", "250 天、全年、120 天"): the whole year said as one item of a
                    # run of days, between list separators (its 365 in brackets restates it)
                    rf"|(?:(?<=[、,，;；:：—–])|(?<=[、,，;；:：—–]\s)|(?<=\band\s))(?:the\s+)?(?:{WHOLE_YEAR})"
                    r"(?=\s*(?:[（(]\s*36[56](?:\s*(?:天|days?|d))?\s*[)）])?\s*(?:[、,，;；.。]|\band\b|$))",
             labels=PERSON_LABEL,
             mismatch=("您提到 {said} 位放射師，但只讀到 {read} 位的工作天數；請逐位列出該年度各工作幾天（含例假日）。",
                       "You mention {said} radiographers but I read work days for {read}; "
                       "please list each one's days worked that year (holidays included)."),
             # 二(一)2(3)乙 counts the radiographers who passed the qualification review only
             left_out=(r"(?:還|还)?(?:沒有|沒|没有|没|未|尚未)(?:有)?通過(?:資格)?(?:審查)?|(?:還|还)?(?:沒有|沒|没|未|尚未)(?:有)?通过(?:资格)?(?:审查)?|"
                       r"不合格|(?:not|hasn't|has not|haven't|didn't|did not)\s+(?:yet\s+)?(?:been\s+)?(?:passed|pass|qualified)|"
                       r"\bunqualified\b|\bnot (?:yet )?qualified\b|"
                       # ("isn't certified yet", "not yet accredited", "uncertified", "資格還沒下來", "還沒拿到資格", "尚未取得資格")
                       r"\b(?:un|non-?)(?:certified|accredited|credentialed)\b|"
                       r"\b(?:isn't|is not|wasn't|was not|not|hasn't been|has not been|not been)\s+(?:yet\s+)?"
                       r"(?:certified|accredited|credentialed|approved|signed off)\b|"
                       r"(?:資格|资格)(?:審查|审查)?(?:還|还)?(?:沒|没|未|尚未)(?:有)?(?:下來|下来|過|过|通過|通过|核准|拿到)|"
                       r"(?:還|还)?(?:沒有|沒|没有|没|未|尚未)(?:有)?(?:拿到|取得|具備|具备)(?:資格|资格)",
                       ("未通過資格審查的放射師不計入工作天數（二(一)2(3)乙：所有通過資格審查之放射師）。",
                        "A radiographer who has not passed the qualification review is left out of the work days "
                        "(2(3)B counts the qualified radiographers only).")),
             # 二(一)2(3)乙 counts the work days holidays included: days said without the weekends or holidays are no such days
             not_as_said=(NOT_HOLIDAYS_INCLUDED,
                          ("所說的天數不含週末或假日；規定的工作天數含例假日（二(一)2(3)乙），所以這些天數不能直接採用。",
                           "The days you give leave out weekends or holidays; the rule counts work days holidays included "
                           "(2(3)B), so those days cannot be used as they are.")),
             ask=("機構每位符合資格的放射師（士）該年度各工作幾天（含例假日）？",
                  "How many days (holidays included) did each qualified radiographer work that year?"),
             bad=("每位放射師的年工作天數（含例假日）不能超過 366 天。",
                  "A radiographer's work days in a year (holidays included) cannot exceed 366.")),
        Slot("annual_screenings", "number", terms=extend(_SCREENINGS, "hpa_facility_volume.annual_screenings", _WORK_DAYS),
             # (a facility's year of screenings is never a handful: "Annual volume check: 3 qualified RTs" is a head count)
             units=("案", "例", "件", "人", "位", "名", "個", "張", "人次", ""), own_units=("案", "例", "件"), gap=12, gap_after=1, min_value=10,
             ask=("機構該年度的乳房 X 光攝影篩檢數量是多少案？", "How many screening mammograms did the facility do that year?")),
    ),
    framing=OTHER_COUNTS + JOINED + (
        # (… or heading the figures, a colon or a bracketed remark after it: "2024 (leap yr): RT A worked 366 days …", "2025:
        # 2 RTs …", "2024（閏年）：")
        (r"(?<![\d,.])(?:19|20)\d{2}(?=\s+(?:was|is|had)\b|\s*[:：]|\s*[(（][^()（）\d]{0,24}[)）]\s*[:：,，]?)",
         ("所寫的年份是數字所屬的年度，不影響計算。", "The year named is the year the figures are for; it does not enter the calculation.")),
        # "are we over the 10% tolerance", "有沒有超過合理量 10%", "past the 110% line?": the rule's own margin (10%) or line
        # (110%) named — no input of this tool; any other share ("超過 120% 的部分") is asked about, as before
        (r"(?<![\d.])(?:10|110)(?:\.0+)?\s*[%％](?![\d.])",
         ("合理量的 10%（110%）是規定的容許幅度，不是輸入；計算依工作天數與篩檢量。",
          "10% over the reasonable volume (110%) is the rule's own margin, no input; the calculation works from the days "
          "worked and the screenings.")),),
)

# The period a screening count is given for: a month (the monthly cap) or one day on the van (the daily cap).
MONTH_CUE = (r"每個?月|一個月|1\s*個月|這個?月|那個?月|本月|當月|上個?月|該月|單月|月(?:平均|均)|/\s*月|per month|a month|monthly|"
             r"this month|last month|that (?:same )?month|the same month|in (?:a|one|1)(?: single)? month|\b(?:a|one|1) single month|each month|every month|/\s*month|for the month|month[- ]to[- ]date|\bMTD\b|so far this month|"
             # a named month ("十月", "10 月份", "in October"), not a date (10月3日)
             r"(?<![\d/])(?:1[0-2]|[1-9])\s*月(?:份|分)?(?!\s*\d{1,2}\s*[日號])|(?<![\d一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])月(?:份|分)?(?!\s*\d{1,2}\s*[日號])|"
             r"\b(?:in|during) (?:january|february|march|april|may|june|july|"
             r"august|september|october|november|december)\b"
             # (… or named short, or as what the figures are for: "for Sept", "numbers of Oct.", "over March")
             # (never the month of a day said before it: "on the 12th of Dec" is one day's; "530 in Oct" is October's)
             r"|(?:\b(?:in|during|for|over)|(?<!\dst\s)(?<!\dnd\s)(?<!\drd\s)(?<!\dth\s)\bof)\s+(?:january|february|march|april|june|july|august|september|october|november|december"
             r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![a-z])")
DAY_CUE = (r"1\s*天|一天|某一?天|某日|有一?天|每天|每日|單日|今天|今日|昨天|昨日|當天|當日|同一天|這天|那天|一整天|/\s*(?:天|日)|"
           r"(?:上|這|本|下)?(?:週|周|星期|禮拜)[一二三四五六日天]|\d{1,2}\s*月\s*\d{1,2}\s*[日號]|\d{1,2}/\d{1,2}(?!\d)|"
           r"\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
           # (the day before the month: "on 5 December", "on the 12th of Dec")
           r"\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
           r"per[- ]day|a[- ]day|daily|today|yesterday|that day|in (?:a|one|1) day|on (?:a|one|1) day|each day|every day|/\s*day|"
           r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
           # (… or the one day said as the most of them: "busiest day was 75", "peak day 90", "their heaviest day hit 110")
           r"\b(?:busiest|peak|heaviest|biggest|highest|top|record|max(?:imum)?|worst)\s+(?:single\s+)?day\b|高峰日|最忙(?:的)?(?:那)?(?:一)?天|"
           # (… or the day to come the van goes out: "tomorrow", "tmrw", "明天", "後天", "the screening day", "篩檢日")
           r"明天|明日|後天|后天|篩檢日|筛查日|篩檢當天|\b(?:tomorrow|tmrw|tmr)\b|\b(?:screening|outreach|event)\s+day\b")
# what a screening count counts ("520 screening mammograms in October": the period after the noun names the count)
# (the people screened counted: 位 / 名 / 個 with who they are — 受檢者, 個案, 民眾, 婦女, 女性 —, "women", "ladies", "clients")
CASE_WORDS = (r"案|例|件|人次|位民眾|(?:位|名|個)?\s*(?:受檢者|受檢民眾|受檢婦女|個案|民眾|婦女|女性|病人|病患|患者)|"
              r"(?:screening\s+|mammography\s+|mammographic\s+)?(?:cases?|screenings?|exams?|mammograms?)"
              r"|women|patients|ladies|clients|participants|people|persons"
              # (… or the bookings made for a screening: "95 appointments", "85 sign-ups" — whose period is placed or asked)
              r"|appointments|appts|bookings|sign-?ups|registrations|slots")
# the lexicon's words of each period, less those the other period's words or the count's own words (`unread`: the
# count whose period is then asked) match
_MONTH_CUE, _DAY_CUE = MONTH_CUE, DAY_CUE
MONTH_CUE = extend(extend(_MONTH_CUE, "general.per_month", _DAY_CUE, CASE_WORDS), "hpa_radiographer_volume.monthly_screenings",
                   _DAY_CUE, CASE_WORDS)
DAY_CUE = extend(extend(_DAY_CUE, "general.per_day", _MONTH_CUE, CASE_WORDS), "hpa_radiographer_volume.daily_screenings_on_van",
                 _MONTH_CUE, CASE_WORDS)
SCREEN_UNITS = ("案", "例", "件", "人", "位", "名", "")

# Who a count is about ("one of our radiographers") and the period it is for ("500 案一個月"): no figures of their own.
FRAMING = (
    # (… or one of them named in the singular: "one tech hit 551 this month", "一位放射師這個月做了 560" — not the head
    # count of a van: "only one radiographer on the bus", "1 tech on our van today" say how many were on it)
    (r"\b1 of (?:our|the|my|his|her|their|them|us)\b|(?:其中|當中)\s*1\s*(?:位|名|個)"
     # ("with 1 radiographer", "staffed by 1 tech": who the van is staffed with, a head count)
     r"|(?<!only )(?<!just )(?<!with )(?<!by )\b1\s+(?:(?:rad|mammo|radiology)\s+)?(?:tech|technologist|radiographer|RT)\b(?!s)"
     r"(?!\s+(?:was\s+|is\s+)?(?:on|in|aboard)\s+(?:the|our|a|that)\s+(?:\w+\s+)?(?:van|bus|truck|vehicle)\b)"
     # ("1 tech on board", "one RT aboard today": how many the van carries, its vehicle said before)
     r"(?!\s+(?:was\s+|is\s+)?(?:on[- ]?board|aboard)\b)",
     ("「其中一位」指問題所說的那位放射師，不是另一個數字。", "'One of' names the radiographer the question is about, not another figure.")),
    # ("我們一位放射師這個月拍了 530 案", "本院 1 名放射技師上個月做了 560"): one radiographer named by the month her count is
    # for — who the question is about, never the van's head count ("乳攝車上 1 位放射師" stays one)
    (r"(?<![\d.])1\s*(?:位|名|個|个)\s*(?:放射師|放射士|放射技師|放射师|放射技师|技術師|技术师|技師|技师)"
     r"(?=\s*(?:在)?\s*(?:這個月|这个月|本月|上個月|上个月|上月|這月|这月|(?:1[0-2]|[1-9])\s*月(?:份)?|每個月|每个月|每月|1\s*個月|1\s*个月))",
     ("「一位放射師」指問題所說的那位放射師，不是另一個數字。", "'One radiographer' names the radiographer the question is about, not another figure.")),
    # ("小陳這個月一個人拍了 530 個", "她一個人就做了 520 案"): what one radiographer did on her own — who, never the van's head count
    (r"(?<![\d.])1\s*(?:個|个)\s*人(?=\s*(?:就|獨自|独自|自己|單獨|单独)?\s*(?:拍|照|做|作|篩|筛|完成|負責|负责|包辦|包办|扛))",
     ("「一個人」指問題所說的那位放射師自己做的量，不是乳攝車上的人數。",
      "'On her own' names the radiographer the question is about, not how many were on the van.")),
    (r"(?<![\d.])1\s*個?月(?!\s*\d)|\b(?:in )?1 month\b",
     ("「一個月」是這個數量所屬的期間（每月上限），不是另一個數字。", "'One month' is the period the count is for (the monthly cap), not another figure.")),
    # ("乳攝車一天，3 位放射師，拍了 115 人", "one day on the van: …"): the day the count is for, the van's daily cap
    (r"(?<![\d.])1\s*(?:天|日)(?![\d數数])|\b(?:in |on |for )?(?:1|one|a single) day\b(?![- ]?\d)",
     ("「一天」是這個數量所屬的期間（乳攝車每日上限），不是另一個數字。", "'One day' is the period the count is for (the van's daily cap), not another figure.")),
    # ("…今天 126 個，兩天分別有沒有超？"): the days gone through one by one, each with its own count
    (r"(?<![\d.])[2-9]\s*天(?=\s*(?:分別|分别|各自|各|都))|\b(?:both|all \d) days\b",
     ("所說的天數是這幾天各自的數量，不是另一個數字。", "The number of days says how many days' counts there are, not another figure.")),
    (r"(?<![\d/])(?:1[0-2]|[1-9])\s*月(?:份|分)?(?!\s*\d{1,2}\s*[日號])",
     ("「N 月」是這個數量所屬的月份，不是另一個數字。", "The month named is the month the count is for, not another figure.")),
    # (the day before the month too, as British and Commonwealth writers date it: "on 5 December", "on the 5th of Dec.",
    # "for 12 Dec", "on 5 Dec 2026")
    (r"\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
     r"\b(?:on|for)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?|"
     r"(?<![\d/])\d{1,2}\s*月\s*\d{1,2}\s*[日號]|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])",
     ("所寫的日期是這個數量所屬的那一天，不是另一個數字。", "The day named is the day the count is for, not another figure.")),
)

RADIOGRAPHER_VOLUME = Vocabulary(
    tool="hpa_radiographer_volume",
    model=RadiographerVolumeInput,
    terms={
        # (… with a word of which one between: "our senior tech", "the new RT")
        "staff_or_van": rf"{STAFF_ZH}|radiographer|{TECHS}|\b(?:our|my|the|one|a|this|that)\s+(?:(?:senior|junior|new|lead|chief|head|main|"
                        rf"newest|part-time|full-time)\s+)?(?:RT|tech)\b|{VAN}|\bmobile (?:unit|mammography)\b",
        "van": rf"{VAN}|mobile",
        "staff": rf"(\d+)\s*(?:位|名|個|人)?\s*(?:{STAFF_ZH}|radiographers?|technologists?|{TECHS})|(?:{STAFF_ZH}|radiographers?)[^，,。；\d]{{0,6}}(\d+)\s*(?:位|名|人)",
        # (… or asked short: "沒超吧", "有超嗎", "會超喔")
        # (… or asked in English short: "is that over?", "did she go over")
        # (… or asked whether the count is all right: "is her volume ok?", "is that volume fine")
        "cap": r"上限|cap|limit|超過|超量|exceed|\bvolume\s+(?:ok|okay|fine|alright|all right|acceptable|allowed)\b|(?:有|沒|没|會|会)超(?![音波])|\b(?:is|was|are|were) (?:that|it|this|she|he) over\b|\bgo(?:ne|es)? over\b",
        # the day's cap asked as how many a day may be booked ("一天可以排多少人", "一天最多能拍幾個", "how many can we book a
        # day"): on a van it is 40 for each radiographer on it — their number is the fact it turns on
        "day_asked": r"(?:(?:一|1)\s*天|每天|單日|单日|當天|当天)\s*(?:最多)?\s*(?:可以|能|可|最多)\s*(?:排|拍|做|照|收|篩|筛|約|约)\s*(?:幾|几|多少)"
                     r"|\bhow many\b[^?.;]{0,40}?\b(?:can|could|may|are (?:we|they) allowed to)\b[^?.;]{0,40}?"
                     r"\b(?:book|schedule|screen|do|take|shoot|handle|see)\b[^?.;]{0,20}?\b(?:a|per|each|in (?:a|one)) day\b",
        "annual": r"合理量|工作天數|work(?:ing)? days|年篩檢|annual",
        "year": extend(r"去年|今年|全年|年度|last year|this year|a year|per year|in a year", "general.per_year", _MONTH_CUE, _DAY_CUE),
        "per_person": r"每位|每名|每人|每個放射師|一位放射師|1\s*位放射師|per (?:radiographer|person)|each radiographer|a radiographer",
        # (… or one's own count said only as large, "這個月拍超多", "做了一堆", "shot a ton of mammos": the count is then asked for)
        "volume": r"超量|篩檢量|操作量|數量|拍了|做了|照了|篩了|太多|\b(?:did|shot|screened|performed)\s+\d|how many (?:screenings|cases)|volume|too many|too much|"
                  r"(?:拍|照|篩|筛|做)(?:了|得)?\s*(?:(?:超|很|好|蠻|蛮|滿|满|挺|特別|特别|非常)多|一大堆|一堆|不少)|"
                  r"\b(?:shot|did|done|doing|screened|scanned|took|imaged)\s+(?:a\s+(?:whole\s+)?(?:ton|lot|load|bunch|heap)\b|tons\b|loads\b|so\s+many\b|way\s+(?:too\s+many|more)\b)",
        # the month's count named as one's own with no noun of screening ("my monthly count was 510", "我這個月的量 510")
        "own_count": r"\b(?:my|our|her|his|their)\s+(?:monthly|month's|per[- ]month)\s+(?:count|number|total|figure)\b"
                     r"|(?:我|她|他)(?:這個月|这个月|每個月|每个月|每月|一個月|一个月|單月|单月)(?:的)?(?:量|數量|数量|件數|件数|案數|案数)",
        "month": MONTH_CUE,
        "spot_review": SPOT_REVIEW,
        "shot": r"拍了|照了|篩了|\d\s*案|screened|mammograms|\d\s*(?:個|件|例|張)?\s*(?:乳攝|乳房攝影|mammos?\b)",
        # a count of suspected positives or follow-ups is the deduction's, not a radiographer's screenings
        "other_count": r"疑似陽性|suspected[- ]positives?|追蹤完成|完成率|follow-?up|扣款|deduct",
        # the consequence asked turns on a count not given: the spot review (spot_review above) on the month's count (550),
        # the van's daily cap on the day's ("did we go over the daily limit") — asked for, never answered with the staff count alone
        "daily_cap": r"(?:每日|每天|一天|單日|当日|當日|日)\s*(?:的)?\s*(?:上限|限額|限额|限量)|\b(?:daily|per[- ]day|a[- ]day|day's)\s+(?:cap|limit|max(?:imum)?|quota)\b",
    },
    # "小美這個月拍了 523 案，超過上限了嗎": a month's count against a cap is a radiographer's, even unnamed.
    trigger=(("staff_or_van", "@fact"), ("staff_or_van", "@unread"), ("staff_or_van", "van", "staff"), ("staff_or_van", "cap"),
             ("van", "day_asked"),
             ("@slot:monthly_screenings", "cap"), ("month", "cap", "volume"), ("@slot:monthly_screenings", "shot"),
             ("spot_review", "month"), ("spot_review", "staff_or_van"),
             # (a count of hundreds only: "my monthly count" of meetings is no radiographer's)
             ("own_count", "@gt:monthly_screenings:100")),
    # A year's count is the facility's annual volume (二(一)2(3)乙), not a monthly cap.
    block=(("annual", "!van"), ("year", "!van", "!@slot:monthly_screenings", "!@slot:daily_screenings_on_van"),
           ("other_count", "!@slot:monthly_screenings", "!@slot:daily_screenings_on_van")),
    slots=(
        Slot("daily_screenings_on_van", "number", terms=DAY_CUE, units=SCREEN_UNITS, gap=16, gap_after=8, when=(("van",),),
             unread=CASE_WORDS,
             unread_ask=("這 {given} 案是乳攝車一天的量還是每月的量？", "Are the {given} screenings the van's count for one day, or for a month?"),
             # (women signed up / booked / 報名 / 預約 for a van, the question asking its daily cap and naming no month or year:
             # the day's count)
             unread_when=(("daily_cap", "van", "!month", "!year", "!spot_review", "!annual"),),
             ask=("乳攝車當天（一天）共操作幾案篩檢？", "How many screenings did the van do that day?"),
             # (not the day's count when what a day may hold is asked: "how many can our van do a day" — that turns on the staff)
             ask_when=(("volume", "van", "!spot_review", "!@slot:monthly_screenings", "!day_asked"),
                       ("daily_cap", "van", "!@slot:monthly_screenings", "!day_asked"))),
        Slot("monthly_screenings", "number", terms=MONTH_CUE, units=SCREEN_UNITS, gap=16, gap_after=8, unread=CASE_WORDS,
             unread_ask=("這 {given} 案是放射師一個月的量嗎？請說明每月操作幾案。",
                         "Are the {given} screenings one month's count? Please give the screenings per month."),
             ask=("放射師每月操作的篩檢數量是多少案？", "How many screenings does the radiographer do a month?"),
             # (the spot review asked about turns on the month's count: asked, unless the day's count on a van is what is read)
             ask_when=(("volume", "!van", "!@slot:daily_screenings_on_van"), ("spot_review", "!@slot:daily_screenings_on_van"))),
        # Over or within the daily cap × N (and by how much) turns on N: asked, never assumed to be one.
        # "2 registered rads", "3 位合格放射師": a qualification said before the staff word is part of it (on a van the
        # "rads" are its radiographers)
        Slot("radiographers_on_van", "number", terms=QUALIFIED + "(?:" + extend(rf"{STAFF_ZH}|radiographers?|technologists?|{TECHS}|\btechs?\b|\bRT\b|\brads\b|個人|\bof us\b|報備(?:的)?(?:人數|人員)?|登記(?:的)?(?:人數|人員)|(?:(?:申|上)?報(?:備|了|上|進|进)?|登記|登记)(?=\s*\d+\s*(?:位|名|個|人))|\bregistered\s+(?:staff|people|persons)\b",
                                                            "hpa_radiographer_volume.radiographers_on_van", _MONTH_CUE, _DAY_CUE) + ")", units=("位", "名", "人", "個", ""),
             gap=6, gap_after=1, counted=True, when=(("van",),), max_value=20,  # (a head count: "one tech hit 551" is her count)
             ask=("當天乳攝車上有幾位放射師（士）？（上限為每人每天 40 案）", "How many radiographers were on the van that day? (The cap is 40 a day each.)"),
             ask_when=((f"@gt:daily_screenings_on_van:{VAN_DAILY_CAP}", "!per_person"), ("day_asked", "van", "!per_person"))),
    ),
    base=1.5,
    bonus=((("van",), 1.0),),
    framing=FRAMING + OTHER_COUNTS,
    repeat=True,
)

VOCABULARY = [QC_GRADE, IMAGE_GRADE, FACILITY_VOLUME, RADIOGRAPHER_VOLUME, REREAD_ACTION, FOLLOWUP_DEDUCTION, FOLLOWUP_DEADLINE]
