"""Vocabulary of 台灣介入放射線學會 指導老師認證辦法 (tsir-instructor): how questions name each tool's inputs,
read by the generic reader (bot/reader). Points, thresholds and ranges are the calculators'."""

from __future__ import annotations

from dataclasses import replace

from calculators.tsir_instructor import (DOMAINS, LECTURES_REQUIRED, LECTURES_RULE, RENEWAL_POINTS, SCI_REQUIRED, SCI_RULE, YEARS_AS_SPECIALIST, YEARS_RULE,
                                        TsirEligibilityInput,
                                        TsirRenewalInput)
from calculators.lexicon import extend, ranked
from calculators.vocab import (AUTHOR_WORD, CASE_COUNT_WORDS, CORRESPONDING_AUTHOR, ZH_POINTS, FIRST_AUTHOR, IR_NAMED_MEETINGS, LATER_AUTHOR, NAMED_OVERSEAS_MEETINGS, NOT_ATTENDED_AFTER, NOT_ATTENDED_BEFORE, NOT_FIRST_AUTHOR, NOT_SCI, OPEN_COUNT, OVERSEAS_MEETING, SECOND_AUTHOR,
                               SHARED_AUTHOR, Choice, Slot, Vocabulary, latin_bounds)
from calculators.vocab_tsa import RENEWAL as TSA_RENEWAL

SURGICAL_CREDITS = TSA_RENEWAL.terms["credits"]
# Words only the TSIR rules use: radiology education points (the surgical rules say 繼續教育積分),
# e-posters, lecturers, IR meetings.
# a moderator (座長) is credited by the TSIR rules alone: the surgical rules credit speakers, never session chairs
# The chair of a session, every way it is said (5.3's 座長): 座長, 主持 / 主持人 (never a research project's principal
# investigator, 計畫主持人), 擔任主席, 引言人; English chair / co-chair / chairperson / moderator / host of a session.
CHAIR_ROLE_ZH = (r"座長|(?<!計畫)(?<!計劃)(?<!研究)(?<!試驗)(?<!協同)主持(?:人)?(?!人?計畫|人?計劃|.{0,2}(?:研究|試驗|計畫))|"
                 r"(?:擔任|當|做)(?:過|了)?(?:\s*\d+\s*(?:次|場))?\s*(?:大會|分組|session\s*)?主席|引言人")
_HOSTED = (r"\bhost(?:ed|ing)?\s+(?:a\s+|the\s+|an?\s+\w+\s+|\d+\s+|two\s+|three\s+)?(?:[A-Za-z-]+\s+){0,2}?"
           r"(?:sessions?|panels?|symposi(?:um|a))\b")
CHAIR_ROLE = (CHAIR_ROLE_ZH + r"|\bco-?chair(?:s|ed|ing|man|men|person|persons)?\b|\bchair(?:ed|ing|man|men|person|persons)\b|"
              r"\bmoderat(?:or|ors|ed|ing)\b|" + _HOSTED)
MODERATOR = (CHAIR_ROLE_ZH + r"|\bmoderat(?:or|ors|ed|ing)\b|" + _HOSTED + r"|"
             r"\b(?:co-?)?chair(?:ed|ing)?\s+(?:a\s+|the\s+|an?\s+\w+\s+|\d+\s+|two\s+|three\s+)?(?:sessions?|panels?|symposi(?:um|a))\b")
# (radiology points said short, "放射積分 110", "放射科學分 90": the radiology specialist's own points, never the surgical ones)
# ("放專積分", "放專的學分": 放專 is the everyday short form of 放射專科, as in "放專 9 年")
RADIOLOGY_POINTS = r"(?:放射(?:線|科)?(?:專科|專醫)?|放專)(?:醫師)?(?:的)?(?:繼續)?(?:教育)?(?:積分|學分)"
# The instructor renewal's own line said with the renewal ("do I have 200 for renewal?", "200 pts to renew", "renewal needs 200",
# "換證要 200 分", "200 分夠換證嗎"): article 5's 200 points — the surgical renewal's line is another figure (600 over six years)
_P = RENEWAL_POINTS
RENEWAL_LINE = (rf"(?<![\d.]){_P}\s*(?:points?|pts|credits?)?\s+(?:for|to)\s+(?:the\s+|my\s+|a\s+)?(?:instructor\s+)?renew\w*|"
                rf"\brenew\w*\s+(?:needs?|requires?|takes?|is|=|:)\s*(?:at\s+least\s+)?{_P}(?![\d.])|"
                rf"(?:換證|换证|續證|续证)[^，,。；;？?\d]{{0,8}}(?<![\d.]){_P}(?![\d.])|(?<![\d.]){_P}\s*分?[^，,。；;？?\d]{{0,6}}(?:換證|换证|續證|续证)")
TOPIC = (RADIOLOGY_POINTS + r"|指導老師|導師|指導醫師|帶教老師|介入|instructor|tsir|interventional|換證|續證|抵.{0,4}分|放射線?(?:專科)?(?:醫師)?教育積分|(?<!繼續)教育[積學]分|繼教[積學]分|"
         r"radiology\s+(?:cme|education|points)|e-?poster|lecturer|\bIR\b|\bfull[- ](?:article|paper)s?\b|專醫(?:教育)?(?:積分|學分)|" + MODERATOR
         # (a radiology meeting named, "RSNA 跟 SIR 各一次", "attended CIRSE": the instructor's renewal points)
         + "|" + IR_NAMED_MEETINGS + "|" + RENEWAL_LINE)
RENEW_CUES = r"換證|換[^，,。；?？]{0,8}證書?|證書?[^，,。；?？\s]{0,3}?換|展延|續證|renew"  # 換指導老師證, 指導老師證要換了 too
ONLY_TSIR = RADIOLOGY_POINTS + r"|放射線?(?:專科)?(?:醫師)?教育積分|radiology\s+(?:cme|education|points)|e-?poster|lecturer|\bIR\s+meeting"
# "CR" in capitals is a case report beside a paper ("SCI CR x1"); article 5 names no computed radiography
CASE_REPORT = r"case\s*rep\w*|case\s*rpt|病例報告|個案報告|案例報告|(?-i:(?<![A-Za-z])CRs?(?![A-Za-z]))"  # typos too: "case reprot"
# (原著 in English: "original article", "original research paper", "an SCI original" — 5.1's full article, never a case report)
FULL_ARTICLE = r"full (?:article|paper)|原著|全文|\boriginal (?:research )?(?:articles?|papers?)\b|\boriginal research\b"
# Another author than first or corresponding: the place on the byline written any way, or "not first" / "co-author"
# (calculators/vocab.py: one ordinal reader for every spelling).
OTHER_POSITION = "|".join((SHARED_AUTHOR, SECOND_AUTHOR, LATER_AUTHOR, NOT_FIRST_AUTHOR))
_PLACED = "|".join((SHARED_AUTHOR, SECOND_AUTHOR, LATER_AUTHOR))
ROLE_WORDS = OTHER_POSITION + "|" + FIRST_AUTHOR + "|" + CORRESPONDING_AUTHOR
# the lexicon's words less those the surgical credits' words match ("積分", "credits": the TSA's, not radiology points)
# (放射科學分, 放射科專科學分, 專科積分 / 專科學分 beside the renewal, "regular radiology CME points"; 專醫 is the
# everyday short form of 專科醫師: 放射專醫積分, 專醫學分; "radiology specialist / board / radiologist points")
_SPECIALIST = r"(?:專科(?:醫師)?|專醫)"
# (the points said by what they are for or where they come from: 教育學分, 繼教學分, CME 學分, 換證積分 / 換證學分,
# 續證積分, 指導老師積分; "education credits", "CE credits", "renewal credits")
_CME_LABEL = "(?:" + extend(rf"(?:放射(?:線|科)?{_SPECIALIST}?|放專)(?:醫師)?(?:的)?(?:繼續)?(?:教育)?(?:積分|學分)|(?<!外科){_SPECIALIST}(?:教育)?(?:積分|學分)|教育積分|繼續教育積分|"
                            r"(?<!繼續)教育學分|繼教(?:積分|學分)|\bCME\s*(?:積分|學分)|(?:換證|續證|指導老師)(?:的)?(?:積分|學分|分數)(?!\s*(?:要|需|須|必須|得|至少|門檻|標準|規定|要求|下限|最低|是多少|幾分|多少|\d+\s*分?\s*(?:才|就)))|"
                            r"\b(?:education|CE|renewal)\s+credits?\b(?!\s+(?:needed|required|must|are needed|needed are|threshold|minimum))|"
                            r"(?:(?:regular|routine|general|ordinary|plain)\s+)?(?:radiology|radiologist'?s?)(?:\s+(?:specialist|board))?\s+(?:cme|ce|education|credits?|points?|pts)\b|\bcme\b|education points",
                            "tsir_renewal_check.cme_points", SURGICAL_CREDITS) + ")"
# The other radiology CME points beside the article-5 activities, written every way: a qualifier before the points word
# ("一般積分 60", "其他學分 90", "平常的積分 130", "其餘積分 120", "其它教育學分"), the points word with an addition right after
# it ("教育積分另有 100 分", "學分還有 90"), an addition before it ("加一般積分 60", "再加上平常的積分"), the points said as
# already earned ("已有 160 分", "手上已經累積 150 分", "already have 160 points", "160 points so far"), and the points
# named after their number ("140 points from regular CME", "120 分的一般學分"). Only in the instructor's renewal (the
# surgical tally's 積分 is its own words).
_QUALIFIED_POINTS = (r"(?:其他|其餘|其它|其余|另外的|一般|平常|平時|平日|例行|日常|額外|剩下|剩餘|基本|普通|常規|累積|累計)(?:的)?\s*"
                     r"(?:放射(?:線|科)?)?(?:專科)?(?:醫師)?(?:繼續)?(?:教育)?(?:積分|學分|分數)")
_ADDED_AFTER = r"\s*(?:另外?(?:還|还)?有|(?:還|还)有|又有|另計|另加|外加|再加)"
_ALREADY = (r"(?:已經?|目前|現在|手上|手頭|至今|到現在)\s*(?:已經?)?\s*(?:有|累積了?|累計|拿到了?|拿了|取得了?|攢了?|集了?|湊了?)|"
            # the points said gathered over the certificate's years ("六年累積了 210 分", "這6年共累計 180", "五年下來攢了 150"):
            # held, the period before the verb
            # (never a calendar year, "2021年拿了 120": that year's figure — the numeral alone, no digit before it)
            r"(?:這|这|過去|过去|近)?\s*(?<![\d０-９])[\d０-９一二兩两三四五六]\s*年\s*(?:內|内|來|来|間|间|下來|下来)?\s*(?:總共|总共|一共|共)?\s*"
            r"(?:累積|累积|累計|累计|攢|攒|拿|集|湊|凑)(?:了|到了?)?|"
            r"\balready\s+(?:have|had|got|earned|accumulated|collected)\b|\b(?:have|had|got|earned|accumulated|collected)\s+(?:\w+\s+)?already\b|"
            r"\bso far\b|\bto date\b|\bbanked\b|"
            # "I have 190 points", "we've got 150 pts": points the person holds, the number's unit saying points
            # (… said of the colleague asked about: "she has 0 points", "he's got 150 pts")
            r"\b(?:i|we|he|she|they)\s*(?:have|has|had|got|'ve got|'ve|’ve|'s got|’s got)\s+(?=\d+(?:\.\d+)?\s*(?:points?|pts|分)\b)|"
            # (… said with a limiting word around the verb: "i only have 90 pts", "I have just 90 points", "I've only got 90
            # points"; "我只有 90 分", "我才 90 分", "手上只有 90 分": the points held, however few)
            r"\b(?:i|we)(?:\s*(?:'ve|’ve)|\s+(?:have|had))?\s+(?:(?:only|just|barely|merely|still|currently)\s+)?(?:have|had|got|hold|earned)\s+"
            r"(?:(?:only|just|barely|merely)\s+)?(?=\d+(?:\.\d+)?\s*(?:points?|pts|分)\b)|"
            r"(?:我|本人|手上|手頭|目前|現在)(?:目前|現在|手上)?\s*(?:只|才|僅|就)\s*(?:有|拿到?了?|累積了?|累計了?|攢了?)?\s*(?=\d+(?:\.\d+)?\s*分)|"
            # "accumulated 210 points over the six years", "racked up 190 pts": points gathered, held (never the points
            # of one item, "accrued 40 points from the SCI paper")
            r"\b(?:accumulated|accrued|amassed|racked\s+up|built\s+up)\s+(?=\d+(?:\.\d+)?\s*(?:points?|pts)\b(?!\s*(?:from|for|by|with)\b))|"
            # "will file … with 0 pts", "applying with basically 0 points", "renewing with only 90 pts": the points the person
            # goes to the renewal with, held (never one item's points, "with 40 points from the SCI paper", "with 10 pts each")
            r"\bwith\s+(?:(?:basically|essentially|practically|virtually|about|around|roughly|only|just|barely|like)\s+)?"
            r"(?=\d+(?:\.\d+)?\s*(?:points?|pts)\b(?!\s*(?:from|for|by|each|apiece|per|a)\b))|"
            # "150 renewal points", "160 instructor points": the points named after their number
            r"\b(?:renewal|instructor|tsir|cme)\s+(?:points?|pts|credits?)\b")
_POINTS_OF = (r"\b(?:of|from|in)\s+(?:my\s+|the\s+)?(?:(?:regular|general|routine|ordinary|other|plain|usual)\s+)?"
              r"(?:radiology\s+)?(?:cme|ce|education|credits?)\b|(?:的)?(?:其他|一般|平常|其餘)(?:的)?(?:教育)?(?:積分|學分)")
# The person's own points named loosely, the number right after ("積分只有20分", "学分才 90", "我的積分大概 150"): in the
# instructor's renewal these are the radiology points (the surgical tally is another vocabulary)
# (… or said to be the person's own, "我的積分 210 分", "我目前的學分有 180", or held now: "目前積分150")
_OWN_POINTS = (r"(?<!外科)(?<!換證)(?<!指導老師)(?:積分|學分)(?=\s*(?:只有|只|才|僅有|僅|大概|大約|約|差不多|目前|現在)\s*\d)|"
               r"(?:我|本人)(?:目前|現在)?的\s*(?:積分|學分)(?=\s*(?:是|有|為|共)?\s*\d)|"
               # (… or held now, the time word before: "目前積分150", "現在學分有 180", "手上的積分 120")
               r"(?:目前|現在|至今|到現在|手上|手頭)(?:的)?\s*(?:積分|學分)(?=\s*(?:是|有|為|共|已經?|累積)?\s*\d)")
# The points said bare as the next item of the person's list of activities, the figure right after ("出國開會 4 次，國內講者 2 次，
# 積分 80，指導老師換證夠了嗎", "…、学分 90", "4 overseas meetings, 2 domestic talks, points 80 — enough for instructor renewal?",
# "…, plus 80 points"): the plain radiology CME points beside article 5's activities — only where the instructor certificate
# is named after them (the surgical tally's 積分 is its own words; a question naming no instructor is left as it was)
# (the instructor named anywhere: after the points, or before them — "指导老师换证：…，积分 80，够吗" — Python's look-behind being
# fixed-width, one per distance, tried only where the points word and its figure matched)
_INSTRUCTOR_LATER = (r"(?:(?=[\s\S]*?(?:指導老師|指导老师|指導醫師|指导医师|\binstructor|\bTSIR\b))|"
                     + "|".join(rf"(?<={w}[\s\S]{{{k}}})" for w in ("指導[老醫]師", "instructor") for k in range(0, 160)) + ")")
_BARE_POINTS = (r"(?<=[、,，;；:：])\s*(?:積分|學分|积分|学分|\bpoints|\bpts|\bCME)(?=\s*(?:有|是|共|[:：=])?\s*\d+(?:\.\d+)?\s*(?:分|points?|pts)?\s*(?:[、,，;；。.!?？—–-]|$))"
                + _INSTRUCTOR_LATER + "|"
                r"(?:(?<=[、,，;；])|\b(?:plus|and)\b)\s*(?=\d+(?:\.\d+)?\s*(?:points|pts)\b(?!\s*(?:from|for|by|each|apiece|per|a)\b))"
                + _INSTRUCTOR_LATER)
# The points added to the activities, the points word after their number ("加上 80 分積分", "再加 60 分學分", "另外還有 90 分的
# 教育積分"): the plain radiology CME points beside article 5's activities
_ADDED_POINTS = (r"(?:加上?|再加上?|另加|外加|另有|另外(?:還|还)?有|(?:還|还)有)(?=\s*(?:約|大概|差不多)?\s*\d+(?:\.\d+)?\s*分?\s*(?:的)?\s*"
                 r"(?:教育)?(?:積分|學分))")
# The society's points added as the last figure of the person's list, no field named ("…國外開會 2 次，再加上學會積分一百分", "外加
# 學會學分 80", "然後學會的積分 120"): the plain CME points beside article 5's activities (a field named before 學會 is that
# body's, `bot/scope.py`; 外科學會 is the surgical tally's words)
# (… or said bare as the next item of the list, its figure right after: "國內 e-poster 2 次、國外 e-poster 1 次，學會學分 100",
# "…，學會積分有 80 分" — a list separator before 學會, nothing naming a body between)
_ADDED_SOCIETY_POINTS = (r"(?:加上?|再加上?|另有|另外有?|外加|(?:還|还)有|然後|然后)\s*(?:的)?\s*(?:學會|学会)(?:的)?\s*(?:繼續)?(?:教育)?"
                         r"(?:積分|學分|积分|学分)|"
                         r"(?<=[、,，;；])\s*(?:學會|学会)(?:的)?\s*(?:繼續)?(?:教育)?(?:積分|學分|积分|学分)(?=\s*(?:有|是|共|約|大概|差不多)?\s*\d)")
# Points another body already granted, said as a points figure: the radiology society's (放射線醫學會 / 放射科學會 / 放射醫學會,
# "the radiology society", "the Radiological Society of the ROC", RSROC) points are the plain radiology CME points the renewal
# adds ("放射科學會的積分有 40 分", "放射線醫學會那邊拿了 40 分", "40 pts from the radiology society", "radiology society credits: 40");
# never the interventional society's own (介入放射線學會: the renewal's own points)
_SOCIETY = (r"(?<!介入)(?<!介入性)(?<!介入性治療)(?:中華民國|台灣|臺灣)?放射(?:線|科)?(?:醫學會|學會)(?:那邊|那裡|那里)?")
_RADIOLOGY_SOCIETY_EN = (r"(?<!interventional )(?:(?:taiwan(?:ese)?|chinese)\s+)?(?:radiology|radiological|radiologic)\s+(?:society|association|college)"
                         r"(?:\s+of\s+(?:the\s+)?(?:R\.?O\.?C\.?|Taiwan|China|the\s+Republic\s+of\s+China))?|\bRSROC\b")
_SOCIETY_POINTS = (_SOCIETY + r"(?:的|給的|認可的|核發的|承認的|採認的|算的)?\s*(?:繼續)?(?:教育)?\s*(?:積分|學分|分數|點數)|"
                   + _SOCIETY + r"(?:給了?|給我|拿了?|認了?|核了|累積了?|有)(?=\s*\d)|"
                   r"\b(?:from|by|with|via|through)\s+(?:the\s+|my\s+)?(?:" + _RADIOLOGY_SOCIETY_EN + r")\b|"
                   r"(?:\bthe\s+)?(?:" + _RADIOLOGY_SOCIETY_EN + r")(?:'s|’s)?\s+(?:cme\s+)?(?:points?|pts|credits?)\b")
# Article 5's point activities (hand-written, most specific first), each with the lexicon's words appended
_KINDS = (
    ("oral_or_eposter", r"oral|e-?poster|口頭(?:報告|發表)?|壁報|poster"),
    # (a talk given, said plainly: "3 domestic talks", "gave 2 talks abroad")
    # (a talk given said with the verb: "國內介入的課我去講過幾次", "受邀講了 2 次" — never one heard, "聽過")
    # (invited to speak, the verb bare: "國外受邀講 1 次", "被邀請講兩次", "邀我去講 3 次")
    # (… or with the English verb: "spoke at 2 local IR meetings", "speaking at JSIR twice")
    # (a lecture given, said as teaching it: "國內講課 2 次", "授課兩次", "給 talk" — never one heard, "聽講課")
    ("lecturer_or_moderator", CHAIR_ROLE + r"|講師|講者|主講|演講|(?<!聽)(?:講課|授課)|給\s*talk|(?<!聽)(?<!聽人)(?:去|受邀|被邀請?)?講(?:過|了)|(?:受邀|被邀請?|邀請?我)(?:去)?講|lectur|moderat|invited talk|speaker|chair(?:ed|man|person)?\b|\btalks?\b(?!\s+(?:about|with|to)\b)|\bspoke\b|\bspeaking\b(?=\s+(?:at|in)\b)|"
     # (a lecture given as a meeting's faculty or its keynote: "I was faculty at CIRSE once", "invited faculty at JSIR", "gave the
     # keynote at APSCVIR" — the meeting named is where, no attendance of its own; never "faculty development")
     r"\b(?:invited\s+)?faculty\b(?!\s+(?:development|of|meeting)\b)|\bkeynotes?\b"),
    ("international_meeting_attendance",
     r"(?:國外|國際|海外|出國|international|overseas|abroad)[^，,。；]{0,10}(?:會議|研討會|年會|meeting|congress|conference)|"
     # ("5 overseas interventional meetings", "international IR society congresses": up to three words between)
     r"\b(?:international|overseas|foreign)(?:\s+[A-Za-z-]+){1,3}?\s+(?:meetings?|congress(?:es)?|conferences?)\b|" + OVERSEAS_MEETING + "|"
     + NAMED_OVERSEAS_MEETINGS),
    # (never an SCI listing denied: "不是SCI的 case report" is a non-SCI one)
    ("sci_case_report", rf"(?<!non-)(?<!non )(?<!非)(?<!不是)(?<!沒有)(?<!没有)(?<!\bnot )(?<!\bno )sci[^，,。；]{{0,20}}(?:{CASE_REPORT})|(?:{CASE_REPORT})[^，,。；]{{0,20}}(?<!non-)(?<!非)(?<!不是)(?<!沒有)(?<!没有)(?<!\bnot )(?<!\bno )sci"),
    ("non_sci_case_report", rf"(?:non-?sci|非\s*sci|{NOT_SCI})[^，,。；]{{0,20}}(?:{CASE_REPORT})|(?:{CASE_REPORT})[^，,。；]{{0,20}}(?:non-?sci|非\s*sci|{NOT_SCI})"),
    ("non_sci_full_article", rf"non-?sci|非\s*sci|{NOT_SCI}"),
    ("sci_full_article", r"sci"),
)
KINDS = ranked(_KINDS, "tsir_renewal_check.kind=")
# The author place said once, heading the papers listed after it ("I'm a co-author on 3 SCI articles and 2 case reports",
# "as co-author I have …", "我是共同作者的 SCI 原著 3 篇、case report 2 篇", "我都掛共同作者：…"): every paper's place.
ROLE_HEADING = (rf"\b(?:I'?m|I am|I was|I've been|I have been|as)\s+(?:a\s+|an\s+|the\s+)?(?:{ROLE_WORDS})(?:\s+authors?)?"
                r"(?:\s+(?:on|of|for|in)\b|\s*[,:]?\s+I\s+(?:have|had|got)\b)"
                rf"|(?:我|本人)\s*(?:都)?\s*(?:是|當|当|掛|挂|為|为)\s*(?:{ROLE_WORDS})\s*(?:的|[:：])")
_ROLES = (
    ("other", _PLACED),
    ("first", FIRST_AUTHOR),
    ("corresponding", CORRESPONDING_AUTHOR),  # "通訊 3 篇": the short form too
    ("other", NOT_FIRST_AUTHOR),  # "非一作" with no place named: another author
)
ROLES = ranked(_ROLES, "tsir_renewal_check.role=")
# (a meeting named by its name abroad, "moderated at CIRSE", "e-poster at JSIR", is international; "at home" is domestic)
_SCOPES = (("international", r"國外|國際|海外|出國|international|overseas|abroad|foreign|" + NAMED_OVERSEAS_MEETINGS), ("domestic", r"國內|domestic|local|台灣|臺灣|taiwan|\b(?:at|back)\s+home\b|\bhome\s+(?:meetings?|congress(?:es)?|society)\b"))
SCOPES = ranked(_SCOPES, "tsir_renewal_check.scope=")
# (the abbreviations of a record or a CV: "b. 1964-03-03", "(b.1964/3/3)", "d.o.b. 1965-01-02")
_BIRTH = r"出生|生日|生於|born|birth|dob|\bd\.o\.b\.?|(?<![A-Za-z.])b\.(?=\s*\d)|(?<=[\d日號])\s?(?:出)?生(?!效)"
# the application date named by the act that dates it: applying, filing, handing the papers in ("送件", "遞件", "交件", "交申請",
# "提出申請", "換證申請"; "apply", "file", "submit", "send in", "hand in")
_APPLICATION = (r"(?:apply|application|submit|file|filing|send(?:ing)?|mail(?:ing)?|lodg(?:e|ing)|turn(?:ing)? in|hand(?:ing)? in)[^.?!\d]{0,50}\b(?:on|by)"
                # (the day named before its date: "submit on my birthday, 2026-11-30", "apply on my 60th birthday (…)")
                # ("submit on that very day, 2026-11-25", "apply on the same day (…)": the day pointed at, then its date)
                r"(?:\s+(?:my|the|his|her)\s+(?:\d+(?:st|nd|rd|th)\s+)?birthday\s*[,，(（:：]?"
                r"|\s+(?:that|the|this)\s+(?:very\s+|same\s+|exact\s+)*day\s*[,，(（:：]?)?|申請|送件|送出|送|遞件|遞交|遞出|交件|"
                r"交出|提出|提交|報名|apply|applying|application|submit(?:ting|ted)?|\bfil(?:e|ing)\b|\bsend(?:ing)? in\b|\bhand(?:ing)? in\b"
                # the day the person will renew, said right after its date ("明年(2027)3月1日要換證", "2027/3/1 换证", "I'll renew
                # on …"): the day they apply for it — never a day said to be the certificate's expiry ("2027年3月1日到期，要換證")
                r"|(?<=[日號号\d)）][要去來来])(?:換證|换证)|(?<=[\d日號号])\s?(?:要|會|会|打算|預計|预计|準備|准备|就|去)?\s?(?:換證|换证|換發|换发)"
                r"|\b(?:will|going to|plan to|'ll)\s+renew\b|\brenew(?:ing)?\s+(?:it\s+)?on\b"
                # (… the certificate named between: "renewing the TSIR instructor cert on 2026-12-20" — never its expiry, "the
                # cert that expires on")
                r"|\brenew(?:ing)?\s+(?:my|the|our|his|her)\s+(?:[\w-]+\s+){0,3}?(?:cert|certificate)\s+on\b"
                # ("applying for instructor renewal 2026-02-01", "renewal on 2027/3/1": the renewal's date said right after it)
                r"|\brenewal(?=\s*(?:on\s+|date\s*(?:is\s+)?|[:：]\s*)?\d)")

# An age only neared, not reached: "快60歲", "將近 60 歲", "almost 60 years old"
# (… or said roughly, "明年換證時我大概 60 歲", "around 60 by then": the age on the application day is the dates' to say)
_NEARING_ZH = ("快", "將近", "将近", "接近", "差不多", "快要", "即將", "即将", "要滿", "要满", "快滿", "快到", "大概", "大約", "大约")
_NEARING_EN = ("almost", "nearly", "turning", "turn", "about to be", "close to", "about to turn", "about", "around", "roughly")

# The certificate itself as a thing to pay for or get again — its fee, a replacement, a reissue, a lost one ("證書掉了補發要多少錢",
# "审查费多少", "lost my instructor certificate, how much for a replacement?", "is there a fee"): article 8's rules (8.2), never a
# question of whether one qualifies or how many points one has — unless the person's own figures are given beside it
CERT_ADMIN = (r"補發|补发|重發|重发|補辦|补办|遺失|遗失|弄丟|弄丢|搞丟|搞丢|不見了|不见了|掉了|證書費|证书费|審查費|审查费|規費|规费|費用|费用|"
              r"多少錢|多少钱|幾塊|几块|收費|收费|繳費|缴费|付費|付费|要錢|要钱|"
              r"\breplac(?:e|ed|ing|ement)\b|\breissu\w*|\bre-issu\w*|\bduplicate\b|\blost\b|\bmisplac\w*|\bfees?\b|\bcosts?\b|\bcharged?\b|\bpay\b|\bfree\b")

# the Advanced Trauma Life Support course (tsa-cme 5.13), however typed ("ATLS", "今年ATLS上了", "高級外傷救命術")
ATLS = r"(?<![A-Za-z])atls(?![A-Za-z])|高級外傷救命術|高级外伤救命术"

RENEWAL = Vocabulary(
    tool="tsir_renewal_check",
    model=TsirRenewalInput,
    terms={
        "topic": TOPIC,
        # a sum asked of TSIR activities ("… IR meeting attendance x3. total?") is the renewal points
        # ("能抵多少", "可以抵幾點": what the activities offset, the points)
        # ("total" right after a figure is that figure's total — "PCN 150, PTCD 90, …, so 280 total" sums cases —, no points asked)
        "renew_or_points": RENEW_CUES + r"|積分|學分|points|終身|lifetime|(?<!\d\s)(?<!\d)\btotal\b|合計|總共|幾分|多少分|分數(?:有|是|算)?多少|\bcme\b|抵(?:多少|幾)|" + ZH_POINTS,
        # points said 點 ("一共多少點", "幾點", "點數"): the instructor's renewal points — the surgical credits are 分 / 積分 / 學分
        "zh_points": ZH_POINTS,
        "surgical": r"外科|surgical|surgeon",
        # ATLS (the surgeons' trauma course, its "instructor" included) is no activity of this certificate
        "atls": ATLS,
        "tsa_meeting": r"月會|月会|monthly meeting|外科(?:醫學會)?年會|\bTSA\b",
        # training months (進修, 研修, fellowship): an item of the surgical credits alone (tsa-cme 5.9) — article 5 has none
        "tsa_training": r"進修|研修|进修|\bfellowship\b|\bobservership\b|\bvisiting\s+(?:scholar|fellow)\b",
        # (指導醫師: what users may call our instructor — bot/scope.py _TITLE)
        "instructor": r"指導老師|指導醫師|instructor|介入",
        "renew": RENEW_CUES,
        "instructor_word": r"指導老師|指導醫師|instructor",
        # article 5's own kinds of paper ("full article", "case report") beside a renewal: the instructor's renewal points
        # (the surgical renewal is six yearly totals, never papers by kind)
        "article_kind": FULL_ARTICLE,
        "only_tsir": ONLY_TSIR,
        "moderator": MODERATOR,
        "when": r"什麼時候|何時|哪天|when|deadline",
        # the talks' subject said to be interventional, as 5.3 words it ("有關介入治療相關題目": "lectures on IR topics",
        # "IR talks", "interventional topics", "介入相關題目"): the instructor's renewal, never the surgical tally
        "ir_subject": r"\b(?:on|about)\s+(?:IR|interventional(?:\s+radiology)?)\b|\b(?:IR|interventional)\s+(?:topics?|subjects?|talks?|lectures?|sessions?)\b|"
                      r"介入(?:治療|性診療|放射)?(?:的)?(?:相關)?(?:題目|主題|議題|課題)",
        # (an age of 60 said in English, reached or neared: "I'm turning 60 next year", "I'll be 60 in March", "60 years old")
        "lifetime": extend(r"終身|lifetime|60\s*歲|sixty|\b(?:turn(?:ing|s|ed)?|reach(?:ing|es|ed)?|hit(?:s|ting)?|be|I'?m|am|aged?)\s+60\b|"
                           r"\b60\s+(?:years?|yrs?)\s+old\b", "tsir_renewal_check.lifetime_eligible"),
        # an age of 60 or more said outright ("我 62 歲"), never one only neared ("快60歲", "almost 60", "turning 60 next year"):
        # the age on the application day is then the birth date's to say, asked for
        # (an age under 60 answers nothing by itself: the age on the application day may still reach 60 — dates asked)
        # (never the rule's age recalled, "聽說滿60歲可以申請終身", "年滿 60 歲以上就免換證": 滿 N 歲 followed by what it allows)
        "age": "".join(f"(?<!{w})(?<!{w} )" for w in _NEARING_ZH) + r"(?<![\d.])(?:[6-9]\d|1\d\d)\s*歲"
               r"(?<![滿满]\d\d歲)(?<![滿满]\s\d\d歲)(?<![滿满]\d\d\s歲)(?<![滿满]\s\d\d\s歲)|"
               r"(?<![快將将近要即][滿满])(?<=[滿满])\s*(?:[6-9]\d|1\d\d)\s*歲(?!\s*(?:以上|以後|以后|之後|之后|後|后|就|便|即|可以|可|才|的話|的话|的人|者|能|會|会|免))|"
               + "".join(f"(?<!{w} )" for w in _NEARING_EN) + r"(?<![\d.])(?:[6-9]\d|1\d\d)\s*years? old|aged (?:[6-9]\d|1\d\d)\b",
        # the application date is today only where the person says so (SPEC §3: no "today" filled in)
        "now": r"今天|今日|現在|目前|馬上|立刻|這就|today|right now|\bnow\b|immediately|this week",
        "cert_admin": CERT_ADMIN,
        # the specialist certificate named as the one renewed ("specialist certificate renewal", "專科醫師證書展延"): the surgical
        # society's (its article 10), never the instructor certificate — unless the instructor's or radiology's own words are said
        "specialist_cert": r"(?<!radiology )(?<!放射)(?<!放射線)(?:\bspecialist\s+(?:certificate|cert|certification|board)s?\b|\bboard\s+certificate\b|專科(?:醫師)?證書|专科(?:医师)?证书)",
    },
    # a lifetime certificate is article 6's alone: with a birth date it is this check, instructor named or not
    trigger=(("topic", "renew_or_points"), ("lifetime", "@slot:birth_date"), ("article_kind", "renew"), ("zh_points", "@slot:activities", "!surgical")),
    # (… nor the surgical society's own monthly or annual meeting, named with no word only the instructor's rules use: "2027
    # 年要換證，今年月會去了 5 次" is the surgical tally)
    block=(("surgical", "!instructor"), ("atls",), ("tsa_meeting", "!only_tsir", "!instructor_word", "!@slot:cme_points"),
           # (training months with no word only the instructor's rules use: "進修三個月能抵多少學分" is the surgical tally)
           ("tsa_training", "!only_tsir", "!instructor", "!@slot:cme_points", "!@slot:activities"),
           # (the certificate's fee or replacement asked, no points of one's own given: article 8's rules)
           ("cert_admin", "!@slot:activities", "!@slot:cme_points", "!@slot:birth_date"),
           ("specialist_cert", "!instructor", "!only_tsir")),
    slots=(
        # Article 5's point activities, most specific first.
        Slot("activities", "items", choices=tuple(Choice(k, w, names=NAMED_OVERSEAS_MEETINGS if k == "international_meeting_attendance" else "")
                                                  for k, w in KINDS), fields=(
            Slot("count", "number", units=("次", "篇", "場", ""), min_value=1, max_value=49, whole=True),
            Slot("role", "enum", choices=tuple(Choice(k, w) for k, w in ROLES), rule="tsir-instructor/5.1", ask=("文章您是第一作者／通訊作者，還是其他作者？", "Were you the first or corresponding author, or another author?")),
            Slot("scope", "enum", choices=tuple(Choice(k, w) for k, w in SCOPES), rule="tsir-instructor/5.3", ask=("演講／座長或口頭／壁報發表是在國內還是國外的會議？",
                    "Was the lecture, moderation or oral/e-poster at a domestic or an international meeting?")),
        ), follow=(
            # "SCI full article 第一作者 3 篇、其他作者 case report 2 篇": the same journal family; the clause's
            # own article type wins over the previous one's.
            (("sci_full_article", "sci_case_report"), CASE_REPORT, "sci_case_report"),
            (("sci_full_article", "sci_case_report"), FULL_ARTICLE, "sci_full_article"),
            (("non_sci_full_article", "non_sci_case_report"), CASE_REPORT, "non_sci_case_report"),
            (("non_sci_full_article", "non_sci_case_report"), FULL_ARTICLE, "non_sci_full_article"),
            # "一作 3 篇、其他作者 2 篇": another role, the same kind of paper
            *(((k,), ROLE_WORDS, k) for k in ("sci_full_article", "sci_case_report", "non_sci_full_article", "non_sci_case_report")),
            # "講師 4 次，其中 1 次是在新加坡（國外），其他都國內": a part said by its place alone, the same kind of talk or presentation
            # (only a clause with a count of its own or said of the rest, "其他都國內": "國內的呢" asks the other place's rate, no
            # talk of its own)
            *(((k,), r"^(?:(?=[\s\S]*\d)|\s*(?:其他|其它|其餘|其余|剩下|剩餘|剩余|\bthe\s+(?:rest|others?|remaining)\b))[\s\S]*?(?:"
               + "|".join(w for _, w in _SCOPES) + ")", k) for k in ("lecturer_or_moderator", "oral_or_eposter")),
        # ("4 times, all domestic", "both abroad", "都在國內", "全在國外": the scope said once for every item)
        ),
        # an SCI / non-SCI article whose clause does not say full article or case report is counted as a full article
        # (5.1 / 5.2's higher figure), and said so: a case report would earn less
        inferred=tuple((kind, rf"^(?![\s\S]*(?:{FULL_ARTICLE}))(?![\s\S]*(?:{CASE_REPORT}))[\s\S]*?(?:{words})", note)
                       for kind, words, note in (
            ("sci_full_article", r"sci", (
                "以 full article（原著）計，非 case report（SCI case report 為第一／通訊作者 20 分、其餘作者 8 分，第五條第一款）。",
                "Counted as a full article, not a case report (an SCI case report earns 20 as first or corresponding "
                "author, 8 otherwise, tsir-instructor/5.1).")),
            ("non_sci_full_article", rf"non-?sci|非\s*sci|{NOT_SCI}", (
                "以 full article（原著）計，非 case report（non-SCI case report 為第一／通訊作者 10 分、其餘作者 5 分，第五條第二款）。",
                "Counted as a full article, not a case report (a non-SCI case report earns 10 as first or corresponding "
                "author, 5 otherwise, tsir-instructor/5.2).")),
        )),
        # (the place said before the first role frames the roles listed after it: "在國外會議當講師2次、座長1次")
        frames=("scope",),
        # ("我通訊作者的 full article 3 篇，case report 兩篇", "as corresponding author: 3 full articles and 2 case reports",
        # "以第一作者發表 SCI 原著 2 篇、case report 1 篇"): the author's place said of the whole list of papers is every paper's
        # that says none of its own, said so (never a place said after the first paper only, nor of a part)
        over_list=("role",),
        open_count=OPEN_COUNT, every=r"都是|全部|全都|一律|都在|全在|都於|all (?:as|were|of them)|each as|always|"
                 r"\b(?:all|both)\b(?=\s+(?:(?:in|at)\s+)?(?:domestic|local|international|overseas|abroad|foreign|taiwan|first|corresponding))|"
                 + ROLE_HEADING,
             denied=(NOT_ATTENDED_BEFORE, NOT_ATTENDED_AFTER, ("您說沒有參加、或說先不計入的活動，未列入計算。", "An activity you say you did not attend, or ask to leave out, is not counted.")),
             # "出國開會 4 次，其中 1 次當講者": a lecture, moderation or oral given at an overseas meeting attended is on
             # top of attending it (5.3 / 5.4 are items of their own), never one of the meetings carved out
             apart=("international_meeting_attendance>lecturer_or_moderator", "international_meeting_attendance>oral_or_eposter"),
             ask=("證書效期六年內有哪些可抵積分的項目（論文、演講／座長、口頭／壁報、國外會議）與放射線專科教育積分？",
                  "Which point activities did you have in the six years (papers, lectures/moderation, oral/e-posters, "
                  "international meetings) and how many radiology CME points?"),
             ask_when=(("!@slot:cme_points", "!@slot:birth_date", "!lifetime"),)),
        Slot("cme_points", "number", terms=rf"(?:{_CME_LABEL}|{_QUALIFIED_POINTS})(?:{_ADDED_AFTER})?|(?:加上?|再加上?|另有|另外有|外加)\s*(?:{_QUALIFIED_POINTS})|"
                                             rf"{_QUALIFIED_POINTS}|{_ADDED_SOCIETY_POINTS}|(?:教育)?(?:積分|學分)(?:{_ADDED_AFTER})|{_ALREADY}|{_POINTS_OF}|{_OWN_POINTS}|{_SOCIETY_POINTS}|{_ADDED_POINTS}|{_BARE_POINTS}", units=("", "分"), gap=10, gap_after=12),
        Slot("birth_date", "date", terms=extend(_BIRTH, "tsir_renewal_check.birth_date", _APPLICATION), near=12, near_after=5,
             shift=(r"(?:turn(?:s|ing)?|will be|become|becoming|reach(?:es|ing)?)\s+(?:age\s+)?60(?:\s+years old)?\s+on"
                    # ("60th birthday is 2026-12-10", "my 60th b-day falls on …", "60 大壽在 …": the day of turning 60)
                    r"|\b60(?:th)?\s+(?:birthday|b-?day)\s*(?:is|was|will be|falls on|on|:|=)?"
                    r"|60\s*(?:歲|岁)?\s*(?:生日|大壽|大寿)(?:是|在|為|为|落在|:)?|滿\s*60\s*歲(?:的日子)?(?:是|在|為)",
                    r"(?:就|才|將|會)?(?:年滿|滿|屆滿)\s*60\s*歲", -60,
                    ("{date} 滿 60 歲，出生日視為 {moved}。", "Turning 60 on {date} is read as born on {moved}.")),
             # "我 62 歲，可以申請終身嗎" is answered by article 6 itself; without an age, ask for the dates.
             rule="tsir-instructor/6",
             # the birth year said alone ("我是 1966 年生的", "民國 55 年次", "born in 1966"): a birthday said without its year
             # ("生日 9 月 10 號") is in it
             # (… or with its month, "55年8月生的", "1966 年 8 月出生", "born in Aug 1966": the reply's day in that year, its month
             # the same — another month said in the reply is asked)
             year_of=r"(?<!\d)((?:19|20)\d\d|(?:民國\s*)?[3-9]\d)\s*年\s*(?:(?P<month>\d{1,2})\s*月(?:份)?\s*)?(?:次|(?:出)?生|的)|"
                     r"\bborn\s+in\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b",
             ask=("請問您的出生日期與預定申請日？", "What are your birth date and the planned application date?"),
             ask_when=(("lifetime", "!age", "!@slot:activities"),)),
        Slot("application_date", "date", terms=extend(_APPLICATION, "tsir_renewal_check.application_date", _BIRTH),
             near=12, near_after=5, today_when=(("@slot:birth_date", "now"),), ahead=True,
             # the age that matters is the age on the application date: asked, never taken to be today
             rule="tsir-instructor/6",
             ask=("預計哪一天送出申請？（年齡以申請日計算）", "On what date will you apply? (Age is taken on the application date.)"),
             ask_when=(("@slot:birth_date",),)),
    ),
    # an age said ("快60歲", "almost 60", "I turn 60 next year", "I'm 59 right now", "今年 59 歲"): the question's reason to ask — article 6's age is
    # the age on the application day, worked out from the dates, never the age said
    # (never the age of a birthday that dates the birth: "60歲生日是 2026-12-30", "I turn 60 on 2027-02-01" are the birth
    # date's, `shift`)
    framing=((rf"(?:{'|'.join(_NEARING_ZH)})?\s*\d+\s*(?:歲|岁)(?!\s*(?:的)?\s*(?:生日|大壽|大寿))|"
              # (the rule's age recalled in Chinese with no 歲: "聽說滿60就終身", "滿 60 就永久有效" — an age the rule names)
              r"(?:滿|满)\s*[5-7]\d(?!\s*(?:分|點|点|例|案|%|％|篇|次|場|场|小時|小时|年|月|[-/.]\s*\d|\d))(?=\s*(?:以後|以后|之後|之后|後|后)?\s*(?:就|便|即|可以|可|會|会|是|的話|的话))|\b(?:almost|nearly|about to (?:be|turn))\s+\d+\b|\b(?:turning|turns?|hit(?:s|ting)?|reach(?:es|ing)?|(?:will|'ll) (?:be|turn|hit|reach))\s+\d+\b(?!\s*(?:on|by|in)\b(?!\s+(?:then|that\s+time|the\s+time)\b))"
              r"|\b(?:I'?m|I am|she'?s|he'?s|aged?)\s+\d{2}\b(?:\s+years?\s+old)?|\b\d{2}\s+years?\s+old\b"
              # (the rule's age as the person recalls it, said in English: "heard at 60 it becomes lifetime", "once you're
              # 60 it's permanent", "after age 60", "when you hit 60" — an age the rule names, no age of theirs)
              r"|\b(?:at|after|from|once|when|by)\s+(?:(?:you|one|we|I|he|she|they)(?:'re|'s| are| is| turn| hit| reach| get to)?\s+)?"
              r"(?:(?:the\s+)?age\s+(?:of\s+)?)?[5-7]\d\b(?!\s*(?:points?|credits?|pts|cases?|%|分|例|[-/.]\d))"
              # (the rule named by its age: "the 60+ rule", "does the over-60 exemption cover him", "the 60-and-over clause", "the
              # 60 yr rule" — an age the rule names, no age of anyone's)
              r"|(?:\b(?:over|above)[- ]?)?\b[5-7]\d(?:\s*\+|\s*-?\s*(?:plus|and\s+(?:over|up|older|above)|or\s+(?:over|older|above))\b|\s*-?\s*(?:years?|yrs?|y/?o)\b)?"
              r"(?=\s*-?\s*(?:lifetime\s+)?(?:rule|exemption|clause|provision|article|waiver|route|option|thing)s?\b)",
              ("年齡以出生日期與申請日計算，不用約略的歲數。", "The age is worked out from the birth date and the application date, not an approximate age.")),),
    per_fact=0.0,
    bonus=((("renew",), 1.0), (("instructor_word",), 1.0), (("article_kind", "renew"), 1.5), (("@slot:cme_points",), 2.0), (("only_tsir", "!@slot:cme_points"), 2.0), (("zh_points", "!surgical"), 2.0),
           (("moderator",), 2.0), (("ir_subject",), 1.0),
           (("!@fact", "when"), -2.0)),
)



# "embo" as people shorten embolization: "embo", "embos", "embolisation", "emboli"
_EMBO = r"(?:embo(?:s|li[sz]ations?|li)?\b|栓塞)"
# Article 2's six domains: the domain's own names first, then technique names (Latin ones need word
# boundaries so PTA does not match inside PTCD).
# An organ alone is the stenting domain's only inside a sentence about stents: the sentence names a stent after it
# (a lookahead) or the organ follows a "stents" heading and other organs of the list (the heading's fixed shapes).
_ORGANS = (r"(?:biliary|bile duct|urinary|ureteral|ureteric|ureter|gastrointestinal|enteral|esophageal|oesophageal|colonic|colorectal|"
           r"duodenal|gastroduodenal|gastric outlet|GI|膽道|膽管|泌尿道|輸尿管|胃腸道|腸胃道|食道|大腸|結腸|十二指腸|胃出口)")
_NOT_OTHER = r"(?!\s*(?:drain\w*|biops\w*|emboli\w*|引流|切片|栓塞|穿刺|pta|angio\w*))"
# (Python's look-behind is fixed-width: "a stent word k characters before, same sentence" is one look-behind per k.)
_STENT_BEFORE = "|".join(rf"(?<={w}[^。；;.!?\n]{{{k}}})" for w in ("stent", "支架") for k in range(0, 61))
_ORGAN_ALONE = rf"(?<![A-Za-z]){_ORGANS}(?![A-Za-z]){_NOT_OTHER}"
_STENT_ORGAN = rf"(?:{_STENT_BEFORE}){_ORGAN_ALONE}|{_ORGAN_ALONE}(?=[^。；;.!?\n]{{0,80}}(?:stent|支架))"
DOMAIN_WORDS: dict[str, str] = {
    "localization_biopsy_drainage_pain":
        r"定位|切片|活檢|穿刺|引流|疼痛控制|經皮腎造[廔瘻]|經皮穿肝膽道引流|腎造[廔瘻]|\b(?:pcn|ptcd|ptbd)s?\b|"
        r"biops(?:y|ies)|drainage|locali[sz]ation|pain control|nephrostom|"
        # the drain itself counted, by what it drains or how it goes in ("abscess drains 30", "biliary drains", "pigtail
        # drains", "catheter drainages"), or drains in the plural in a list of counts
        r"(?:abscess|collection|fluid|biliary|pleural|chest|pigtail|catheter|percutaneous|empyema|ascites)\s+drain(?:s|ages?)?\b|\bdrains\b|"
        r"(?:nerve|plexus|pain|facet|celiac|coeliac|epidural)\s+blocks?\b|神經叢?(?:阻斷|阻滯|阻滞)|(?:神經|神经)?(?:阻斷|阻滯|阻滞)?止痛",
    "tumor_embolization":
        r"腫瘤(?:血管)?栓塞|化學栓塞|碘油|酒精栓塞|微球|放射性栓塞|釔-?90|肝癌栓塞|"
        r"載藥微球|藥物(?:塗層|釋放)?微球|\b(?:c{0,2}-?tace|tare|deb-?tace|dc-?beads?|debs?|b-?tace|sirt|hepaspheres?)s?\b|"
        # a radio-isotope's name carries its mass number ("Y-90 60"): the number is the name's, with the space after it
        r"\b(?:y|yttrium|i|ho|holmium)-?(?:90|131|166)(?!\d)(?:\s*(?:microspheres?|spheres?|微球))?\s*|"
        r"(?:drug[- ]eluting|drug[- ]loaded|loaded)\s+(?:micro)?(?:beads?|spheres?)|"
        r"tumou?r embolization|chemoemboli[sz]ation|radioemboli[sz]ation|bland emboli[sz]ation|lipiodol|"
        # "embo" as IR people shorten embolization ("tumour embo", "chemo-embo", "HCC embo", "bland embo")
        rf"(?:tumou?r|chemo|radio|bland|hcc|liver|hepatic|肝癌|腫瘤)[- ]?{_EMBO}|"
        # (… or the tumour said after it: "embolizations for HCC", "embos of liver tumours")
        rf"{_EMBO}\s+(?:for|of)\s+(?:the\s+)?(?:hccs?\b|hepatomas?\b|(?:liver\s+|hepatic\s+)?(?:tumou?rs?|cancers?|mets|metastas[ie]s)\b)",
    "non_tumor_embolization":
        r"非腫瘤(?:血管)?栓塞|出血栓塞|止血栓塞|攝護腺(?:腫大)?栓塞|前列腺(?:肥大)?栓塞|子宮肌瘤栓塞|疼痛血管栓塞|靜脈瘤|出血|"
        r"\b(?:pae|uae|ufe|brto|parto|gae)s?\b|non-?tumou?r embolization|bleeding|hemorrhage|haemorrhage|"
        r"genicular|(?:embolization|embolisation) for pain|varic\w*|"
        # the bleeding embolized said by the patient or the lesion ("misc bleeders 75", "GI bleeds", "embo for pain",
        # "embos for hemoptysis", "embolizations for GI bleeds", "embos for acute bleeding")
        rf"bleeders?\b|(?:gi|upper gi|lower gi|acute|active)\s+bleeds?\b|{_EMBO}\s+(?:for|of)\s+(?:(?:the\s+)?(?:gi|upper gi|lower gi|acute|active|massive|variceal|ulcer|postpartum|post-?partum|pelvic|traumatic)\s+)?"
        r"(?:pain|bleed\w*|h(?:a)?emorrhag\w*|h(?:a)?emoptysis|trauma)|"
        # the rule's "…等栓塞治療": every embolization for no tumour, by the site or the lesion ("trauma embo", "PSE", "AVM
        # embo", "aneurysm coiling", "endoleak", "pelvic congestion"), the abbreviations (BATO, PSE, PPH, BAE) and "embo" said short
        rf"non-?tumou?r[- ]?(?:{_EMBO}|tae)|(?:bleed(?:ing)?|hemorrhag\w*|haemorrhag\w*|trauma(?:tic)?|splenic|spleen|pelvic|hemoptysis|"
        rf"haemoptysis|epistaxis|knee|avm|aneurysm(?:al)?|pseudoaneurysm|endoleak|varicocele|ovarian vein|gonadal vein|pph|gi)[- ]?{_EMBO}|"
        r"\b(?:bato|pse|bae)s?\b|partial splen\w+|pelvic congestion|post-?partum h(?:a)?emorrhage|endoleaks?|(?:aneurysm|avm)s?\s+coil\w*|"
        rf"(?:止血|出血|咳血|外傷)\s*{_EMBO}|部分脾|脾(?:臟|動脈)?栓塞|動靜脈畸形|動脈瘤栓塞|(?:食道|胃)?靜脈曲張|外傷(?:性)?栓塞|咳血|產後大?出血|鼻出血栓塞|內漏",
    "vascular_intervention":
        # stents said with the vascular technique they go with ("peripheral angioplasty and stents 25", "PTA/stenting",
        # "氣球擴張及支架 30"): the vessel's stents, never a biliary or urinary one (first: the first alternative wins)
        r"(?:angioplast(?:y|ies)|venoplast(?:y|ies)|\bptas?\b)\s*(?:and|&|/|\+|with|plus)\s*stent(?:s|ing)?\b|(?:氣球擴張|血管成形)(?:術)?(?:和|及|與|跟|、|加)支架|"
        r"血管介入|氣球擴張|溶栓|血管支架|動脈支架|靜脈支架|洗腎通路|透析通路|洗腎導管|門靜脈[^，,。；;:：、\d]{0,8}分流|血管成形|"
        r"\b(?:pta|tips|cdt|evt|ptra|evar|tevar)s?\b|vascular intervention|angioplasty|venoplasty|thromboly|"
        # (the access written joined too: "dialysis-access PTAs", "AV-fistula", "haemodialysis-access")
        r"dialysis[\s-]+access|av[\s-]*fistula|"
        r"declot\w*|血栓清除|清除血栓|血管擴張|"
        r"(?:arterial|venous|peripheral|iliac|femoral|carotid|renal|vascular)\s+stent\w*|stent-?grafts?|"
        # the vessel named with its artery or vein ("iliac artery stents", "SFA/popliteal artery stenting", "subclavian vein stent")
        r"\b(?:arter(?:y|ies)|veins?)\s+stent\w*|"
        # the vessel named in Chinese with the stent put in it, the verb or an English "stent" between ("周邊動脈放stent 20",
        # "下肢動脈置放支架", "腎動脈裝支架", "周邊血管放支架"): rule 2.4(1) lists 各部位動脈…金屬支架置放 (aorta, limbs' peripheral
        # arteries, visceral arteries) — the vessel's stents; and the English stent said before its vessel ("stents in the
        # peripheral arteries", "stenting of the iliac artery")
        r"(?:周邊|末梢|下肢|上肢|四肢|腎|髂|股|頸|鎖骨下|內臟|腸系膜|主)?(?:動脈|靜脈|血管)\s*(?:放置|置放|放|裝|植入|打)?\s*(?:了|過)?\s*(?:支架|stent(?:s|ing)?\b)|"
        r"\bstent(?:s|ing)?\s+(?:in|of|for|into)\s+(?:the\s+)?(?:peripheral|iliac|femoral|popliteal|renal|carotid|subclavian|visceral|mesenteric|limb)\s+"
        r"(?:arter(?:y|ies)|veins?|vessels?)\b",
    "nonvascular_stenting":
        r"膽道(?:內)?支架|泌尿道(?:內)?支架|胃腸道(?:內)?支架|食道支架|腸道支架|十二指腸支架|輸尿管支架|非血管[^，,。；;:：、\d]{0,6}支架|"
        r"(?:biliary|urinary|ureteral|ureteric|gastrointestinal|enteral|esophageal|oesophageal|colonic|colorectal|duodenal|gastroduodenal|GI)"
        r"\s+stent\w*|non-?vascular stent\w*|double-?j(?:\s+stent\w*)?|雙\s*j|"
        # the stented organ named alone in a stenting list ("stents: biliary 70 + ureteral 25 + duodenal 10", "膽道 40、輸尿管
        # 30、十二指腸 20 的支架") where stents are named in the same sentence, before or after, never a drainage or biopsy
        rf"{_STENT_ORGAN}",
    "ablation":
        r"消融|燒灼|電燒|射頻|微波|冷凍|雷射|激光|酒精注射|醋酸注射|\b(?:rfa|mwa|ire|pei|pai|cryo(?:ablation)?|laser)s?\b|"
        r"ablation|radiofrequency|microwave",
}
# The guidance or approach said before a technique ("image-guided biopsies", "CT-guided drainages", "percutaneous
# RFAs", "超音波導引下切片") is part of its name: a number before it is the technique's count.
GUIDED = (r"(?:(?:(?:image|ct|us|ultrasound|sono(?:graphy)?|fluoro(?:scopy)?|cbct|mri?)[- ]?guided|percutaneous|transarterial|"
          r"endovascular)\s*(?:percutaneous\s+)?|(?:影像|超音波|電腦斷層|斷層|透視|CT|US)\s*(?:導引|引導)下?\s*(?:經皮)?)?")
# (a count typed right after a technique's Latin name, no space: "微波70、RFA90", "TACE120、TARE30" — the name ends where its
# letters do, the figure glued to it is its count; a name never starts inside another word or figure)
_GLUED_EDGE = r"(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?<=[A-Za-z])(?![A-Za-z])|(?<=[0-9])(?![A-Za-z0-9]))"
DOMAIN_WORDS = {d: f"{GUIDED}(?:{w})".replace(r"\b", _GLUED_EDGE) for d, w in DOMAIN_WORDS.items()}
# a tumour embolization's words never inside a non-tumour one's ("non-tumour embo", "非腫瘤栓塞")
DOMAIN_WORDS["tumor_embolization"] = rf"(?<!non-)(?<!non )(?<!non)(?<!非)(?:{DOMAIN_WORDS['tumor_embolization']})"
# … nor a vascular intervention's inside a non-vascular one's ("非血管介入：切片 150、引流 120", "non-vascular intervention")
DOMAIN_WORDS["vascular_intervention"] = rf"(?<!non-)(?<!non )(?<!non)(?<!非)(?:{DOMAIN_WORDS['vascular_intervention']})"
# … and each domain's lexicon words, less those another domain's words match
_DOMAIN_ORDER = ("non_tumor_embolization", "nonvascular_stenting", "localization_biopsy_drainage_pain",
                 "tumor_embolization", "vascular_intervention", "ablation")  # the domain asked about: first named wins
DOMAIN_ASKED = ranked(tuple((d, DOMAIN_WORDS[d]) for d in _DOMAIN_ORDER), "tsir_instructor_eligibility.domain=")
DOMAIN_WORDS = {d: extend(w, f"tsir_instructor_eligibility.domain={d}", *(o for e, o in DOMAIN_WORDS.items() if e != d))
                for d, w in DOMAIN_WORDS.items()}
# (指導醫師 and 帶教老師 are what people also call the instructor: "能拿定位切片引流那類的指導醫師嗎", "申请带教老师")
INSTRUCTOR = r"指導老師|指導醫師|帶教老師|instructor"
# A technique word two domains hold, said bare ("支架放了 120 例", "120 stents", "栓塞 300 例", "embolizations"): while the
# domain is asked, both domains' clauses are cited (bot/clarify.py consequence_rules) — a vascular stent is 2.4's, a
# biliary / urinary / GI one 2.5's; a tumour embolization 2.2's, any other 2.3's
SHARED_TECHNIQUES = (
    (r"(?<![血管動靜脈膽道泌尿胃腸食十二指輸尿非])支架|(?<!vascular )(?<!arterial )(?<!venous )(?<!biliary )(?<!urinary )(?<!ureteral )"
     r"(?<!enteral )(?<!duodenal )(?<!colonic )(?<!esophageal )(?<!gi )\bstent(?:s|ing)?\b",
     ("tsir-instructor/2.4", "tsir-instructor/2.5")),
    (r"(?<![腫瘤非血])栓塞(?!治療術)|(?<!tumor )(?<!tumour )(?<!chemo)(?<!radio)(?<!bland )\bemboli[sz]ations?\b",
     ("tsir-instructor/2.2", "tsir-instructor/2.3")),
)
# A talk or presentation said without which one ("presented at IR meetings a few times", "在介入會議發表過幾次"): a lecture
# and an oral / e-poster are both 5.3's, cited first while the count or the kind is asked
PRESENTED = r"\bpresent(?:ed|ing|ations?)\b|\bgave\s+(?:a\s+)?talks?\b|\bspoke\b|發表過|發表了|上台報告|上臺報告"
# (tool, words, the clauses cited first while a fact of that tool is asked: bot/clarify.py consequence_rules)
ASKED_CITES = (*(("tsir_instructor_eligibility", words, rule) for words, rules in SHARED_TECHNIQUES for rule in rules),
               ("tsir_renewal_check", PRESENTED, "tsir-instructor/5.3"))
# A part of the cases said to fall outside the rule's six years ("其中 20 例是 6 年前做的", "有 15 例超過六年", "不在近六年內",
# "30 of them more than six years ago", "older than 6 years", "before the six-year window"): taken off the domain's count
_OUTSIDE_SIX_YEARS = (r"6\s*年(?:以)?前|超過\s*6\s*年|6\s*年(?:以)?外|不在\s*(?:近|最近|過去)?\s*6\s*年(?:內|内|之內|裡)|"
                      r"(?:more\s+than|over|older\s+than)\s+(?:six|6)\s+(?:years|yrs)|(?:six|6)\s+(?:years|yrs)\s+(?:ago|back)|"
                      r"(?:outside|before)\s+(?:the\s+)?(?:six|6)[- ](?:year|yr)\s+(?:window|period)")
# The period the case counts were done in, said within the rule's six years right with them ("350 PTA cases in 6 yrs but
# only got my specialist cert 7 yrs ago", "150 embos over 5 years, though boarded 9 years", "PTA 350例(6年內)但專科拿9年",
# "PTA 350 例，6 年內，專科 9 年"): no length of the specialist's years — a specialist word after it (joined by "but") would
# otherwise take it. Only the bare shapes: "in the last 6 years" said plainly is already no figure of either (the
# ledger reads it as the rule's period), unless a contrast follows it and joins it to the specialist's words.
_SIX_OR_LESS = r"(?:[1-6](?:\.\d+)?)"
CASES_PERIOD = (rf"\b(?:in|over|within|across)\s+{_SIX_OR_LESS}\s*(?:years?|yrs?)\b(?!\s+(?:ago|back|as\b|of\s+(?:practice|being)|in\s+practice|since|post))"
                rf"|\b(?:in|over|within|during|across)\s+the\s+(?:last|past|previous|recent)\s+{_SIX_OR_LESS}\s*(?:years?|yrs?)\b"
                r"(?=\s*[,，]?\s*(?:but|though|although|yet|while|whereas)\b)"
                rf"|[(（]\s*(?:最近|近|過去|过去)?\s*{_SIX_OR_LESS}\s*年(?:內|内|之內|之内|間|间|裡|里)?\s*[)）]"
                rf"|(?<=[例台檯件案])\s*[，,]?\s*(?:都是|是|都)?\s*(?:最近|近|過去|过去)?\s*{_SIX_OR_LESS}\s*年(?:內|内|之內|之内)")
# Between a domain's words and the instructor word ("消融治療指導老師", "ablation instructor"): the same sentence, and no
# question word asking which domains ("biliary stents 110. Which instructor domains", "食道支架 110 例，可以申請哪些領域的
# 指導老師": the techniques listed are counts, every domain read is answered, none is the one asked about)
# — nor two domains asked together ("消融和腫瘤栓塞指導老師", "tumour embolization and ablation instructor": each one given is
# answered): no joiner between, none before
_ASKED_GAP = r"(?!which|what|哪些|哪個|哪一|哪幾|哪种|哪種|什麼|\band\b|\bor\b|和|及|跟|與|与|或)[^，,。；;.!?？！\n—–、/&]"
_NOT_JOINED = r"(?<!和)(?<!及)(?<!跟)(?<!與)(?<!与)(?<!或)(?<!、)(?<!/)(?<!&)(?<!& )(?<!and )(?<!or )(?<!and for )(?<!and the )"
# … or a domain asked about after another ("(2) 消融呢？", "那血管介入這塊呢", "what about ablation?")
_ASKED_NEXT = r"\s*(?:這塊|这块|這項|这项|的話|的话|方面|領域|领域)?\s*呢"
_WHAT_ABOUT = r"\b(?:what|how)\s+about\s+(?:the\s+)?"
# … or a domain whose sufficiency is asked right after it, no figure between ("血管介入那類夠不夠", "腫瘤栓塞可以申請嗎",
# "消融這項能不能申請"): a count said after the technique ("RFA 200 例夠嗎") is no domain asked, only counted
_ASKED_AFTER = (r"\s*(?:那類|那类|這類|这类|那塊|那块|這塊|这块|這項|这项|那項|那项|的部分|的話|的话|類|类|方面|領域|领域)?\s*(?:的)?\s*"
                r"(?:夠不夠|够不够|夠嗎|够吗|可以申請|可以申请|能申請|能申请|能不能申請|能不能申请|能否申請|可否申請|可不可以申請)")
# A domain's short name — the word that sets it apart from its neighbour, said alone for the certificate sought: right
# before the instructor word ("vascular instructor", "non-tumour IR instructor", "血管類指導老師", "非腫瘤的指導醫師"),
# asked next or after ("那非血管呢", "腫瘤那類夠不夠") or after "what about" with nothing more ("what about vascular?").
# Never with a technique after it ("tumour ablation instructor" is ablation's, "vascular stent" is read by its full
# words), never after another domain's word nor joined to another domain (two domains asked: each one's own words).
# Traditional only (the text is folded before it is read).
DOMAIN_SHORT = {
    "non_tumor_embolization": r"\bnon[- ]?tumou?r\b|非腫瘤",
    "nonvascular_stenting": r"\bnon[- ]?vascular\b|非血管",
    "tumor_embolization": r"(?<!non-)(?<!non )\btumou?r\b|(?<!非)腫瘤",
    "vascular_intervention": r"(?<!non-)(?<!non )\bvascular\b|(?<![非腫瘤])血管",
}
# (between the short name and the instructor word: what names a domain or a field, nothing else)
_SHORT_FILLER = (r"\s*(?:的)?\s*(?:類|組|領域|專長|方面|那類|那塊|這塊|\b(?:IR|interventional|domain|category|track|field|area|side)\b)?"
                 r"\s*(?:的)?\s*")
_SHORT_ENDS = r"(?=\s*(?:[?？.,，。!！;；]|$))"

# A domain asked by the technique word two domains share ("the stenting domain", "instructor for stenting", "支架那項", "支架類
# 指導老師", "栓塞那項夠嗎", "embolization instructor"): the domain whose own techniques the question names elsewhere — a talk's
# topic too ("4 invited talks on biliary stenting … the stenting domain": non-vascular stenting), said so; where it names
# another domain's techniques too, or none, the domain is read as before — asked, or one call per domain counted ("PCN 180…；
# 支架那項有膽道支架 70": both domains) (read last: a domain's own words win).
_SHARED_TAIL = r"(?:domain|category|track|field|area|one|side|part)"
_SHARED_STENT = r"(?<![血管動靜脈膽道泌尿胃腸食十二指輸尿非])支架|\bstent(?:s|ing)?\b"
_SHARED_EMBO = r"(?<![腫瘤非血])栓塞(?!治療術)|\bemboli[sz]ations?\b|\bembos?\b"


def _shared_asked(w: str) -> str:
    """The shared word `w` said as the domain asked about: before the instructor word or a word naming a domain, asked next or
    after; or after "instructor for / in (the)"."""
    return (rf"{_NOT_JOINED}(?:{w}){_SHORT_FILLER}(?:(?:{INSTRUCTOR})|{_ASKED_NEXT}|{_ASKED_AFTER}|那項|这项|這項|那类|那類|這類|"
            rf"(?<=\s)(?={_SHARED_TAIL}\b))|(?:{INSTRUCTOR})\s+(?:for|in|of)\s+(?:the\s+)?(?:{w})(?:\s+{_SHARED_TAIL}\b|{_SHORT_ENDS})|"
            rf"\bthe\s+(?:{w})\s+{_SHARED_TAIL}\b")


SHARED_DOMAINS = (
    (_SHARED_STENT, (("nonvascular_stenting", ("所問的支架領域讀為「非血管支架置放」：問題提到的支架是膽道、泌尿道或腸胃道等非血管支架。若不是，請告訴我。",
                                              "The stenting domain asked is read as non-vascular stenting: the stents named are biliary, "
                                              "urinary or GI ones. Tell me if that is not what you meant.")),
                     ("vascular_intervention", ("所問的支架領域讀為「血管介入治療」：問題提到的支架是血管（動脈／靜脈）支架。若不是，請告訴我。",
                                                "The stenting domain asked is read as vascular intervention: the stents named are "
                                                "vascular (arterial / venous) ones. Tell me if that is not what you meant.")))),
    (_SHARED_EMBO, (("tumor_embolization", ("所問的栓塞領域讀為「腫瘤血管栓塞」：問題提到的是腫瘤栓塞（如 TACE、TARE）。若不是，請告訴我。",
                                           "The embolization domain asked is read as tumour embolization: the embolizations named are "
                                           "tumour ones (e.g. TACE, TARE). Tell me if that is not what you meant.")),
                    ("non_tumor_embolization", ("所問的栓塞領域讀為「非腫瘤血管栓塞」：問題提到的是非腫瘤栓塞（如出血、UAE、PAE）。若不是，請告訴我。",
                                               "The embolization domain asked is read as non-tumour embolization: the embolizations "
                                               "named are non-tumour ones (e.g. bleeding, UAE, PAE). Tell me if that is not what you meant.")))),
)

# another author position than first or corresponding: 二作, 第三作者, 我排第三, 2nd author, co-author, middle author
_OTHER_AUTHOR = OTHER_POSITION
# Years as a specialist, stated any way: the specialist word with the filler people put before the figure ("專醫第 10 年",
# "專科已經滿 9 年", "specialist for exactly 8 years", "board-certified for about 12 yrs"), or the date the certificate
# came with the length worked out after it ("board-certified since 2014 (so 12 yrs)", "專科證書 106 年 11 月拿的，到現在
# 剛好滿九年"): the date inside the words is no figure of its own. A figure after the words ("5 yrs post-boards", "9 年
# 專科") is read by the slot's `gap_after`. "放專" is the everyday short form of 放射專科 ("放專 9 年", "9 年放專").
# Traditional only: the text is folded before it is read.
# The English credential said after the specialist word ("board cert for 11 years", "specialist license for 9 yrs",
# "radiology board certificate 10 years"): the credential held, its years the specialist's.
# "專師" said with the speaker's own years in an instructor question ("我專師 9 年", "專師第 10 年"): the everyday short form
# people use here for 專科醫師 — elsewhere it names the nurse practitioner (專科護理師), so it is read as the specialist's
# years only right before a figure, and said so (`Slot.read_as`)
SHORT_SPECIALIST = r"專師(?=\s*(?:已經|已|了|有|約|大約|快|將近|近|滿|剛好|第)*\s*\d)"
_CREDENTIAL = r"(?:\s+(?:cert(?:ificate|ification)?s?|licen[cs]es?|qualifications?|credentials?)\b)?"
_SPEC = (rf"(?:(?:放射(?:線|科)?(?:科)?)?(?:專科|專醫)|放專|{SHORT_SPECIALIST})(?:醫師)?(?:證書|資格|執照)?(?:年資)?|(?:(?:radiology\s+)?specialist|radiologist)" + _CREDENTIAL +
         # (the field the board certified in said after it: "board certified in radiology 12 yrs ago", "boarded in IR")
         r"|(?:board[- ]certified|board[- ]certification|\bboarded\b)(?:\s+(?:in|as\s+an?)\s+(?:diagnostic\s+|interventional\s+)?"
         r"(?:radiology|radiologist|IR)\b)?"
         # (… or the profession said right after it, short or long: "board-certified rads for 8 years", "boarded
         # radiologist 10 yrs", "board certified IR doc for 9 yrs")
         r"(?:\s+(?:diagnostic\s+|interventional\s+)?(?:rads?|radiologists?|radiology|IR)\b(?:\s+(?:doc|doctor|physician)s?\b)?)?"
         r"|\bboards?\b" + _CREDENTIAL + r"|post-?boards?|\bVS\b|主治(?:醫師)?(?:年資)?"
         # (an attending, the English word for 主治 / VS, said as the person's standing — never attending something: "15 yrs
         # attending", "as an attending for 9 years", "attending radiologist 12 yrs", "attending since 2012"; a consultant too)
         r"|(?<=\byrs )attending\b|(?<=\byears )attending\b|(?<=\byr )attending\b|\bas\s+(?:an?\s+)?attending\b"
         r"|\battending\s+(?:physician|radiologist|doctor|doc|staff|rad)s?\b|\battending\b(?=\s+(?:for|since)\b)"
         r"|\bconsultant(?:\s+radiologist)?s?\b"
         # ("DR", the diagnostic radiologist said short, capitals only — never "Dr." the title nor DR the digital
         # radiograph: only as what the person is or has been for a time, "15 yrs as DR", "as a DR for 10 years", "DR since 2012")
         r"|\bas\s+(?:an?\s+)?(?-i:DR)\b|\b(?-i:DR)\b(?=\s+(?:for|since)\b)")
# (… and the quotes round a term typed in pinyin, the field after it: "a 'zhuan-ke' for 6 yrs", "a "zhuanke" in radiology
# for 7 years")
_SPEC_FILL = (r"(?:\s*(?:已經|已|了|有|共|約|大約|快|將近|近|滿|剛好|正好|恰好|剛滿|第|至今|迄今|['\"‘’“”「」]|\bin\s+(?:diagnostic\s+|interventional\s+)?(?:radiology|IR)\b"
              r"|\bfor\b|\bof\b|\bexactly\b|\babout\b|\bheld\b"
              r"|\baround\b|\bnearly\b|\balmost\b|\bover\b|\bjust\b|\broughly\b|\bapproximately\b|\bmore than\b|\bthe (?:past|last)\b|\bnow\b))*")
_SPEC_SINCE = (rf"(?:{_SPEC})[^。；;!?\n]{{0,24}}?(?:(?:(?:\bsince|\bin|\bfrom)\s+)?(?<!\d)(?:19|20)\d{{2}}\b"
               # a Republic year (80–149) with the month or the word for getting it: never a count of years ("專科 10 年")
               r"|(?:民國\s*)?(?:[89]\d|1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?[^。；;!?\n\d]{0,8}?(?:拿|取得|考上|考到|考過|領到|發證|核發|拿到)的?"
               r"|(?:民國\s*)?(?:[89]\d|1[0-4]\d)\s*年\s*\d{1,2}\s*月(?:[^。；;!?\n\d]{0,8}?(?:拿|取得|考上|考到|考過|領到|發證|核發|拿到)的?)?)"
               # (… and the date it is reckoned to after it: "board in June 2019, applying Dec 2026 (so 7.5 yrs)", "106 年拿的，
               # 到 115 年底申請，也就是 9 年")
               r"(?:[^。；;!?\n\d]{0,24}?(?:(?<!\d)(?:19|20)\d{2}\b|(?:民國\s*)?(?:[89]\d|1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月|底|初|中)?))?"
               # (… the length said as a round-off of the date: "since mid-2017, call it 9.5 yrs", "in 2016, making it 10 years")
               r"[^。；;!?\n\d]{0,6}?(?:\s*[，,(（—–-]\s*|\s+)(?:so|i\.?e\.?|that'?s|which (?:is|makes)|=|→|->|到現在|到今天|到今年|至今|迄今|算起來|也就是"
               r"|call (?:it|that)|(?:so\s+)?making (?:it|that)|that makes|which gives|which comes to|(?:so\s+)?roughly|(?:so\s+)?about)"
               + _SPEC_FILL)
SPECIALIST_YEARS = rf"{_SPEC_SINCE}|(?:{_SPEC}){_SPEC_FILL}"
# The year the specialist's years began, said with no length ("specialist since 2006", "board certified in 2010", "got my
# boards in 2012", "2012 年拿到專科", "專科證書 2015 年拿的"): the years are this year minus it (`Slot.since`)
# (the year ending its clause in English: "a radiologist in 2020 I did 50 TACE" names when the cases were, no start)
_YEAR_ENDS = r"(?=\s*(?:[,.;:)）!?，。；]|$|\band\b|\bso\b|\bwith\b|[-–—]))"
# (the month named before the year: "got my boards in June 2019" — the year is still what the years are reckoned from)
_MONTH_OF = (r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
             r"nov(?:ember)?|dec(?:ember)?)\.?,?\s+)?")
_ROC_YEAR = r"(?:民國\s*)?(?<!\d)(?:[89]\d|1[0-4]\d)"
SPECIALIST_SINCE = (rf"(?:{_SPEC})[^.;!?\n\d]{{0,16}}?\b(?:since|in|from|as of)\s+{_MONTH_OF}(?:19|20)\d{{2}}\b{_YEAR_ENDS}"
                    r"|\b(?:boarded|board[- ]certified|got (?:my|the|our) (?:radiology )?boards?|passed (?:my|the) (?:radiology )?boards?|"
                    rf"became (?:a |an )?(?:radiology )?(?:specialist|radiologist))\s+(?:(?:in|since)\s+)?{_MONTH_OF}(?:19|20)\d{{2}}\b{_YEAR_ENDS}"
                    # (… a Republic year too, "民國105年拿到放射專科", "專科是105年3月拿的": `read._ROC_YEAR_IN`)
                    rf"|(?:(?<!\d)(?:19|20)\d{{2}}|{_ROC_YEAR})\s*年\s*(?:\d{{1,2}}\s*月\s*)?(?:就|才)?(?:拿到|取得|考上|考到|考過|領到)(?:了)?\s*"
                    r"(?:放射(?:線|科)?(?:科)?)?(?:專科|專醫)"
                    rf"|(?:放射(?:線|科)?(?:科)?)?(?:專科|專醫)(?:醫師)?(?:證書|資格|執照)?\s*(?:是|在)?\s*(?:(?:19|20)\d{{2}}|{_ROC_YEAR})\s*年\s*(?:\d{{1,2}}\s*月\s*)?"
                    r"(?:拿|取得|考上|考到|考過|領到|拿到)")
# Years said as the time spent doing the work ("做了 15 年", "做介入 12 年", "從事介入 10 年", "been doing IR for 15 years",
# "15 years doing IR"): rule 1(1) counts the specialist's years of actually working in the field — read as them, said so
# (`Slot.read_as`). Never the years of one technique ("消融做了 6 年": a word right before the verb is no practice said); the
# verb bare ("…，做了 6 年") only beyond the rule's six-year window: six years or fewer may be the period the counts span —
# left unread, so it is asked.
DOING_YEARS = (r"(?:(?<=[，,。；;：:\s])|^|(?<=我)|(?<=已經)|(?<=已))(?:做|從事|幹)"
               r"(?:(?:介入(?:治療|放射)?|這行|這塊|IR|放射)\s*(?:已經|也|都)?\s*(?:了|過)?"
               r"|\s*(?:已經|也|都)?\s*(?:了|過)?(?=\s*(?:[7-9]|[1-9]\d)\s*年))"
               r"|\b(?:been\s+)?(?:doing|practi[cs]ing|working\s+in)\s+(?:IR|interventional(?:\s+radiology)?|intervention)(?:\s+work)?(?:\s+for)?\b")
# Years said as time in practice ("15 yrs in practice", "12 years of clinical practice", "practising for 10 years", "執業 12 年",
# "行醫 15 年"): the specialist's years as rule 1(1) counts them only if the practice began with the board certificate —
# read as them, and said so (`Slot.read_as`).
PRACTICE_YEARS = (r"\b(?:in|of)\s+(?:active\s+|clinical\s+|independent\s+|radiology\s+)?practi[cs]e\b"
                  r"|\bpracti[cs]ing\s+(?:radiology\s+|medicine\s+)?(?=for\b)"
                  r"|(?:執業|行醫)(?:年資)?(?=\s*(?:已經|已|了|有|約|大約|快|將近|滿|剛好)*\s*\d)")
# Years said as the time since the residency or fellowship ended ("3.5 years out of radiology residency", "five years
# post-residency", "finished my residency 6 years ago", "住院醫師畢業 4 年", "fellowship 結束後 5 年", "規培結束已經 4 年"): the
# board certificate comes when the residency ends, so rule 1(1)'s years as a specialist are read from them — said so
# (`Slot.read_as`), for a certificate taken later changes the count.
SINCE_RESIDENCY = (r"\b(?:out\s+of|after|since|post|past)\s+(?:(?:my|the|finishing|completing)\s+)?(?:(?:radiology|IR|interventional|diagnostic)\s+)?"
                   r"(?:residency|fellowship)\b|\bpost-?\s*(?:residency|fellowship)\b|"
                   r"\b(?:finished|completed|graduated\s+from|done\s+with|left)\s+(?:my\s+|the\s+)?(?:(?:radiology|IR|interventional|diagnostic)\s+)?"
                   r"(?:residency|fellowship)\b|"
                   r"(?:住院醫師|住院|fellowship|研修醫師|研修|專科訓練|規培|住培|專培)\s*(?:訓練)?\s*(?:畢業|結束|完訓|結訓|完成|出來)\s*"
                   r"(?:後|之後|以後)?\s*(?:已經|已|滿|有|了)*")
# A lecture or moderation named with the sessions it was for, the count after them ("moderated vascular sessions 3 times",
# "invited as moderator for IR symposia twice", "chaired the embolization panel 4 times"): the words run to the sessions'
# noun, so the count right after it is theirs (a count before the role word, "chaired 3 sessions", is read as before).
LECTURE_SESSIONS = (r"\b(?:moderat\w*|chair(?:ed|ing|man|person)?|lectur\w*|(?:invited|asked)\s+(?:as|to be)\s+(?:a\s+|the\s+)?"
                    r"(?:moderator|chair|lecturer|speaker))(?:\s+[A-Za-z][A-Za-z/-]*){0,5}?"
                    r"\s+(?:sessions?|symposi(?:um|a|ums)|panels?|workshops?|courses?)\b")
# A lecture named with its topic and the meetings it was given at, the count of meetings after them ("lectured on vascular
# intervention at 3 IR meetings", "invited faculty on embolization at 4 congresses", "spoke about TACE at two national
# meetings"): the words run to the "at" before the count, so the count is the lectures' (one talk a meeting).
LECTURES_AT_MEETINGS = (r"\b(?:lectur\w*|spoke|speaker|(?:invited\s+)?faculty|moderat\w*|chair(?:ed|ing)?|gave\s+(?:a\s+)?talks?|"
                        r"invited\s+talks?)\b[^.;!?\n\d]{0,60}?\b(?:at|in|across)"
                        r"(?=\s+\d+\s+(?:[A-Za-z-]+\s+){0,2}?(?:meetings?|congress(?:es)?|conferences?|symposi\w*|annual meetings?)\b)"
                        # (… or the meetings named first, the times after them: "invited to lecture on non-tumor embolization
                        # at IR meetings 3 times", "spoke on TACE at national congresses twice")
                        r"|\b(?:lectur\w*|spoke|speak(?:ing)?|speaker|(?:invited\s+)?faculty|moderat\w*|chair(?:ed|ing)?|gave\s+(?:a\s+)?talks?|"
                        r"invited\s+talks?)\b[^.;!?\n\d]{0,60}?\b(?:meetings?|mtgs?|congress(?:es)?|conferences?|symposi(?:um|a|ums))"
                        r"(?=\s+\d+\s*(?:times?|次)\b)")
# A role served, the count said between its verb and the role's noun ("當過 3 次 TACE session 的座長", "擔任過三次消融專場的
# 主持人", "当过2次…的讲者"): the verb is the count's label — the noun after the session's words is too far for it.
ROLE_SERVED = (r"(?:當|当|擔任|担任|做|作)(?:過|过|了)(?=\s*\d+\s*(?:次|場|场)[^，,。；;？?！!\d]{0,24}?"
               r"(?:座長|座长|講者|讲者|講師|讲师|主講|主讲|主持人|演講者|演讲者))")
SCI_PAPERS = r"(?:篇\s*)?(?:sci|papers?|articles?)"
# A lecture or SCI path (article 1(2)) waives the case count and the specialist years.
WAIVED = ((f"@ge:lectures_in_domain:{LECTURES_REQUIRED}",), (f"@ge:sci_first_or_corresponding:{SCI_REQUIRED}",))

ELIGIBILITY = Vocabulary(
    tool="tsir_instructor_eligibility",
    model=TsirEligibilityInput,
    terms={
        "instructor": r"指導老師|導師|指導醫師|帶教老師|instructor|teacher|mentor",
        "atls": ATLS,
        # (… or the certificate's running out asked: "證書什麼時候會到期", "when does my instructor cert expire" — the window's)
        "renew_or_life": RENEW_CUES + r"|終身|lifetime|到期|過期|期滿|屆滿|\bexpir(?:e|es|y|ing|ation)\b",
        "apply": r"申請|apply|qualif|eligib|還差|差幾|夠|送件|過嗎|short|enough",
        "eligibility": r"申請|資格|可以當|能不能當|可否|符合|夠不夠|eligib|qualif|apply|become",
        "technique": "|".join(DOMAIN_WORDS.values()),
        # each domain's own techniques (a shared word asked as the domain, `SHARED_DOMAINS`, is the one whose techniques are named)
        **{f"tech_{d}": w for d, w in DOMAIN_WORDS.items()},
        "cert_admin": CERT_ADMIN,
    },
    # "消融：微波 90、RFA 70，專科 9 年，還差幾例？": techniques with counts and the person's specialist years, or a
    # question about the shortfall, ask the same thing without the word 指導老師.
    # (… or lectures in a domain and whether one may apply: "TARE 講過 3 次，腫瘤栓塞可以申請嗎" — article 1(2)'s path)
    trigger=(("instructor", "!renew_or_life"), ("@slot:cases_last_6_years", "apply", "!renew_or_life"),
             ("@slot:cases_last_6_years", "@slot:years_as_specialist", "!renew_or_life"),
             ("@slot:lectures_in_domain", "technique", "apply", "!renew_or_life"),
             # (a domain's line asked with no count of one's own, "專科 8 年，做了幾台 UAE，非腫瘤栓塞夠 100 例了嗎": the count
             # is asked for, never the line taken as it — bot/reader/mentions.py `asked_line`)
             ("@target", "technique", "@slot:years_as_specialist", "!renew_or_life"),
             ("@target", "technique", "apply", "@personal", "!renew_or_life")),
    # (… nor the certificate's fee or replacement asked with no case of one's own given: article 8's rules)
    block=(("atls",), ("cert_admin", "!@slot:cases_last_6_years", "!@slot:lectures_in_domain", "!@slot:sci_first_or_corresponding",
                       "!@slot:years_as_specialist")),
    slots=(
        # The domain the user asks about ("消融治療指導老師") wins; techniques of other domains are then ignored.
        Slot("domain", "enum", counts=False, choices=tuple(
            Choice(d, rf"{_NOT_JOINED}(?:{w})(?:(?:{_ASKED_GAP}){{0,24}}?(?:{INSTRUCTOR})|{_ASKED_NEXT}|{_ASKED_AFTER})|{_WHAT_ABOUT}(?:{w})")
            for d, w in DOMAIN_ASKED) + tuple(
            Choice(d, latin_bounds(rf"{_NOT_JOINED}(?:{w}){_SHORT_FILLER}(?:(?:{INSTRUCTOR})|{_ASKED_NEXT}|{_ASKED_AFTER})|"
                                   rf"{_WHAT_ABOUT}(?:{w}){_SHORT_FILLER}{_SHORT_ENDS}"))
            for d, w in DOMAIN_SHORT.items()) + tuple(
            Choice(d, latin_bounds(_shared_asked(w)), when=((f"tech_{d}", *(f"!tech_{x}" for x in DOMAIN_WORDS if x != d)),), note=note)
            for w, sides in SHARED_DOMAINS for d, note in sides),
             ask=("想申請哪一個專長領域的指導老師（例如：消融、腫瘤栓塞、血管介入）？",
                  "Which domain do you want to be an instructor in (e.g. ablation, tumour embolization, vascular intervention)?")),
        # Case counts by technique, added up per domain (RFA + MWA both count for ablation); one call per domain.
        Slot("cases_last_6_years", "map", units=("例", "台", "檯", "件", ""), gap=30, gap_after=12, sum=True, split="domain",
             rule=tuple((d, r.rule) for d, r in DOMAINS.items()),
             # (… or the technique two domains share said as the count's noun, "150 embolizations", "120 stents": a count of
             # the domain asked, as "栓塞 150 例" is)
             # (… or a bare figure said with the period article 2 counts, "…, 400 in the last six years": the cases of that period)
             orphan=r"例|個案|cases?|procedures?|emboli[sz]ations?\b|embos\b|stents\b|"
                    r"(?:in|over|within|during)\s+(?:the\s+)?(?:last|past|previous|recent)\s+\d\s*(?:years?|yrs?)\b",
             outside=(_OUTSIDE_SIX_YEARS, ("其中 {part} 例不在最近 6 年內，不計入：{key} {whole} − {part} = {value} 例。",
                                          "{part} of them fall outside the last six years and do not count: {key} {whole} − {part} = {value}.")),
             choices=tuple(Choice(d, w) for d, w in DOMAIN_WORDS.items()),
             fill=(WAIVED, 0, ("未提供個案數；第一條第二款的條件免附個案數證明，以 0 例代入。",
                               "Case count not given; article 1(2) waives the case count, so 0 was used.")),
             ask=("最近 6 年內「{key}」領域做了幾例？", "How many {key} cases have you done in the last 6 years?")),
        # (a rough figure, "十多年", "快 10 年", is read where the verdict is the same across it: article 1's 8 years)
        Slot("years_as_specialist", "number", units=("年",), gap=8, gap_after=20, rule=YEARS_RULE, breaks=(YEARS_AS_SPECIALIST,),
             since=SPECIALIST_SINCE,
             terms=extend(extend(f"{SPECIALIST_YEARS}|{DOING_YEARS}|{SINCE_RESIDENCY}|{PRACTICE_YEARS}", "tsir_instructor_eligibility.years_as_specialist"),
                          "general.years_of_practice"),
             read_as=((SHORT_SPECIALIST, ("「專師」讀為放射線專科醫師（不是專科護理師），其年數讀為取得專科醫師證書後的年資（第一條第一款）；若不是，請告訴我。",
                                          "“專師” is read as a radiology specialist (not a nurse practitioner), its years as your years "
                                          "since the specialist certificate (art. 1(1)); tell me if that is not what you meant.")),
                      (DOING_YEARS, ("做這項工作的年數讀為專科醫師實際從事相關領域的年資（第一條第一款）；所列個案數以最近 6 年內的計。",
                                     "The years of doing the work are read as your years as a specialist actually working in the "
                                     "field (art. 1(1)); the case counts given are taken as the last 6 years'.")),
                      (PRACTICE_YEARS, ("執業（行醫）年數讀為取得放射線專科醫師證書後的年資（第一條第一款）；若執業年數含住院醫師訓練，"
                                        "請告訴我取得專科證書幾年了。",
                                        "The years in practice are read as your years since the radiology specialist certificate "
                                        "(art. 1(1)); if they include your residency, tell me how many years you have held the certificate.")),
                      (SINCE_RESIDENCY, ("住院醫師（或 fellowship）訓練結束後的年數讀為取得放射線專科醫師證書後的年資（第一條第一款）；"
                                         "若專科證書是之後才取得，請告訴我取得幾年了。",
                                         "The years since your residency (or fellowship) ended are read as your years since the radiology "
                                         "specialist certificate (art. 1(1)); if you got the certificate later, tell me how many years ago."))),
             fill=(WAIVED, 0, ("未提供專科年資；因符合第一條第二款的演講或 SCI 條件，不影響結果，以 0 年代入。",
                               "Years as specialist not given; they do not matter on the lecture/SCI path of article 1(2), so 0 was used.")),
             ask=("您取得放射線專科醫師證書幾年了？", "How many years have you been a radiology specialist?")),
        # Rule 1(二) counts lectures in the domain applied for.
        Slot("lectures_in_domain", "number", units=("次", "場", ""), gap=28, gap_after=8, adds=True, rule=LECTURES_RULE,
             # (an invited talk said with the verb: "被邀請講 PAE 已經講了 3 次", "受邀去講過", "邀我講了兩次")
             terms=extend(LECTURES_AT_MEETINGS + "|" + LECTURE_SESSIONS + "|" + ROLE_SERVED + "|" + CHAIR_ROLE + r"|演講|講師|講者|主講|講過|(?:被|受)?邀(?:請)?(?:我)?(?:去)?講|講了|lectur\w*|moderat\w*|invited talk|speaker|spoke|talks?|chair(?:ed)?\b"
                          # (… or as a meeting's faculty or keynote: "faculty at 3 TACE workshops", "keynote twice")
                          r"|\b(?:invited\s+)?faculty\b(?!\s+(?:development|of|meeting)\b)|\bkeynotes?\b"
                          # (the topic said between the count and the word: "3 ablation lectures", "one invited TACE talk")
                          r"|\b(?:invited\s+)?(?:[A-Za-z][\w/-]*\s+)(?=(?:lectures?|talks?)\b)",
                          "tsir_instructor_eligibility.lectures_in_domain"),
             same_key=("cases_last_6_years", "domain", (
                 "演講／座長 {value} 次不是在申請的領域，不計入第一條第二款的演講條件。",
                 "The {value} lectures were not in the domain applied for, so rule 1(2)'s lecture path does not count them."))),
        # Only papers said to be first / corresponding author count (1(2)(2)): "3 SCI papers" alone is asked about.
        Slot("sci_first_or_corresponding", "number", units=("篇", ""), gap=12, gap_after=22, adds=True, rule=SCI_RULE,
             # No lexicon words: its phrases without a role word ("SCI papers", "publications") name papers of any
             # authorship, whose first / corresponding share is asked (`unread`), never assumed.
             terms=r"(?<!非)第一作者|(?<![非二三四])一作|\b(?:first|1st)[- ](?:listed[- ])?" + AUTHOR_WORD + "|(?:" + CORRESPONDING_AUTHOR + r")(?:\s+authors?)?",
             unread=SCI_PAPERS,
             # ("SCI 有兩篇，不過其中一篇我是二作": the other one's authorship unsaid — below the path's 2 however it is read)
             rest_below=(r"\bSCI\b|papers?|articles?|論文|文章|原著", SCI_REQUIRED, (
                 "SCI 文章 {whole} 篇中 {part} 篇是其他作者，不計入；其餘 {rest} 篇的作者序沒有說明，以最多 {rest} 篇第一／通訊作者計"
                 "——不論是否，都未達第一條第二款(2)的篇數。",
                 "Of the {whole} SCI papers, {part} are as another author and do not count; the authorship of the other {rest} is "
                 "not said, so at most {rest} count as first / corresponding — either way short of rule 1(2)(2)'s number.")),
             unread_ask=(
                 "您說的 {given} 篇 SCI 文章中，有幾篇是第一作者或通訊作者？",
                 "Of the {given} SCI papers, how many were you first or corresponding author on?"),
             # (rule 1(二) is of the domain applied for, as the lectures are: papers said to be on another domain's
             # techniques — "3 篇 SCI，內容都是 UAE 跟 PAE" — do not count for it)
             same_key=("cases_last_6_years", "domain", (
                 "SCI 文章 {value} 篇的主題不是申請的領域，不計入第一條第二款的 SCI 條件。",
                 "The {value} SCI papers are not on the domain applied for, so rule 1(2)'s SCI path does not count them."))),
    ),
    per_fact=0.0,
    bonus=((("eligibility",), 1.0), (("technique",), 1.0)),
    # Papers said of another author position ("一篇是二作", "2nd author 兩篇", "我排第三") are no first / corresponding
    # papers: their count is set aside, never added to the first / corresponding ones.
    framing=((_SPEC_SINCE, ("取得專科證書的年月只是說明，專科年資以所寫的年數計。",
                            "The date the specialist certificate came is context; the years stated are used.")),
             (CASES_PERIOD, ("與個案數一起說的年數是這些個案的期間（第二條計算申請日起最近 6 年內的個案），不是專科年資。",
                             "The years said with the case count are the period the cases were done in (article 2 counts the "
                             "last 6 years), not your years as a specialist.")),
             (rf"(?<![\d.])\d+\s*篇\s*(?:我)?\s*(?:是|為|当|當|掛|挂)?\s*(?:我)?(?:排)?\s*(?:{_OTHER_AUTHOR})|"
              rf"(?:{_OTHER_AUTHOR})\s*(?:的|有|共)?\s*\d+\s*篇|(?<![\d.])\d+\s+(?:\w+\s+){{0,2}}?(?:papers?|articles?)\s+(?:as\s+)?(?:a\s+|the\s+)?(?:{_OTHER_AUTHOR})|"
              rf"(?:{_OTHER_AUTHOR})\s+(?:on\s+|for\s+)?\d+\b|(?<![\d.])\d+\s+as\s+(?:a\s+|the\s+)?(?:{_OTHER_AUTHOR})",
              ("其他作者（非第一作者或通訊作者）的論文不計入第一條第二款的 SCI 條件。",
               "Papers as another author (not first or corresponding) do not count for the SCI path of rule 1(2).")),),
)

# Years as a specialist said in a renewal or lifetime question ("board certified 28 years, born 1963-04-02 … lifetime?", "專科 30
# 年了，1962年5月1日生…可以申請終身嗎"): no input of the renewal check — articles 5–6 turn on points and age — set aside with
# its reason, never asked what it means (the specialist words are the eligibility's, defined after the renewal's vocabulary)
RENEWAL = replace(RENEWAL, framing=(*RENEWAL.framing, (
    # (only with the lifetime or the renewal asked after it: "…TARE 200 例，專科 7 年，能申請指導老師嗎" asks eligibility, whose
    # years these are — left for the question back, never set aside as the renewal's)
    rf"(?=[\s\S]*?(?:終身|lifetime|{RENEW_CUES}))"
    rf"(?:(?:{SPECIALIST_YEARS})\s*(?<![\d.])\d+(?:\.\d+)?\s*(?:年|years?|yrs?)|(?<![\d.])\d+(?:\.\d+)?\s*(?:年|years?|yrs?)\s*(?:as\s+an?\s+)?(?:{_SPEC}))",
    ("專科醫師年資不影響換證或終身資格（第五、六條看積分與年齡），未列入計算。",
     "Years as a specialist do not bear on renewal or the lifetime certificate (articles 5–6 turn on points and age); not used."))))

VOCABULARY = [RENEWAL, ELIGIBILITY]
