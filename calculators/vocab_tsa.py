"""Vocabulary of 台灣外科醫學會繼續教育積分認定辦法 (tsa-cme): how questions name each tool's inputs, read by the
generic reader (bot/reader). Credits, caps and ranges are the calculators'."""

from __future__ import annotations

from calculators.tsa_cme import MISSION_RULE, TsaCreditTallyInput, TsaRenewalCheckInput
from calculators.lexicon import extend, ranked
from calculators.vocab import (ABROAD_PLACES, HOME_PLACES, ATTENDANCE_COUNT, CASE_COUNT_WORDS, CORRESPONDING_AUTHOR, ZH_POINTS, FIRST_AUTHOR, IR_NAMED_MEETINGS, LATER_AUTHOR, MEETING_ABROAD_VERB, NAMED_OVERSEAS_MEETINGS, NOT_ATTENDED_BEFORE,
                               NOT_ATTENDED_AFTER, NOT_FIRST_AUTHOR, NAMED_SHARED_AUTHOR, NEITHER_FIRST_NOR_CORRESPONDING, CO_AUTHOR, NOT_SCI, OPEN_COUNT, OVERSEAS_MEETING, SECOND_AUTHOR, SHARED_AUTHOR, OTHER_PERSON, OTHER_PERSON_AFTER, OTHER_PERSON_BEFORE, Choice, OthersDoing, Slot,
                               Vocabulary, latin_bounds)

# "2 years with the medical mission in Burkina Faso": the words linking the length to the mission name it too
# (a possessive among the words: "with the government's medical mission", "on MOFA's mission team")
MISSION_LINK = (r"\b(?:with|on|in|for)\s+(?:(?:the|a|an|our|my)\s+)?(?:[\w'’-]+\s+){0,3}?(?:medical\s+)?missions?\b"
                # ("10 months with the medical team abroad": the team said to be abroad after its name)
                r"|\b(?:with|on|in|for)\s+(?:(?:the|a|an|our|my)\s+)?medical\s+(?:service\s+|aid\s+|relief\s+)?teams?\s+(?:abroad|overseas)\b")
# ("on a medical mission, deployed 7 months": the posting verb after the mission's name, the length after it)
_POSTED_EN = r"[^.;?!\d]{0,30}?\b(?:posted|deployed|stationed|served|spent|lasted|away|abroad|overseas)\b(?:\s+(?:for|abroad|overseas))?"
# The overseas medical mission named in English as a team sent abroad ("an overseas medical team", "the medical team
# abroad", "a MOFA medical team", "foreign-aid medical service team", "the MOFA one"): never a hospital's own team at home
# ("the trauma team", "a medical team at NTUH" name no place abroad)
MISSION_TEAM = (r"\b(?:overseas|foreign(?:[- ]aid)?|abroad|international|diplomatic|mofa|icdf)\s+(?:[\w'’-]+\s+){0,2}?"
                r"medical\s+(?:service\s+|aid\s+|relief\s+)?teams?\b"
                r"|\bmedical\s+(?:service\s+|aid\s+|relief\s+)?teams?\s+(?:abroad|overseas|sent\s+abroad)\b"
                r"|\bmofa['’]?s?\s+(?:medical\s+)?(?:teams?|missions?|ones?)\b")
MISSION = extend(r"駐外|醫療團|海外醫療(?:服務|團|隊)?|海外医疗(?:服务|团|队)?|medical mission|mission|派外|" + MISSION_TEAM,
                 "tsa_renewal_check.overseas_mission_months")
# "參加駐外醫療團，外派了 18 個月": the posting's length said in the next clause by a posting verb — the words from the
# mission's name to that verb name it (外派 alone, with no mission named, may be a training abroad) — "派出去一年半",
# "被派了 18 個月", "出國 8 個月" too
MISSION_POSTED = (r"(?:駐外|醫療團|医疗团|海外醫療|海外医疗)[^。；;?？!！\d]{0,20}?(?:外派|派外|派駐|派驻|派出去|派出國|派出国|派去|被派|出去了?|出國|出国|駐了|驻了|待了|待過|待过|服務了|服务了|去了)了?"
                  rf"|\b(?:medical\s+)?mission\b{_POSTED_EN}|(?:{MISSION_LINK}){_POSTED_EN}")

RENEWAL = Vocabulary(
    tool="tsa_renewal_check",
    model=TsaRenewalCheckInput,
    terms={
        # (the verb said bare as a question: "能續嗎", "可以續嗎", "能不能續")
        "renew": r"展延|延展|換證|renew|extend|延長|(?:證書|证书)?(?:延期|延续|延續)|(?:能|可以|可不可以|能不能)\s*續(?=\s*(?:嗎|了嗎|嘛|不|[?？]|$))",
        # the six-year window, or the credits said year by year ("credits by year: …", "逐年積分", "各年分別")
        "six_years": r"六年|6\s*年|six years|6 years|\b(?:6|six)\s*-?\s*(?:year|yr)s?\b|每年|逐年|各年|每一年|\b(?:by|per|each|every) year\b|year[- ]by[- ]year|\byearly\b",
        # (the text is folded before it is read: "五年" arrives as "5年", with or without a space)
        "five_years": r"前\s*5\s*年|五年|5\s*年|five years|previous 5|\b(?:5|five)\s*-?\s*(?:year|yr)s?\b",
        # ("640 CME over my 6-year cert period", "550 pts so far"): the credits said as CME or pts
        "credits": extend(r"積分|學分|credits?|points?|\bCME\b|\bpts\b", "tsa_renewal_check.yearly_credits"),
        "surgical": r"外科|專科醫師|surg",
        "tsir": r"指導老師|介入|instructor|tsir",
        "mission": extend(r"駐外|醫療團|medical mission|overseas mission|" + MISSION_TEAM, "tsa_renewal_check.overseas_mission_months"),
        "when": r"什麼時候|何時|哪天|when|deadline",
        # (renewal said in the everyday words for renewing a certificate — "更新", "續期", "更新之規定" — beside the certificate and
        # its credits: "本人證書效期六年間積分合計640分，是否符合更新之規定")
        "renew_other": r"更新|續期|续期|\bre-?certif\w*",
        "certificate": r"證書|证书|證照|证照|\bcert(?:ificate)?s?\b",
        # the renewal named only as what a count is for ("so 90 in total for the renewal?", "算到展延裡"): no check of it
        "toward": r"\b(?:in total|total|altogether|sum)\b[^.?!,;]{0,12}\b(?:for|towards?) (?:the |my |our )?renewal\b"
                  r"|\btowards? (?:the |my |our )?renewal\b|(?:算|計|计)(?:到|進|进|入)(?:展延|換證)(?:裡|里|用)?",
    },
    # "six years: 95.5, 100, …": six yearly figures are this tool's even without the word 展延.
    # Five years named and the sixth given after them (or by another part's result: "前五年 …，加上今年有到 600 嗎") too.
    trigger=(("renew",), ("renew_other", "certificate", "credits"),
             ("six_years", "@slot:yearly_credits", "credits"), ("six_years", "@slot:yearly_credits"),
             ("five_years", "@short:yearly_credits"), ("five_years", "@slot:yearly_credits"),
             # ("if the 6 years of my cert end up 100, 100, 100, 100, 100 and then …": the six years named, one figure short —
             # the sixth is asked, or taken from another part's result)
             # (… the certificate or its credits named too: "last 6 yrs: cryo 30, IRE 20, …" counts cases, no credits)
             ("six_years", "@short:yearly_credits", "certificate"), ("six_years", "@short:yearly_credits", "credits"),
             # (a medical mission named beside a full list of credits: "overseas mission 7 mo, credits 95 90 85 100 88 92")
             ("mission", "@slot:yearly_credits", "credits")),
    block=(("tsir",), ("toward", "!@slot:yearly_credits", "!six_years", "!five_years")),
    slots=(
        Slot("yearly_credits", "list", units=("", "分"), loose=True, max_value=5000,
             # (said roughly too — "每年大概都 100 分左右", "每年約 120 分": the rough figure, shown as an assumption)
             every_value=r"每\s*(?:一|1)?\s*年(?:大概|大約|大约|約|约|差不多|平均)?(?:都)?(?:剛好|刚好|正好|恰好|固定|大概|大約|大约|約|约|差不多)?(?:是|有|拿|拿到)?\s*(\d+(?:\.\d+)?)\s*分|(\d+(?:\.\d+)?)\s*(?:分|points|credits)?\s*(?:each|every|per)(?:\s+single)?\s+year"
                         # (… the years restated as the validity period's: "90 credits every single year of the 6", "100 in
                         # each of the six years", "85 a year for every one of the 6 years", "110 credits a year, every year")
                         r"|(\d+(?:\.\d+)?)\s*(?:points|credits|pts)?\s*(?:in|for|during)?\s*(?:each|every)(?:\s+(?:single\s+)?one)?\s+of\s+(?:the|my|those|all)\s+(?:6|six)\s+(?:years|yrs)\b"
                         r"|(\d+(?:\.\d+)?)\s*(?:points|credits|pts)\s+a\s+year\b"
                         # "first five years were 110 each", "前五年各 110 分": a value given to each of the years just named
                         r"|(?<=\byears )(?:(?:were|was|at|of|all)\s+)?(\d+(?:\.\d+)?)\s*(?:points|credits|pts)?\s*(?:each|apiece)\b"
                         r"|(?<=年)\s*(?:都)?各\s*(?:是|有|拿|拿了|拿到)?\s*(\d+(?:\.\d+)?)\s*分"
                         # "5 of the 6 years on my cert I got 120 credits each": the value said of the years just named
                         r"|\byears?\b[^,;.\d]{0,30}?\b(?:got|had|earned|made|scored|collected|logged)\s+(\d+(?:\.\d+)?)\s*(?:points|credits|pts)?\s*(?:each|apiece)\b"
                         # ("my other five years of the cycle (2020–2024) were 100 each": the years named with their range)
                         r"|\byears\b[^,;.\d]{0,30}?\(?(?:19|20)\d{2}\s*(?:[-–—~]|to|through)\s*(?:19|20)\d{2}\)?\s*(?:were|was|at|all)\s+(\d+(?:\.\d+)?)\s*(?:points|credits|pts)?\s*(?:each|apiece)\b",
             # "每年 100 分，只有第三年 150 分", "100 every year except year 3, when I got 150": one year named by number
             # (several, joined: "except year 3 which was zero … and year 6 where I got 250", "除了第3年0分、第6年250分";
             # a value is never the next year's number)
             every_except=r"(?:除了|只有|但|不過|except|but|apart from|other than|、|以及|\band\b)[^，,。；.\d]{0,6}?(?:第\s*([\d一二三四五六七八九])\s*年|"
                          r"\byear\s*(\d)\b|\bthe\s+(\d)(?:st|nd|rd|th)\s+year)[^。；;.!?\d]{0,30}?(?<!year )(?<!第)(\d+(?:\.\d+)?)(?!\s*(?:年|次|篇|個月|%))",
             # (written newest first — "由近到遠", "從最近一年往前", "most recent first", "going back from this year": turned round)
             newest_first=(r"由近到遠|由近而遠|由近至遠|由新到舊|由新到旧|由近到远|從(?:最近|今年)(?:的)?(?:[一1]年)?(?:開始)?往(?:前|回)|"
                           r"从(?:最近|今年)(?:的)?(?:[一1]年)?(?:开始)?往(?:前|回)|倒序|倒著|倒着|最近的(?:[一1]年)?(?:在|放)?(?:前|先)|"
                           r"\b(?:most recent|newest|latest) (?:year )?first\b|\bin reverse(?: chronological)? order\b|"
                           r"\bgoing back(?:wards)? from (?:this|last|the (?:latest|most recent)) year\b",
                           ("您的六年積分是由近到遠寫的，已依序反轉為由最早到最近。",
                            "Your six years are written most recent first; they are turned round to oldest first.")),
             short_note=("取最後 6 個數字為六年的年度積分（依序由最早到最近）。", "The last six numbers are read as the six yearly totals, oldest first."),
             # "前五年 120、100、110、90、100，今年還沒結算": five years given, the sixth asked for
             short_ask=((), ("已讀到前五年的積分（{values}）；第六年（今年）的積分是多少？",
                                             "I read five years ({values}); what are the sixth (this) year's credits?")),
             ask=("證書六年效期內，每一年的積分各是多少（由最早到最近，共 6 個數字）？",
                  "What were your credits in each of the six years of the certificate's validity (six numbers, oldest first)?")),
        # A mission named without its length changes the credits needed: asked, never 0.
        # ("me personally: 24 months posted", "18 mos deployed": the posting's length said with the posting verb after it)
        Slot("overseas_mission_months", "number", terms=MISSION_POSTED + "|" + MISSION_LINK + "|" + MISSION
             + r"|(?<=months )(?:posted|deployed|stationed)\b|(?<=mos )(?:posted|deployed|stationed)\b", rule=MISSION_RULE, units=("個月", "年"), scale=(("年", 12),), gap=24, gap_after=8,
             ask=("駐外醫療團派外共幾個月？", "How many months were you posted abroad with the medical mission?"),
             ask_when=(("mission",),)),
    ),
    base=1.5, per_fact=0.0,
    bonus=((("credits",), 1.0), (("surgical",), 1.0), (("!@fact", "when"), -1.0)),
    # "six-year totals 150, …", "my 6-yr window", "the 6-year cycle": the certificate's six years said as an adjective
    # name the period the list is for, never a figure (a mission of 6 months beside it is its own)
    framing=((r"(?<![\d.])6(?=\s*-\s*(?:years?|yrs?)\b|\s+(?:year|yr)\s+(?:totals?|window|cycle|period|span|credits?|points?|sum)\b)"
              # "這六年有參加駐外醫療團一段時間", "in these six years I went on a mission": the certificate's six years, never
              # the mission's length
              r"|(?:這|这|那|過去|过去|最近|近)\s*6(?=\s*年)|(?<![\d.])6(?=\s*年\s*(?:內|内|中|之中|間|间|期間|期间|裡|里|當中|当中))"
              r"|\b(?:these|those|the past|the last|in the|over the|during the|within the)\s+6(?=\s+years?\b)",
              ("「六年」是證書效期的期間，不是一個數字。", "The six years are the certificate's period, not a figure.")),),
)


# ---------------------------------------------------------------- tsa_credit_tally (5.1–5.15, 10)
# The activity words, most specific first: the first kind whose words a clause names is its kind.
# Taiwan's medical centres as people name them (training there is 5.9(2)'s, 限在醫學中心進修)
MEDICAL_CENTRES = (r"台大|臺大|北榮|中榮|高榮|(?:台北|臺北|台中|臺中|高雄)?榮總|(?:林口|高雄)?長庚|三總|三軍總醫院|馬偕|國泰|新光|亞東"
                   r"|中國附醫|中國醫藥大學附設|中山附醫|彰基|彰化基督教|成大醫院|奇美|高醫|高雄醫學大學附設|花蓮慈濟"
                   r"|\bNTUH\b|National Taiwan University Hospital|\b(?:Taipei |Taichung |Kaohsiung )?VGH\b|Veterans General Hospital"
                   r"|(?:Linkou |Kaohsiung )?Chang Gung|\bCGMH\b|Mackay Memorial|Tri-Service General|\bNCKUH\b|China Medical University Hospital")
# A medical centre as people write it, in full or short ("醫學中心", "醫中", "medical center", "med center", "med. centre")
MED_CENTRE = r"醫學中心|醫中(?=[^，,。；\d]{0,4}(?:進修|研修|見習|受訓|待))|\bmedical cent(?:er|re)\b|\bmed\.?\s?cent(?:er|re)\b"
# A country or city named for training is abroad ("去美國進修").
ABROAD = (r"美國|日本|德國|英國|法國|韓國|加拿大|澳洲|紐西蘭|新加坡|香港|大陸|中國|歐洲|荷蘭|瑞士|瑞典|義大利|西班牙|以色列|"
          r"\b(?:the )?(?:us|usa|u\.s\.|japan|germany|uk|england|france|korea|canada|australia|singapore|europe|america)\b")


# After a training, a clause naming only a length and a place ("之後在台大 3 個月", "and then 3 months at NTUH", "再去東京
# 1 個月"): another training there (`follow`; its place decides home or abroad)
_TRAINING_PLACE = rf"(?:{HOME_PLACES}|{ABROAD_PLACES}|{MEDICAL_CENTRES}|醫學中心|\bmed(?:ical|\.)? cent(?:er|re)\b)"
# A training named, with or without its place ("出去進修了 4 個月", "a 3-month fellowship"): a question back about it (where it
# was, how long) cites 5.9, whose two items the place decides (bot/clarify.py consequence_rules)
TRAINING_WORDS = r"進修|研修|见习|見習|进修|\btraining\b|\bfellowship\b|\bobservership\b|visiting scholar"
# The yearly cap on papers asked while their count is asked for ("論文那塊會不會卡上限", "SCI 會不會超過 60 分",
# "will my papers hit the cap"): the clause that sets it, the last sentence of 5.8 — whichever journal the papers are in
_PAPER_WORDS = r"論文|论文|文章|\bsci\b|sci(?=[^a-z])|期刊|雜誌|杂志|\bpapers?\b|\bpublications?\b|\barticles?\b|\bjournals?\b"
_CAP_WORDS = (r"上限|封頂|封顶|(?:卡|碰|撞)(?:到)?(?:頂|顶)|超過\s*(?:60|六十)|超过\s*(?:60|六十)|最多(?:只)?(?:能|可以)?(?:採計|采计|算|拿)"
              r"|\bcap(?:ped|s)?\b|\bceiling\b|\bmax(?:imum|ed out)?\b|\blimit(?:ed)?\b")
PAPER_CAP_ASKED = rf"(?:{_PAPER_WORDS})[^。？?!！]{{0,24}}?(?:{_CAP_WORDS})|(?:{_CAP_WORDS})[^。？?!！]{{0,24}}?(?:{_PAPER_WORDS})"
ASKED_CITES = (("tsa_credit_tally", TRAINING_WORDS, "tsa-cme/5.9"), ("tsa_credit_tally", PAPER_CAP_ASKED, "tsa-cme/5.8"))
TRAINING_FOLLOW = (rf"(?:在|去|到|於)\s*(?:{_TRAINING_PLACE})[^，,。；;?!\d]{{0,8}}?\d+(?:\.\d+)?\s*(?:個月|週|周|天)"
                   rf"|\d+(?:\.\d+)?\s*(?:個月|months?|mos?|weeks?|wks?)\b[^,.;?!\d]{{0,12}}?\b(?:at|in)\s+(?:the\s+|a\s+)?(?:{_TRAINING_PLACE})")


# A foreign country's society or meeting named by its country ("日本外科醫學會年會", "韓國的研討會", "歐洲大腸直腸學會"):
# Time abroad for leisure ("went abroad for a vacation twice", "a holiday abroad", "an international trip"): no meeting, so
# a bare "abroad" / "international" beside a leisure word names none (the count is then asked, never counted as 30 each)
_LEISURE = r"(?:vacations?|holidays?|trips?|travel(?:l?ed|l?ing|s)?|tours?|touring|sightseeing|honeymoon|family\s+visits?)"
# (… nor an institution or office named "international": "the international medical center", "international office here",
# "our international patients' department" — where the person works or who they are, no meeting)
_INSTITUTION = (r"(?:medical\s+|healthcare\s+|health\s+|patients?['’]?\s+|affairs\s+|relations\s+|exchange\s+|services?\s+)?"
                r"(?:cent(?:er|re)s?|offices?|departments?|dept|hospitals?|clinics?|affairs|patients?|students?|relations|"
                r"exchange|programs?|programmes?|services?|team|unit|desk|division)\b")
# (… nor a stay abroad, a year's remark: "(in 2023 I was abroad for a PhD)", "moved abroad", "living abroad for work")
_STAY = r"(?:phd|doctorate|degree|master'?s|studies|study|studying|school|postdoc|research|work|job|living|family)"
_BARE_ABROAD = (r"(?:(?<!vacation\s)(?<!holiday\s)(?<!trip\s)(?<!travel\s)(?<!tour\s)(?<!moved\s)(?<!living\s)(?<!lived\s)"
                rf"(?:international(?!\s+{_INSTITUTION})|abroad(?![^,.;?!()]{{0,12}}\b{_STAY}\b))\b(?![^,.;?!]{{0,24}}\b{_LEISURE}\b))")
# a meeting abroad, never the TSA's annual meeting (中國 / 大陸 are left out: 中國醫藥大學 is a Taiwanese university)
FOREIGN_SOCIETY_MEETING = (r"(?:美國|日本|韓國|德國|英國|法國|歐洲|新加坡|香港|澳洲|加拿大|泰國|馬來西亞|越南|印度|荷蘭|瑞士|義大利|西班牙|亞太|亞洲)"
                           r"[^，,。；\d（）()]{0,8}?(?:醫學會|學會|年會|大會|研討會|會議)(?:的)?(?:年會|大會|研討會|會議)?"
                           # … in English ("the Asian Surgical Association congress", "a European Society of … meeting"),
                           # or a meeting held in a place abroad ("the congress in Bangkok", "a meeting held in Tokyo", "在東京開的會")
                           r"|\b(?:Asian|Asia[- ]Pacific|Pan[- ]Pacific|American|European|Japanese|Korean|British|German|French|"
                           r"Australasian|Australian|Canadian|Thai|Indian|Singapore|World)\s+(?:[A-Za-z&-]+\s+){0,4}?"
                           r"(?:Association|Society|College|Federation|Union|Academy)\b(?:\s+(?:of|for)(?:\s+[A-Za-z&-]+){1,3}?)?"
                           r"(?:\s*['’]s)?\s+(?:annual\s+|yearly\s+|scientific\s+)?(?:congress|meeting|mtg|conference|symposium|summit)\b"
                           r"|\b(?:congress|meeting|mtg|conference|symposium|summit)\s+(?:held\s+|over\s+)?in\s+(?:" + ABROAD_PLACES + r")"
                           r"|在\s*(?:" + ABROAD_PLACES + r")\s*(?:開|开|辦|办|舉辦|举办)?的?(?:會|会|年會|年会|研討會|研讨会|會議|会议|大會|大会)")


def _item_ref(n: int, cn: str) -> str:
    """Article 5's item named for a kind: "第五條第三款那種", "art. 5(3)" (never after 不是 / 非 / 不在 / 不屬於 / 不算: "不在第三款
    名單裡，算第十款那種" names the tenth)."""
    return (rf"(?<!不是)(?<!非)(?<!不在)(?<!不屬於)(?<!不属于)(?<!不算)(?<!不是在)(?:第五條)?第{cn}款|"
            rf"(?<!not in )(?<!not under )(?<!\bnot )(?:\bart(?:icle|\.)?\s*5\s*\(\s*{n}\s*\)|"
            rf"(?<![\d.])(?<!\bart )(?<!\bart\. )(?<!\barticle )5\({n}\))")


# "annual" and "monthly" as they are typed in a hurry ("annaul", "anual", "montly")
ANNUAL = r"\ban+(?:ua|au|a|u)l"
MONTHLY = r"\bmon(?:thl|th|tl)y\b"
# "meeting" as it is shortened ("monthly mtg x4", "annual mtgs")
MEETING = r"(?:meeting|mtg|conference|conf)s?\b"
# "monthly" / "annual" alone as the meeting's name where a count or a multiplier goes with it ("5 monthly", "2 monthlies",
# "monthly x4", "went to 3 monthlys", "annual ×1"), never a monthly cap, report or volume
_NOT_MEETING_NOUN = r"(?!\s+(?:cap|limit|quota|total|volume|fee|report|average|count|screening|salary|subsid\w*|rate|basis)\b)"
MONTHLY_ALONE = (rf"\bmonthl(?:ies|ys)\b|(?<=\d )(?:{MONTHLY}){_NOT_MEETING_NOUN}|(?<=\d  )(?:{MONTHLY}){_NOT_MEETING_NOUN}"
                 rf"|(?:{MONTHLY})(?=\s*[x×]\s*\d)|(?:{MONTHLY})(?=\s+ones?\b)"
                 # ("1 TSA monthly", "the society's monthly": the TSA's monthly meeting named by its owner, no noun after it)
                 rf"|(?<=\bTSA )(?:{MONTHLY}){_NOT_MEETING_NOUN}(?!\s+[a-z])"
                 rf"|(?<=\bthe )(?:{MONTHLY})(?=\s*(?:[.,;!?]|$|\s+(?:too|also|as well)\b))")
# ("2024: annual 1, monthly 6", "monthly: 4", "monthly = 3": the adjective as a list's label with its count after it — a small
# whole count only, never a year, a figure with a unit ("monthly 20 credits", "monthly 400 screenings") or a percentage)
_LABEL_COUNT = (r"(?=\s*(?:[:=]\s*)?\d{1,2}(?![\d%]|[.,]\d)"
                # (the count ends its item: a mark, the end, "times" or the next item joined — "Annual: 4 rads …" counts people)
                r"(?=\s*(?:[,.;:)!?/]|$|\s(?:times?|x|and|&|\+|plus|too|also)\b|[x×]|\+|&)))")
MONTHLY_ALONE += rf"|(?:{MONTHLY}){_LABEL_COUNT}"
# ("3 of the monthly ones", "the annual one": the meeting named by "one(s)" after its adjective)
# ("… and the annual.", "plus the annual too": the meeting said as "the annual" closing its clause)
ANNUAL_ALONE = (rf"\bannuals\b|(?:{ANNUAL})(?=\s*[x×]\s*\d)|(?:{ANNUAL})(?=\s+ones?\b)"
                rf"|(?<=\bthe )(?:{ANNUAL})(?=\s*(?:[.,;!?]|$|\s+(?:too|also|as well)\b))"
                rf"|(?:{ANNUAL}){_LABEL_COUNT}")
# the TSA named with its meeting ("TSA congress", "TSA mtg", "外科醫學會的年會"): its annual meeting
TSA_MEETING = r"\bTSA\s+(?:annual\s+)?(?:congress|meeting|mtg|conference|conf)s?\b"

# The society's monthly meeting named by its schedule ("每月學術研討會", "每個月的學術會議", "每月例行學術討論會", "月例會",
# "monthly academic seminar"): a meeting said to be held every month, never a seminar (5.5) nor the modal 會 ("每個月會去")
MONTHLY_SCHEDULED = (r"(?:每(?:個|个)?月|每月份)(?:的|固定|定期|例行|舉行的|举行的|舉辦的|举办的|召開的|召开的|一次的)?\s*"
                     r"(?:學術|学术|例行)?\s*(?:研討會|研讨会|討論會|讨论会|會議|会议|例會|例会|聚會|聚会)|月例會|月例会|"
                     r"\bmonthly\s+(?:academic|scientific|society|regular)\s+(?:seminar|session|gathering)s?\b")
# (… so a seminar's word inside that name is no seminar: fixed-width look-behinds, one per way the schedule is said before it)
_SCHEDULE_HEADS = ("每月", "每個月", "每月份")
_SCHEDULE_MIDS = ("", "的", "固定", "定期", "例行", "固定的", "定期的", "舉行的", "舉辦的", "召開的", "一次的")
_SCHEDULE_TAILS = ("", "學術", "例行")
NOT_SCHEDULED = "".join(dict.fromkeys(f"(?<!{h}{m}{t})" for h in _SCHEDULE_HEADS for m in _SCHEDULE_MIDS for t in _SCHEDULE_TAILS)) + "".join(
    rf"(?<!monthly {w} )" for w in ("academic", "scientific", "society", "regular"))
# A time word's 年 or 月 then the modal 會 ("今年會去月會 3 次", "那年會給我幾分", "每個月會去研討會"): "will", no meeting 年會 /
# 月會. After 年, unless a count, a colon or a bracket follows ("今年會 1 次" is the meeting); after 月, only before a verb
# ("這個月會我是講者" is this month's meeting). (Look-arounds at the 年 / 月 the time word and the meeting word share.)
_TIME_YEAR = "今明那這这每同當当該该隔幾几兩两多後后前"
_MEETING_COUNTED = r"\s*(?:\d|[一二兩两三四五六七八九十]+\s*[次場场回])|\s*[：:（(]"
# (… never the 後 / 前 of a joining word — 然後, 之後, 最後, 以後, 隨後, 之前, 以前, 目前, 先前 — before the meeting: "月會 6 次，然後年會
# 去一次", "之後年會也參加了一次" name the annual meeting, no year after next)
NOT_MODAL_YEAR = rf"(?:(?<![{_TIME_YEAR}])|(?<=[然之最以隨随而][後后])|(?<=[之以目先][前])|(?=年[會会](?:{_MEETING_COUNTED})))"
NOT_MODAL_MONTH = (r"(?:(?<![個个每本當当該该])|(?!月[會会]\s*(?:再|去|參加|参加|出席|要|有|換|换|開|开|到|來|来|繼續|继续|"
                   r"安排|報名|报名)))")

# another person as the one who gave a talk ("my fellow presented", "the resident presented", "學弟上台報告"): fixed-width
# look-behinds, one per subject word
_OTHER_PRESENTERS = ("fellow", "resident", "colleague", "student", "trainee", "junior", "senior", "he", "she", "they", "else",
                     "R1", "R2", "R3", "R4", "R5", "intern")
_NOT_BY_OTHERS = "".join(rf"(?<!{w} )" for w in _OTHER_PRESENTERS)
_NOT_BY_OTHERS_ZH = "".join(rf"(?<!{w})" for w in ("學弟", "學妹", "學長", "學姊", "學姐", "同事", "別人", "住院醫師", "總醫師",
                                                     "他", "她", "學生", "助理"))
# A paper presented, however it is typed: oral (口頭, 口報, podium, free paper), poster (壁報, 海報, e-poster, 電子壁報)
PRESENTATION = (r"e-?posters?|電子壁報|壁報|海報|posters?|口頭(?:報告|發表|論文)?|口報|\boral(?:s|\s+presentations?)?\b|"
                # (上台報告 counted in times is the monthly speaker's: "其中兩次我上台報告", "上台報告 2 次")
                r"(?<!次)(?<!次我)(?<!次是我)(?<!次由我)(?<!次都是我)(?<!次換我)" + _NOT_BY_OTHERS_ZH + r"上[台臺]報告(?!\s*\d+\s*次)|"
                r"\bpodium(?:\s+presentations?)?\b|\bfree papers?\b|論文演講|發表[^，,。；]{0,6}演講|presentation|"
                # (never a talk someone else gave: "which my fellow presented", "presented by the resident", "學弟上台報告的")
                + _NOT_BY_OTHERS + r"presented(?!\s+by\s+(?!me\b|myself\b))")

# A surgical subspecialty society's meeting named in English ("colorectal society annual meeting", "Taiwan Society of Plastic
# Surgery congress") or by its Taiwanese acronym ("TSCRS annual meeting", "TSPS 年會"): 5.3's meeting, never the TSA's own
_SPECIALTY_FIELDS = (
    r"(?:colorectal|colon and rectal|thoracic|cardiovascular|cardiac|plastic|pediatric|paediatric|neuro|urolog\w*|transplant\w*|breast|"
    r"vascular|trauma|endocrine|head and neck|hepatobiliary|hpb|endoscopic|laparoscopic|hernia|bariatric|"
    # (the curriculum's other fields named in English: "the GI society annual mtg", "gastroenterology association", "orthopaedic
    # association congress", "emergency medicine society", "critical care society", "surgical oncology society" — 消化系, 骨科,
    # 急診, 重症, 腫瘤 of the Chinese words)
    # ("digestive surgery" is left as it was: the rules answer reads that society's meeting as 5.10's)
    r"\bgi\b|gastro\w*|orthop(?:a)?edic\w*|emergency(?:\s+medicine)?|critical\s+care|(?:surgical\s+)?oncolog\w*)")
SPECIALTY_SOCIETY_MEETING = (
    # (the meeting named before whose it is: "the annual meeting of the colorectal surgery society")
    r"\b(?:" + ANNUAL + r"\s+)?(?:meeting|mtg|congress|conference)\s+of\s+(?:the\s+|my\s+|our\s+)?(?:taiwan(?:ese)?\s+)?" + _SPECIALTY_FIELDS
    + r"\s+(?:surg\w*\s+)?(?:society|association)\b|"
    + _SPECIALTY_FIELDS + r"\s+(?:surg\w*\s+)?"
    # (its length between: "the plastic surgery society's one-day annual meeting", "urology association 2-day congress")
    r"(?:society|association|societ(?:y|ies)['’]s|association['’]s)\s+(?:(?:\d+|one|two|three|a|single)[- ]?days?\s+)?(?:" + ANNUAL + r"\s+)?"
    r"(?:meeting|mtg|congress|conference)"
    # (… or said as "annual" alone, closing the words: "plastic surg society annual (2 days) and the pediatric surg society annual
    # (1 day)")
    r"|" + _SPECIALTY_FIELDS + r"\s+(?:surg\w*\s+)?(?:society|association)(?:['’]s)?\s+(?:" + ANNUAL + r")(?=\s*(?:[(,.;+&\-–—]|$)|\s+(?:and|plus|too|as\s+well)\b)"
    # (the society word shortened or left out before its annual meeting: "urology assoc annual meeting", "urology annual
    # meeting (1 day)", "colorectal surgery annual congress")
    r"|" + _SPECIALTY_FIELDS + r"\s+(?:surg\w*\s+)?(?:(?:assoc|soc)\.?\s+)?(?:(?:\d+|one|two|three|a|single)[- ]?days?\s+)?"
    + ANNUAL + r"\s+(?:meeting|mtg|congress|conference)"
    # (… its meeting pointed at by "one", another meeting named before: "+ the trauma society one", "the hand surgery
    # association's too")
    r"|(?<=\bthe )" + _SPECIALTY_FIELDS + r"\s+(?:surg\w*\s+)?(?:society|association)(?:\s+one\b|['’]s\s+(?:one|too)\b)"
    r"|\bsociety of (?:colon and rectal|colorectal|thoracic|cardiovascular|plastic|pediatric|paediatric|neurological|transplant\w*|"
    r"breast|vascular|trauma|endocrine)\w*(?: surg\w*)?\s+(?:" + ANNUAL + r"\s+)?(?:meeting|mtg|congress|conference)"
    r"|(?-i:\b(?!TSA\b|TSIR\b|TACE\b|TARE\b|TIPS\b)T[A-Z]{2,6}\b)\s*(?:" + ANNUAL + r"\s+)?(?:meeting|mtg|congress|conference|年會)")

# A society's annual meeting with no society named: 學會 / 醫學會 right after a verb, a count or a comma, not after a name
# ("參加學會年會", "去了醫學會的年會", "一場學會年會"; never "外科醫學會年會", "消化系醫學會年會"), or "a / the society('s) annual meeting"
UNNAMED_SOCIETY_MEETING = (r"(?:^|(?<=[，,、；;:：\s])|(?<=參加)|(?<=参加)|(?<=出席)|(?<=去)|(?<=到)|(?<=了)|(?<=過)|(?<=过)|(?<=個)|(?<=个)|"
                           r"(?<=場)|(?<=场)|(?<=次)|(?<=某))(?:醫學會|医学会|學會|学会)\s*(?:的)?\s*(?:年會|年会)|"
                           r"\b(?:a|an|the|one|some)\s+societ(?:y|y['’]s)\s+(?:" + ANNUAL + r")\s+(?:meeting|mtg|congress)")

# Another body's activity said in the words of the society's own ("年會", "月會", "annual meeting"): the owner named right
# before the words ("別的學會的年會", "跟外科有關的其他學會的年會", "非本會的月會", "糖尿病學會的年會", "another society's annual
# meeting", "the Taiwan Obesity Society annual meeting") or right after them ("年會（別的學會辦的）", "年會（不是本會的）", "the
# annual meeting of a different society", "monthly meetings held by another association"). Never the society's own (5.1,
# 5.2 count only 本會's): another surgery-related society's is 5.10's, said so; any other is asked (5.3, 5.10 or 5.5).
# A body named by its name is the society's own when nothing but its own words remain of the name (`OWN_NAME_WORDS`:
# "外科醫學會的年會", "台灣外科醫學會", "the Taiwan Surgical Association annual meeting"; "去了學會年會" names no body).
_OTHER_BODY_ZH = (r"(?:其他|其它|別的|别的|別家|别家|另一個|另一个|另一家|另外一個|另外一个|另外一家|另外的|另個|另个|"
                  r"非本(?:學|学)?會|不是本(?:學|学)?會|不是我們|不是我们|非外科|不是外科|外科以外|外科之外)")
_BODY_ZH = r"(?:(?:醫|医)?(?:學|学)會|協會|协会)"
_HELD_ZH = r"所?(?:辦|办|舉辦|举办|主辦|主办|開|开)的"
_EN_BODY_WORD = r"(?:societ(?:y|ies)|associations?|colleges?|academy|organi[sz]ations?|federations?)"
_EN_OTHER = r"(?:another|other|a\s+different|different|some\s+other|an?\s+outside|outside|non-?TSA|an?\s+non-?surgical|non-?surgical|not\s+our)"
_EN_NAME = r"(?:[A-Z][\w&'’-]*\s+){1,6}(?:Society|Association|College|Academy|Federation)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*){1,6})?"
# (tried in order: another body said as another first, then a body named by its name)
OWNER_BEFORE = (rf"(?:(?:跟|和|與|与)?外科(?:相關|相关|有關|有关)的?)?{_OTHER_BODY_ZH}[^，,。；;、\d\s（）()]{{0,10}}?{_BODY_ZH}(?:的|之|{_HELD_ZH})?"
                rf"|(?:非|不是)本(?:學|学)?會(?:的|{_HELD_ZH})?|\b{_EN_OTHER}\s+(?:[\w-]+\s+){{0,3}}?{_EN_BODY_WORD}(?:['’]s?)?",
                rf"(?P<name>[\u4e00-\u9fff]{{1,10}}?){_BODY_ZH}(?:的|之|{_HELD_ZH})?|(?-i:(?P<name2>\b{_EN_NAME}))(?:['’]s?)?"
                # (… or named in lower case after its article: "the surgical infection society's annual meeting", "the hand
                # surgery association annual meeting" — another body; "the surgical society's" names nothing but our own words)
                # (its words no article or preposition: "a speaker at the surgical society's monthly meeting" names our own)
                rf"|\b(?:the|a|an|my|our|their)\s+(?-i:(?P<name5>(?:(?!(?:at|of|in|for|to|the|a|an|on|from|by|with|as|and|or)\b)(?:[a-z][a-z&-]*|&)\s+){{1,5}}?"
                rf"(?:society|association|college|academy)))(?:['’]s?)?")
_BY = r"(?:of|by|held\s+by|hosted\s+by|organi[sz]ed\s+by|run\s+by|put\s+on\s+by|from)\s+(?:the\s+|a\s+|an\s+|some\s+|one\s+)?"
OWNER_AFTER = (rf"[(（]?\s*(?:是|為|为)?\s*(?:{_OTHER_BODY_ZH}[^，,。；;、\d\s（）()]{{0,10}}?{_BODY_ZH}?(?:{_HELD_ZH}|的)"
               rf"|(?:不是|並非|并非|非)本(?:學|学)?會(?:{_HELD_ZH}|的)?)|{_BY}{_EN_OTHER}\s+(?:[\w-]+\s+){{0,3}}?{_EN_BODY_WORD}\b",
               rf"[(（]?\s*(?:是|為|为)?\s*(?P<name3>[\u4e00-\u9fff]{{2,10}}?){_BODY_ZH}{_HELD_ZH}|{_BY}(?-i:(?P<name4>{_EN_NAME}))\b")
# the words of a body's name that say nothing beyond the society's own: everything up to the last verb, particle or time
# word before the name ("我今年參加外科", "去了一個"), then the society's own words ("台灣外科", "Taiwan Surgical Association")
# and the words that start a sentence in English ("Attended Taiwan Surgical Association")
# ("另外台灣外科醫學會的年會", "另外學會月會": 另外 = besides, before a name — "另外一個學會" is another body, read first)
OWN_NAME_WORDS = (r"^.*(?:今年|去年|明年|前年|年度|另外|此外|以及|還有|还有|參加|参加|出席|參與|参与|去|到|在|了|過|过|的|和|跟|與|与|及|、|"
                  r"我|們|们|有|也|還|还|再|加上|是|為|为|之|個|个|場|场|次)|"
                  r"本|台灣|臺灣|台湾|中華民國|中华民国|外科|醫|医|一|某|這|这|那|年|"
                  r"\b(?:Taiwan(?:ese)?|R\.?O\.?C\.?|Republic|China|Surg\w*|Society|Association|College|of|the|our|TSA|I|My|Our|This|"
                  r"Last|In|At|And|Also|Plus|Attended|Went|Joined|Visited|Did|Does|Do|How|What|Can|Is|Was|Will|Annual|General)\b|['’]s")
# another surgery-related society ("跟外科有關的其他學會", "別的外科學會", "a different surgical society"): 5.10's — never one
# said not to be ("非外科的學會", "a non-surgical society")
OWNER_SURGICAL = r"(?<!非)(?<!不是)外科(?!以外|之外)|(?<!non-)(?<!non )\bsurg(?:ery|ical)\b"
OWNED_KINDS = ("tsa_annual_meeting", "tsa_monthly_meeting", "tsa_monthly_speaker")
OWNED_SURGICAL_NOTE = (
    "「{said}」讀為其他外科相關醫學會的年會（第五條第十款：由委員會視相關程度核給積分，不是本會年會）；若是「外科專科醫師訓練課程基準」"
    "所列科別的醫學會年會，則依第五條第三款按會期計分，請說明。",
    "“{said}” is read as the annual meeting of another surgery-related society (5.10: the committee decides its credits; it "
    "is not the TSA's own annual meeting); if that society's field is listed in the surgical training curriculum, 5.3 "
    "counts it by its days — say so.")
# (… said not to be 5.3's own kind: `NOT_ITEM_3`)
OWNED_SURGICAL_NOTE_5_3 = (
    "您說這場外科相關醫學會年會不是第五條第三款（訓練課程基準所列科別）的年會：讀為其他外科相關醫學會的年會（第五條第十款，由委員會視相關程度核給積分，"
    "此處以 0 分列計）。",
    "You say this surgery-related society's annual meeting is not one of 5.3's (fields listed in the training curriculum): it "
    "is read as another surgery-related society's annual meeting (5.10: the committee decides its credits; counted as 0 here).")
OWNED_ASK = (
    "「{said}」是其他學會辦的，不是本會（台灣外科醫學會）的年會或月會（第五條第一、二款只計本會的）。請問是哪一種："
    "「外科專科醫師訓練課程基準」所列科別的醫學會年會（第五條第三款，並請說明會期幾天）、其他外科相關醫學會的年會（第五條第十款，"
    "由委員會核給），或國內的學術討論會／講習會（第五條第五款，並請說明幾小時）？",
    "“{said}” is another society's, not the TSA's own annual or monthly meeting (5.1 and 5.2 count only the TSA's). "
    "Which was it: the annual meeting of a society whose field is listed in the surgical training curriculum (5.3 — "
    "how many days did it last?), the annual meeting of another surgery-related society (5.10 — the committee decides), or "
    "a domestic academic seminar or workshop (5.5 — how many hours)?")

# A field's society named with its country or region ("歐洲大腸直腸學會", "日本消化器外科學會"): a body abroad, whose meeting
# is 5.4's international one, never 5.3's field society meeting at home.
_FOREIGN_BODY_BEFORE = "".join(f"(?<!{w})" for w in ("歐洲", "美國", "日本", "亞洲", "亞太", "國際", "世界", "韓國", "英國", "歐美"))

# a course said to be credited by its hours ("按時數認定", "以時數計", "credited by the hour", "the society credits by the hour")
# ("照時數給外科積分的那種", "看時數給分", "用鐘點算", "時數給分": the hours said as what the credits follow, the verb bare)
BY_HOURS = (r"(?:按|依|以|照|看|用)(?:照)?\s*(?:時數|小時|鐘點|钟点)|時數(?:認證|認定|計算|計|給分|給積分|給學分|換算|折算)|"
            r"\bcredit(?:s|ed)?\s+(?:by|per)\s+(?:the\s+)?hours?\b|\bhour-based\b|\bhours?-credited\b|\bby the hour\b|"
            r"\bon an hourly basis\b|\bcounted (?:by|per) (?:the )?hours?\b")
# A surgical society's annual meeting said not to be 5.3's ("內視鏡外科醫學會年會（不是第三款那種）", "整形外科醫學會年會(不在訓練課程
# 基準的那種)", "the endoscopic surgery society meeting, not a 5(3) one"): another surgery-related society's, 5.10's (`recast`)
NOT_ITEM_3 = (r"外科[^，,。；;]{0,10}?(?:醫學會|學會)(?:的)?\s*年會\s*[（(]?\s*(?:不是|並非|并非|不屬於|不属于|不在|不算|非)\s*(?:在|屬於|属于)?\s*(?:第五條)?\s*"
              r"(?:第\s*(?:三|3)\s*款|(?:外科專科醫師)?訓練(?:課程)?基準|(?:基準)?所列(?:的)?(?:訓練項目)?科別)"
              r"|\bsurg\w*[^,.;]{0,40}?\b(?:meeting|congress|conference)\s*[(,]?\s*not\s+(?:under\s+|in\s+|on\s+|one\s+of\s+|a\s+|an\s+)?(?:the\s+)?"
              r"(?:art(?:icle|\.)?\s*5\s*\(\s*3\s*\)|5\(3\)|training[- ]curriculum)")
# (said after the meeting, as a fact of the person's own: "外科相關但不在訓練基準的學會年會，積分怎麼給" asks the rule, never this)
# A named activity with a generic noun after it ("did 2 ATLS courses", "ATLS 課程兩次", "an ATLS refresher class"): the noun
# is part of the name — fixed-width look-behinds for the name and the words that may stand between
_COURSE_NAMES = ("atls", "高級外傷救命術", "外傷救命術")
_COURSE_BETWEEN = ("", " ", "的", " provider ", " refresher ", " instructor ", " student ", " training ", " 的", "的 ", "訓練", " 訓練")
NAMED_COURSE = "".join(dict.fromkeys(f"(?<!{n}{b})" for n in _COURSE_NAMES for b in _COURSE_BETWEEN))
# A paper said published ("SCI論文發表了", "一篇論文發表在SCI期刊", "论文发表在外科医学会杂志", "非SCI的論文發表了"): the journal's
# paper — its 論文發表 (published) is no presentation (the lexicon's 論文發表 of 5.6); the words are the paper kind's, so the
# presentation reads none of them. Only with the journal named (SCI, the TSA's journal, non-SCI) before or after the verb.
_SCI_JOURNAL = r"(?:sci(?![a-z])|外科醫學會(?:的)?(?:雜誌|期刊)|formosan journal of surgery|\bFJS\b)"
_PUBLISHED_AS = (r"{journal}\s*(?:的)?\s*(?:期刊|雜誌)?\s*(?:的)?\s*(?:論文|文章|原著|paper)\s*(?:已經|已)?\s*(?:被)?\s*(?:發表|刊登|刊出)(?:了|過)?|"
                 r"(?:論文|文章|原著)\s*(?:已經|已)?\s*(?:被)?\s*(?:發表|刊登|刊出)\s*(?:了)?\s*(?:在|於|到)\s*[^，,。；\d]{{0,8}}?{journal}")
ACTIVITY_KINDS: tuple[tuple[str, str], ...] = (
    ("atls", r"atls|高級外傷救命術|外傷救命|" + _item_ref(13, "十三")),
    # (a particle between the words is the same name: "外科相關的醫學會年會", "其他外科的醫學會"; the class said by its
    # subspecialties: "其他外科次專科學會")
    # (… said with what it is not between or before: "外科相關但不在訓練基準裡的學會年會", "不在訓練課程基準所列科別的外科相關學會" —
    # 5.3's fields denied, 5.10's kind)
    ("other_surgical_society_meeting", r"其他外科(?:相關)?(?:的)?(?:次專科|次专科)?(?:醫)?學會|外科相關(?:的)?(?:醫)?學會|外科有關(?:的)?(?:醫)?學會|"
     r"外科(?:相關|有關|相关)\s*(?:但|可是|不過|卻|却|而)?\s*(?:是)?(?:不在|不屬於|不属于|並非|并非|不是|非)[^，,。；;？?\d]{0,16}?(?:醫|医)?學會|"
     r"(?:不在|不屬於|不属于|並非|并非|不是|非)\s*(?:在)?\s*(?:外科專科醫師)?訓練(?:課程)?基準[^，,。；;？?\d]{0,8}?(?:的)?外科(?:相關|有關|相关)?(?:的)?(?:醫)?學會|"
     r"(?:an)?other\s+(?:surg(?:ery|ical)[- ]related|surgical)\s+societ(?:y|ies)|surg(?:ery|ical)[- ]related\s+societ(?:y|ies)|" + _item_ref(10, "十")),
    # ("去日本 fellow 三個月", "a 3-month fellow in the US": a fellow's months abroad are training)
    # (a place abroad a little further from the training word: "去上海的醫院短期訓練", "a fellowship at the Mayo Clinic in
    # Rochester" — which side it is, the place decides: `places` below)
    # (研習 abroad is a stay too — "國外研習(日本)一個月"; 研習會 stays a seminar)
    ("training_abroad", rf"(?:國外|海外|出國|abroad|overseas|{ABROAD})[^，,。；]{{0,6}}(?:進修|研修|研習(?![會会營营])|訓練|見習|train(?:ing|ed)|fellowship|\bfellow\b|observership|visiting scholar)|"
                        # (months spent abroad, "1 month abroad in Seoul", "a 3-month stint overseas": a stay, never a meeting)
                        r"\bmonths?\s+(?:abroad|overseas)\b|\b(?:month|stint)s?\s+(?:spent\s+)?(?:abroad|overseas)\b|"
                        # (months at a centre abroad: "2 months at a cancer center in Houston", "3 months at MD Anderson")
                        rf"\bmonths?\s+(?:spent\s+)?(?:at|in)\s+[^,.;?\d]{{0,32}}?(?:{ABROAD_PLACES})|"
                        rf"(?:{ABROAD_PLACES})[^，,。；;?\d]{{0,14}}?(?:進修|研修|研習(?![會会營营])|訓練|見習|\btrain(?:ing|ed)\b|\bfellowship\b|\bfellow\b|\bobservership\b)|"
                        rf"(?:進修|研修|訓練|見習|\btraining\b|\bfellowship\b|\bobservership\b)[^，,。；;?\d]{{0,32}}?(?:{ABROAD_PLACES})|"
                        # (a stay at a hospital abroad said as a visit, a stint, a rotation: "a 2 wk short visit at a hospital in
                        # japan", "a month-long rotation in Seoul", "visiting a hospital in Tokyo for 2 weeks")
                        rf"\b(?:visit(?:ing)?|stint|rotation|attachment|secondment)s?\b[^,.;?\d]{{0,32}}?\b(?:hospital|cent(?:er|re)|clinic|dep(?:artmen)?t|unit)\b"
                        rf"[^,.;?\d]{{0,16}}?(?:{ABROAD_PLACES})|"
                        rf"出國[^，,。；會議]{{0,16}}?(?:fellowship|observership|進修|研修)|"
                        rf"\b(?:abroad|overseas)\b[^,.;?]{{0,48}}?\b(?:fellowship|observership)|(?:進修|見習|train(?:ing|ed)|fellowship|\bfellow\b|observership)[^，,。；]{{0,6}}(?:國外|海外|abroad|overseas|{ABROAD})"),
    # (… or at a medical centre named by its name — 台大, 北榮, 林口長庚, 三總, 成大 … — or as a visiting doctor there)
    ("training_domestic", rf"(?:國內|{MED_CENTRE}|domestic)[^，,。；]{{0,8}}(?:進修|研修|visiting|見習|train(?:ing|ed))|(?:進修|研修|visiting|train(?:ing|ed))[^，,。；]{{0,8}}(?:國內|{MED_CENTRE}|domestic)|"
                          # (a rotation, an attachment or an observership at a medical centre: "a 2-month rotation at a
                          # medical center in Taichung" — at home or abroad, the place decides: `places`)
                          # (no figure between: "a fellowship in Japan then 2 months at a med center" is two stays)
                          r"\b(?:rotation|rotated|attachment|observership|fellowship|visiting fellow|stints?)\b[^,.;?\d]{0,24}?\b(?:at|in)\s+(?:a |the |one )?(?:big |large |major |local )?med(?:ical|\.)? cent(?:er|re)\b|"
                          rf"(?:{MEDICAL_CENTRES})(?:醫院)?[^，,。；\d]{{0,4}}(?:進修|研修|visiting|見習|受訓)|"
                          rf"\b(?:training|visiting|fellowship|rotation|observership)\b[^,.;?\d]{{0,16}}\b(?:at|in)\s+(?:the\s+)?(?:{MEDICAL_CENTRES})|"
                          # months spent at a medical centre are its training ("3 months at a medical centre", "在醫學中心待了 3 個月")
                          r"(?:months?|mos?|個月)\s*(?:at|in)\s+(?:a |the |one )?(?:domestic |local )?med(?:ical|\.)? cent(?:er|re)|"
                          # (… on a team there: "3 months on the liver transplant team at NTUH (medical center)", "2 months with the
                          # HPB service at Linkou Chang Gung")
                          rf"\b(?:months?|mos?)\s+(?:on|with|in)\s+(?:the\s+|a\s+)?[^,.;?\d]{{0,32}}?\b(?:team|service|unit|division|department|dept)\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:{MEDICAL_CENTRES}|med(?:ical|\.)? cent(?:er|re)\b)|"
                          r"(?:在|到|去)[^，,。；\d]{0,6}?醫學中心[^，,。；]{0,8}個月"),
    # (an SCI listing denied: "沒有SCI", "不是 SCI 的期刊", "isn't SCI" — 5.8's journal, never 5.7's)
    ("paper_non_sci", _PUBLISHED_AS.format(journal=r"(?:非\s*sci|non[- ]?sci|非科學引證)") + r"|非\s*sci|non[- ]?sci|非科學引證|" + NOT_SCI),
    # the TSA's own journal counts as SCI (5.7): 外科醫學會雜誌 / 期刊, Formosan Journal of Surgery, FJS, "the TSA's journal"
    ("paper_sci", _PUBLISHED_AS.format(journal=_SCI_JOURNAL) + r"|sci\b|sci[^a-z]|外科醫學會(?:的)?(?:雜誌|期刊)|科學引證|formosan journal of surgery|\bFJS\b|\bTSA(?:'s|’s)?\s+(?:own\s+)?journal"),
    ("presentation", PRESENTATION),
    # ("外科相關分科的醫學會年會", "各分科學會": a division of surgery's society, as 專科 is)
    # (… or the specialty's annual meeting said short, "一個專科的年會", "專科年會兩天": the 年會 the TSA's own reading leaves)
    ("specialty_annual_meeting", r"專科(?:的)?醫學會|(?<!外科)專科(?:的)?學會|(?<!外科)專科(?:的)?年會|分科(?:的)?(?:醫學會|學會)|(?:訓練(?:課程)?基準|訓練項目|科別)[^，,。；]{0,12}(?:醫學會|年會)|" + _FOREIGN_BODY_BEFORE + r"(?:消化|胸腔|心臟|整形|泌尿|神經|骨科|小兒外科|大腸直腸|內視鏡|移植|乳房|血管|急診|重症|麻醉|癌症|腫瘤|外傷|放射線|放射|病理)[^，,。；]{0,6}(?:醫學會|(?<!醫)學會)[^，,。；]{0,3}年會|(?:sub-?)?special(?:i?ty|ities)[- ](?:societ(?:y|ies)['’]?s?[- ]|association['’]?s?[- ])?(?:" + ANNUAL + r"[- ])?(?:" + MEETING + r"|congress(?:es)?)|" + SPECIALTY_SOCIETY_MEETING + r"|(?:" + ANNUAL + r"[- ])?(?:meetings?|mtgs?|congress(?:es)?)\s+of\s+(?:(?:one|any|each|either|both|all|two|three|several|some|\d+)\s+of\s+)?(?:the\s+|my\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
    # ("the annual meetings of two surgical subspecialty societies": the meeting named before whose it is; "annual meeting of
    # one of the specialty societies listed in …": one of them picked out, still a specialty society's)
    r"(?:sub-?)?special(?:i?ty|ities)\s+(?:societ(?:y|ies)|associations?)\b|(?:" + ANNUAL + r"[- ])?(?:meeting|congress)[^,.;]{0,45}training[- ](?:curriculum|programme|program|standard|rotation|list)|" + _item_ref(3, "三")),
    ("international_meeting", NAMED_OVERSEAS_MEETINGS + "|" + MEETING_ABROAD_VERB + r"|國際(?:性)?[^，,。；\d]{0,4}?(?:研討會|會議|醫學會|年會|大會)|國際|國外[^，,。；\d]{0,6}(?:醫學會|會議|研討會|年會)|出國[^，,。；\d]{0,6}?(?:開會|醫學會|會議|研討會|年會)|"
                              + FOREIGN_SOCIETY_MEETING + r"|(?:international|\bintl\.?|\bint['’]l)[- ](?:[a-z]+[- ]){0,2}?(?:symposi(?:ums?|a)|conferences?|congress(?:es)?|meetings?|seminars?|workshops?)\b|" + _BARE_ABROAD + "|overseas (?:meeting|conference|congress)|" + OVERSEAS_MEETING + "|" + _item_ref(4, "四")),
    # a lecture attended, not given ("聽了一場院外演講", "went to an outside lecture") is a seminar (5.5), never a speaker's
    # (a talk series attended: 講座 / 學術講座, never a chair professor or the person's own talk: 講座教授, 擔任講座, 主講講座)
    # ("國內講習兩場各3hr": 講習 said short, no 會)
    ("domestic_seminar", NOT_SCHEDULED + r"(?:學術討論會|學術講習會|講習會|講習(?:課程)?|討論會|研討會|研習會|工作坊|學術演講|(?:院外|外院)(?:的)?(?:學術)?演講|(?:去)?聽(?:了|過)?[^，,。；\d]{0,4}?演講|"
                         r"(?<!擔任)(?<!主講)(?<!開)(?<!辦)講座(?!教授|主持)|"
                         # (courses attended outside the hospital, counted by the session: "院外的課上了 5 場", "外面的課程")
                         r"(?:院外|外院|外面|院外面)(?:的)?(?:課程|课程|課|课)(?!題|长|長|表)|"
                         # (CME sessions attended elsewhere, or counted by the session: "院外的CME聽了5場", "outside CME talks")
                         r"(?:院外|外院|外面)(?:的)?\s*\bcme\b|\bcme\b(?=[^，,。；;\d]{0,6}?\d+\s*(?:場|场))|\b(?:outside|external)\s+cme\b|"
                         # (… or named as the hospital's own sessions: "Hosp CME sessions 2026 (not TSA ones)", "in-house CME sessions" — never
                         # "CME sessions" bare, which rules questions name: "signed in at two CME sessions at the same time")
                         r"\b(?:hosp(?:ital)?\.?|in-?house)\s+cme\s+sessions?\b|"
                         # (grand rounds attended, counted: "two 1-hour grand rounds open to outside doctors", "3 grand rounds" —
                         # never grand rounds named with no count, "our dept runs weekly grand rounds": a rules question)
                         r"seminar|workshop|symposium|(?<=\d )grand[- ]rounds?\b|(?<=\d\s\s)grand[- ]rounds?\b|(?<=hour )grand[- ]rounds?\b|(?<=hr )grand[- ]rounds?\b|\b(?:attended|went to|listened to|sat in on) (?:a |an |the |one |two |\d+ |some |several |a few |a couple of )?(?:outside |external )?(?:talks?|lectures?)\b|"
                         # ("talks at other hospitals", "lectures at another hospital": attended elsewhere, a seminar)
                         r"\b(?:talks?|lectures?) (?:at|in) (?:other|another|outside|different) (?:hospitals?|institutions?|centers?|centres?)\b|"
                         # ("a 1 hr domestic lecture", "2 local evening talks": attended at home — never one the person gave)
                         r"(?<!\bgave )(?<!\bgave a )(?<!\bgive )(?<!\bdelivered )\b(?:domestic|local)\s+(?:evening\s+|night\s+|lunch(?:time)?\s+)?(?:talks?|lectures?)\b)"),
    # a course credited by its hours (10: 1 hour = 3 credits): "辦的課", "研習課", "按時數認證", "credited by the hour"
    # (… never the generic noun after a named activity: "2 ATLS courses", "ATLS 課程", "the ATLS provider class" — the
    # course is the ATLS, `NAMED_COURSE`)
    ("hours", NAMED_COURSE + r"(?:課程(?!基準)|上課|(?<=[的堂門節習修])課(?!題|長|表)|" + BY_HOURS + r"|(?<!\bof )course|class)"),  # ("of course" is no course)
    # (a talk counted in times, never papers — "其中兩次我上台報告", "上台報告 2 次", "我也在月會講了一次" — is the speaker's:
    # PRESENTATION leaves those to it)
    # (invited to speak: "其中一次是我被邀請去講腹腔鏡的經驗", "受邀去分享", "被請去報告" — the person's own talk; the stage
    # said any way: "上台報告", "上去報告", "上講台分享", "站上台講")
    ("tsa_monthly_speaker", r"(?<![聽听])(?<!聽了)講(?:了|過)?(?=\s*\d+\s*次)|(?<!不是)(?<!沒有)(?<!没有)(?<![沒没不])(?:被|受)(?:邀請|邀请|邀|請|请)(?:我)?(?:去|來|来)?(?:上[台臺])?(?:去)?(?:講|讲|分享|報告|报告|主講|主讲)|講者|演講者|擔任演講|(?<!學術)(?<!論文)(?<!發表)演講(?![會者])|主講|(?<!不是我)(?<!不是)(?<!沒有)(?<!没有)(?<![沒没未不])(?:上[台臺]|上去|上講[台臺]|站上[台臺])(?:去|做|作)?(?:報告|報(?![名到])|分享|講)|[台臺]上(?:的)?講|講過|是我講|我講的|由我講|輪到我講|"
                            # (the person reporting at it: "有兩次是我報告", "其中一次由我報告", "輪到我去報告", "是我做報告", "由我來作報告")
                            r"(?<![不非])是我(?:去|來)?(?:做|作)?報告|(?<![不沒没是])我(?:去|來)?(?:做|作)?報告的|(?<![不非])是我(?:去|來)?(?:做|作)?報告的|由我(?:去|來)?(?:做|作)?報告|輪到我(?:去|來)?(?:做|作)?報告|換我(?:去|來)?(?:做|作)?報告|我負責(?:做)?報告|speaker|(?:gave|giving|did|delivered|delivering|held) (?:a |the |\d+ )?(?:talks?|lectures?)|\bspoke(?:\s+(?:at|in)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:meetings?|mtgs?)(?=\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|a\s+few|several|a\s+couple)\b))?\b|\bpresented at\b|"
                            # ("…10 of the 12 monthly meetings, speaking at two": the talks given at them)
                            r"\bspeaking\s+(?:at|in)\b"),
    # ("6 of the monthly journal-club style meetings": up to three words of what the meetings are like between; "monthly-meeting
    # sessions", "annual-meeting days": the compound written with a hyphen, the noun after it no other activity)
    # (… or named by its schedule, as the society's own notices call it: "每月學術研討會", "每個月的學術會議", "月例會" — a
    # meeting held every month is the society's monthly meeting, never a seminar of 5.5)
    ("tsa_monthly_meeting", rf"{NOT_MODAL_MONTH}月會|{MONTHLY_SCHEDULED}|{MONTHLY}[\s-]+(?:[\w-]+\s+){{0,3}}?{MEETING}|{MONTHLY_ALONE}"),
    # (never a subspecialty's: "次專科年會", "專科的年會" are 5.3's; nor a year's meetings: "去年會議" is 去年 + 會議; nor the
    # modal 會 after a time word: `NOT_MODAL_YEAR`)
    ("tsa_annual_meeting", rf"(?<!專科)(?<!專科的){NOT_MODAL_YEAR}年會(?![議议](?!程))|{ANNUAL}[\s-]+(?:{MEETING}|congress)|{ANNUAL_ALONE}|{TSA_MEETING}"),
)
# … then each kind's lexicon words, in the same order (calculators/lexicon.py: never before a hand-written kind)
ACTIVITY_KINDS = ranked(ACTIVITY_KINDS, "tsa_credit_tally.kind=")
# (an original article said short: "SCI original", "原著", "論著"; publications said short: "pubs", "pub")
PAPER_WORDS = (r"論文|文章|期刊|雜誌|原著|論著|paper|article|journal|published|發表|case report|病例報告"
               r"|\boriginals?\b|\bpubs?\b|\bpublications?\b|\bmanuscripts?\b")
# the corresponding author denied right after the first ("…也不是通訊", "… or corresponding"): the place is not said
_OR_CORRESPONDING = r"[^，,。；]{0,4}?(?:也不是|也非|或|/|、|\s*\bor\b|\s*\bnor\b)[^，,。；]{0,6}?(?:通訊|通信|責任|corr)"
# The person presented it themselves, said as speaking on stage ("我代表團隊上台講", "上台報告的是我", "我去報的", "I presented
# it", "I gave the talk"): the presenter (5.6), even where first authorship is denied — never where the stage is denied
# or someone else's ("不是我上台", "沒上台", "上台報告的是學弟", "my resident presented it")
PRESENTED_IT = (r"(?<!不是我)(?<!不是)(?<!沒有)(?<!没有)(?<![沒没未不])上[台臺]\s*(?:去)?\s*(?:講|讲|報告|报告|報|报|發表|发表|簡報|简报)"
                r"(?![^，,。；;]{0,2}?(?:的)?(?:不是我|是(?!我)|由(?!我)))"
                r"|(?<!不是)(?:我|由我)(?:自己)?(?:去|親自|亲自)(?:報|报|講|讲)的|(?:上[台臺]|報告|报告)的(?:人)?(?:是|就是)我"
                r"|\bI (?:presented|gave|delivered|did) (?:it|the (?:talk|presentation|oral|poster))\b|\bI (?:presented|was the (?:speaker|one presenting))\b"
                r"|\bpresented (?:it )?(?:myself|by me)\b")
# … never where another person presented it ("學弟上台報告的", "住院医师上台讲的", "my fellow gave the talk", "上台報告的是學弟"):
# the presenter's words said of someone else are no role of the person's (the shared people words, calculators/vocab.py)
PRESENTED_BY_OTHERS = OthersDoing(OTHER_PERSON_BEFORE, OTHER_PERSON_AFTER, (
    "「{said}」是別人上台發表，不是您本人，不算您的發表者身分；這篇依您其他的描述（作者序）計分。",
    "“{said}”: someone else presented it, not you — that is no presenter role of yours; the item is counted by the rest of "
    "what you said (your place on the byline)."))
# … and a presentation named again as given by another person ("…, not first author, the poster was presented by my
# resident", "那篇是由學弟上台報告"): that person's doing — no presentation of the person's own (the doer after the words
# only: "學弟的壁報" may be the person's too, by their place on the byline)
PRESENTATION_BY_OTHERS = OthersDoing(r"(?!)", (
    rf"\s+(?:was|were|got|had been)\s+(?:presented|given|delivered|read)\s+by\s+(?!me\b|myself\b)(?:{OTHER_PERSON})"
    rf"|\s*(?:是|則是|则是)?\s*由\s*(?:我的|我們的|我们的)?\s*(?:{OTHER_PERSON})\s*(?:代為|代为|代替我|幫我|帮我)?\s*(?:上[台臺])?\s*(?:報告|报告|講|讲|發表|发表)"),
    PRESENTED_BY_OTHERS.note)
# … and a place on the byline said of another person tied to the asker ("my fellow was 2nd author", "our resident was first
# author", "我的 fellow 是第二作者", "我們的住院醫師是一作"): that person's place, no paper or role of the person asking — never
# a person the whole question is about ("主任…一篇他是通訊作者": his places are the ones counted)
_MINE_OTHER = (r"(?:\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:fellows?|residents?|colleagues?|co-?authors?|students?|trainees?|juniors?|"
               r"seniors?|interns?|PGYs?|R[1-7]|registrars?|mentors?)\b|(?:我的|我們的|我们的)\s*(?:學弟|学弟|學妹|学妹|學長|学长|學姊|學姐|"
               r"学姐|同事|住院醫師|住院医师|總醫師|总医师|研究生|學生|学生|fellow|resident|R[1-7]|PGY\s*\d?))")
_MINE_OTHER_BEFORE = (rf"{_MINE_OTHER}\s*(?:(?:\b(?:actually|also|then|was|were|is|as|the|a|an)\b|是|當|当|擔任|担任|則是|则是|也是|掛|挂)\s*)*$")
AUTHORED_BY_OTHERS = OthersDoing(_MINE_OTHER_BEFORE, r"(?!)", (
    "「{said}」是別人的作者序，不是您本人的，不另算一篇；您的論文依您自己的作者序計分。",
    "“{said}”: that is someone else's place on the byline, not yours — no paper of yours; yours is counted by your own place."))
# Author roles, in the order they are tried ("非第一作者" is another author before "第一作者" is first).
# Every ranked place denied — first, corresponding and second ("not first, not corresponding, not second", "不是一作、不是通訊、
# 也不是二作") — or the middle of the byline said ("somewhere in the middle of the author list"): another author (5.7's 10)
_EN_NOT = r"(?:not|non|never|wasn't|isn't)[- ](?:as\s+)?(?:the\s+)?"
_EN_JOIN = r"\s*(?:/|,|;)?\s*(?:\b(?:and|or|nor)\s+)?"
ALL_PLACES_DENIED = (rf"\b{_EN_NOT}(?:first|1st)(?:[- ]author)?{_EN_JOIN}{_EN_NOT}corr(?:esp(?:onding)?)?\b\.?(?:[- ]author)?{_EN_JOIN}"
                     rf"{_EN_NOT}(?:second|2nd)\b"
                     r"|(?:非|不是)\s*(?:第\s*)?(?:一|1)\s*(?:作者?)?\s*[、，,/]?\s*(?:也)?(?:非|不是)\s*(?:通訊|通信)(?:作者)?\s*[、，,/]?\s*(?:也)?(?:非|不是)\s*(?:第\s*)?(?:二|2)\s*作"
                     r"|\b(?:somewhere\s+)?in\s+the\s+middle\s+of\s+the\s+(?:author(?:s|\s+list)|byline|list\s+of\s+authors)\b")
AUTHOR_ROLES: tuple[tuple[str, str], ...] = (
    ("other", ALL_PLACES_DENIED),
    (None, NEITHER_FIRST_NOR_CORRESPONDING),
    ("corresponding", CORRESPONDING_AUTHOR),
    # the author's place on the byline written any way (calculators/vocab.py: one ordinal reader for every spelling)
    ("second", SECOND_AUTHOR),
    # (5.7 credits a second author apart: "neither first nor corresponding" names no place, so it is no "other" here)
    # (a co-author said so — "共同作者", "co-author" — is another author too, but one whose place is unsaid: noted,
    # `ROLE_NOTES`)
    ("other", CO_AUTHOR),
    ("other", NAMED_SHARED_AUTHOR + "|" + LATER_AUTHOR + r"|(?:not|n't|never) (?:the |a )?presenter|不是(?:發表者|發表人|報告者)"),
    ("first", FIRST_AUTHOR),
    # ("one original article (I'm first)", "(I was 1st)": the place on the byline said short, in brackets after the paper)
    ("first", r"(?<=[(（])\s*(?:i'?m|i am|i was|me)\s+(?:the\s+)?(?:first|1st)\s*(?=[)）])"),
    ("presenter", r"(?<!不是)(?:發表者|發表人|報告者|发表者|发表人|报告者)|(?<!not the )(?<!not a )(?<!n't the )presenter|" + PRESENTED_IT),
    # "不是一作" with no place named: another author — unless the corresponding author is denied with it ("既不是第一作者也不是通訊
    # 作者", "not first or corresponding"): second (25) or other (10) is then not said, and asked
    ("other", rf"(?:{NOT_FIRST_AUTHOR})(?!{_OR_CORRESPONDING})"),
)
AUTHOR_ROLES = ranked(AUTHOR_ROLES, "tsa_credit_tally.role=")
_PLACES = "|".join(w for v, w in AUTHOR_ROLES if v)
# another person's place on the byline said as a clause of its own ("my fellow was 2nd author", "學弟是一作")
_OTHERS_PLACE = (rf"{_MINE_OTHER}\s*(?:(?:\b(?:actually|also|then|was|were|is|as|the|a|an)\b|是|當|当|擔任|担任|則是|则是|也是|掛|挂)\s*)*"
                 rf"(?:{'|'.join(w for v, w in AUTHOR_ROLES if v in ('first', 'second', 'corresponding', 'other'))})")
# Words that say another author only by implication: shown as an assumption wherever an item is read so
ROLE_NOTES = {
    CO_AUTHOR: ("「共同作者」讀為「其他作者」；若您其實是通訊作者或第二作者，積分不同，請告訴我。",
                "“Co-author” is read as “other author”; if you were in fact the corresponding or second author, the credits "
                "differ — please tell me."),
    rf"(?:{NOT_FIRST_AUTHOR})(?!{_OR_CORRESPONDING})": (
        "「不是第一作者」讀為「其他作者」；若您是通訊作者或第二作者，積分不同，請告訴我。",
        "“Not first author” is read as “other author”; if you were the corresponding or second author, the credits differ — "
        "please tell me."),
}
# The attending said loosely, late, or with no count (calcen59): an adding word, then a verb of attending and the meeting
# pointed at or nothing more ("Also attended the congress obviously.", "and of course I was at the congress", "also went to
# the meeting", "I was also there"), or the verb and the meeting, then the adding word ("attended too of course", "went to
# the congress as well", "I was there too") — never another person's ("my fellow also attended it": the adding word must
# open its clause or follow "I"), nor a count of another kind ("also attended 3 monthly meetings": no meeting pointed at).
_ADDING = r"(?:also|of\s+course|ofc|obviously|obvs|naturally|certainly|definitely|actually|as\s+usual)"
_AFTER_ADDING = r"(?:too|as\s+well|also|of\s+course|ofc|obviously|obvs|naturally|as\s+usual)"
_ATTEND_VERB = (r"(?:attended|went(?:\s+to)?|was\s+(?:at|there)|been\s+(?:to|there)|made\s+it(?:\s+to)?|sat\s+(?:in|through)|"
                r"showed\s+up(?:\s+at)?|joined|participated(?:\s+in)?|registered(?:\s+for)?)")
_MEETING_POINTED = (r"(?:it|there|the\s+(?:whole\s+|entire\s+|full\s+)?(?:(?:annual|TSA|same|main)\s+)?"
                    r"(?:meeting|mtg|congress|conference|event|thing)(?:\s+itself)?|that\s+(?:meeting|mtg|congress|conference|one))")
# (how long, said between: "I was there the whole time too", "attended it all three days as well")
_WHOLE_TIME = (r"(?:\s+(?:for\s+)?(?:the\s+(?:whole|entire|full)\s+(?:time|thing|day|days|event)|all\s+(?:(?:\d|two|three)\s+)?days?|"
               r"(?:both|all\s+(?:\d|two|three))\s+days))?")
_CLAUSE_OPEN = r"(?:^|(?<=[.!?;,(—–:])\s*|\b(?:and|plus|but|so)\s+|(?-i:\bI)\s+)"
_ATTENDED_LOOSELY = (
    rf"{_CLAUSE_OPEN}(?:{_ADDING},?\s+){{1,2}}(?:(?-i:I)\s+)?(?:{_ADDING}\s+)?{_ATTEND_VERB}"
    rf"(?:\s+{_MEETING_POINTED}\b|(?=\s*(?:[.,;!?)—–]|$|\b{_AFTER_ADDING}\b|\b(?:lol|haha|btw)\b)))"
    rf"|{_CLAUSE_OPEN}{_ATTEND_VERB}(?:\s+{_MEETING_POINTED})?{_WHOLE_TIME}\s*,?\s*{_AFTER_ADDING}\b"
    rf"|(?-i:\bI)\s+was\s+{_ADDING}\s+(?:there|at\s+{_MEETING_POINTED})\b"
    # ("I did attend the meeting", "I did also attend it", "and I attended the congress itself": the meeting pointed back at,
    # attended — emphatic, or with nothing else after it)
    rf"|(?-i:\bI)\s+did\s+(?:also\s+|actually\s+)?attend\s+{_MEETING_POINTED}\b"
    rf"|{_CLAUSE_OPEN}(?:(?-i:I)\s+)?attended\s+{_MEETING_POINTED}(?=\s*(?:[.,;!?)—–]|$|\b(?:itself|as\s+well|too|also|lol|btw)\b))"
    # ("年會當然也有去", "大會我當然有參加", "当然也参加了年会" — an adding word, 當然 / 也, as in English: "今年年會去了" alone is
    # the annual meeting said as an item): never a count after it ("年會也有去 5 次月會": the 5 is
    # the monthly meetings')
    r"|(?:年會|年会|大會|大会|會議|会议)(?:本身)?\s*(?:我)?\s*(?:(?:當然|当然)\s*也?|也)\s*有?\s*(?:去|參加|参加|出席)(?:了)?"
    r"(?=\s*(?:[，,。；;！!？?)）~～]|$|啦|喔|哦|啊|呀|囉|啰))"
    r"|(?:當然|当然)\s*也?\s*有?\s*(?:去|參加|参加|出席)(?:了)?\s*(?:年會|年会|大會|大会|會議|会议)(?:本身)?"
    r"(?=\s*(?:[，,。；;！!？?)）~～]|$|啦|喔|哦|啊|呀|囉|啰))"
)
# "會議本身也算" / "attended it too": the meeting a presentation was given at is attended as well.
ALSO_ATTENDED = (r"(?:會議|年會|大會)?本身也算|也算出席|也有出席|也出席了?|出席也算|出席本身|"
                 r"\b(?:attended|attending) (?:it|the meeting|them) (?:too|as well)\b|the meeting itself (?:counts|too)|"
                 # ("(attended all of it)", "attended the whole congress", "sat through the whole thing")
                 r"\b(?:attended|sat through|stayed for)\s+(?:all of it|it all|the whole (?:thing|meeting|congress|conference|event|"
                 r"programme|program))\b|"
                 r"\bwhich I (?:also )?attended\b"
                 # ("and also attended it", "and of course attended it", "& obviously I attended the congress")
                 r"|\b(?:and|&)\s+(?:I\s+)?(?:(?:also|of course|obviously|naturally|certainly|definitely|actually|too),?\s+){0,2}(?:I\s+)?"
                 r"attended (?:it|the (?:meeting|congress|conference)|that (?:meeting|congress|conference))\b"
                 # ("plus attending the meeting ofc", "and of course attending it", "I also attended the meeting, of course",
                 # "I attended the mtg too"): the attending said as a gerund after an adding word, or as "I attended it" with a
                 # word saying it comes on top
                 r"|\b(?:plus|and|also|with|&)\s+(?:(?:also|of course|ofc|obviously|naturally|certainly|too),?\s+){0,2}attending\s+"
                 r"(?:it|the (?:meeting|mtg|congress|conference|annual (?:meeting|mtg|congress))|that (?:meeting|mtg|congress|conference))\b"
                 r"|\bI\s+(?:also|of course|obviously|naturally)\s+attended\s+(?:it|the (?:meeting|mtg|congress|conference)|that (?:meeting|mtg|congress|conference))\b"
                 r"|\bI\s+attended\s+(?:it|the (?:meeting|mtg|congress|conference)|that (?:meeting|mtg|congress|conference))\s*,?\s*(?:too|as well|also|of course|ofc)\b"
                 # the attendance named as a credit of its own ("plus the attendance itself", "attendance counts too", "加上出席")
                 r"|\b(?:plus|and|also|with|including|count)\s+(?:the\s+|my\s+)?attendance\b|\battendance\s+(?:(?:counts?|is counted|should count)\s+)?(?:itself|too|as well|also)\b"
                 # (… or as one term of the sum asked: "attendance + posters = ?", "posters + attendance", "出席＋壁報共幾分")
                 r"|\battendance\s*(?:\+|&|\bplus\b)|(?:\+|&)\s*(?:the\s+|my\s+)?attendance\b"
                 r"|出席(?:分|積分)?\s*(?:\+|＋|加上?)\s*(?:發表|壁報|口頭|演講|論文|poster|oral)|(?:\+|＋)\s*出席"
                 r"|(?:加上|還有|还有|再加|含)(?:年會|大會|會議)?(?:的)?出席(?:分|積分)?|出席(?:分|積分)?(?:也|要|也要)算"
                 # the meeting pointed back at as itself ("plus the meeting itself", "and the congress itself", "加上年會本身",
                 # "会议本身呢"): the place of the presentations, attended — read, never dropped
                 r"|\bthe\s+(?:(?:annual|TSA|same)\s+)?(?:meeting|mtg|congress|conference)\s+itself\b|(?:年會|年会|大會|大会|會議|会议)本身"
                 # (… never with its attendance said to be counted apart: "年會本身的出席分另外算我知道" — left out of this count)
                 r"(?![^，,。；;？?]{0,8}?(?:另外|另|分開|分开|單獨|单独)\s*(?:算|計|计))"
                 # (… or the meeting as one term of the sum asked: "so meeting + posters = ?", "posters plus the congress")
                 r"|\b(?:meeting|mtg|congress|conference)\s*(?:\+|&|\bplus\b)\s*(?:the\s+|my\s+)?(?:posters?|e-?posters?|orals?|talks?|"
                 r"presentations?|abstracts?)\b|\b(?:posters?|orals?|talks?|presentations?|abstracts?)\s*(?:\+|&|\bplus\b)\s*(?:the\s+)?"
                 r"(?:meeting|mtg|congress|conference)\b(?!\s+(?:posters?|orals?|talks?|presentations?))"
                 r"|" + _ATTENDED_LOOSELY)
CASE_REPORT = extend(r"病例報告|案例報告|個案報告|case[\s-]*rep\w*|case[\s-]*rpt", "tsa_credit_tally.case_report")  # typos too: "case reprot"
# a paper said to be an original one ("原著", "原創論文"): no case report, said so (no assumption). (The English words —
# "full article", "original article" — are left out: a reply "second author, full article" to the question about the role
# is then no longer read as completing it; round 43, assume43 — the line stays in English (said twice).)
ORIGINAL_PAPER = r"原著|原創論文|原创论文"
# 5.15's islands by their names in every spelling (Green Island = 綠島, Orchid Island = 蘭嶼, the Pescadores = 澎湖, Quemoy = 金門)
# (… and the places within them, in Chinese and romanised: 烈嶼 / Lieyu / Little Kinmen and 烏坵 are Kinmen County's; 南竿, 北竿,
# 東引, 莒光 Matsu's (Lienchiang County, 連江縣); 馬公, 七美, 望安 Penghu's; "Jinmen" is 金門 in pinyin; Liuqiu / Xiaoliuqiu / Lambai
# is 小琉球, an island 5.15 does not name — read as 小琉球 is (the lexicon's), so the clause answers it, never a doubled total:
# bot/rules_answer.py EXCLUSIVE, "unlisted place")
OFFSHORE = extend(r"澎湖|金門|馬祖|綠島|蘭嶼|離島|烈嶼|小金門|烏坵|南竿|北竿|東引|莒光|七美|望安|琉球鄉|"
                  r"offshore|outlying island|penghu|kinmen|matsu|quemoy|pescadores|green island|orchid island|"
                  r"\blanyu\b|\bl[uü]dao\b|\bmakung\b|\bmagong\b|\bnangan\b|\bbeigan\b|\bjinmen\b|\blieyu\b|little kinmen|"
                  r"\bdongyin\b|\bjuguang\b|\bwuqiu\b|\bqimei\b|\bwang'?an\b|\bmazu\s+islands?\b|"
                  r"\b(?:xiao\s*)?liuqiu\b|\blambai\b|\blamay\b", "tsa_credit_tally.offshore_island")
# An island's name naming something else (calcen59): a street or a road named after it ("the Kinmen St in Taipei", "Kinmen Rd",
# "台北的金門街", "澎湖路"), a person ("Dr. Matsu", "my colleague Matsu"), a place visited ("visited Penghu on holiday", "a trip to
# Kinmen", "去澎湖玩", "到金門旅遊"), a meeting held there ("the monthly meeting in Penghu", "在澎湖舉辦的月會"), its liquor (金門高粱)
# — no practice on the island (5.15: "於…離島地區執業者"); said so where nothing else says it
OFFSHORE_ELSEWHERE = (
    r"\b(?:dr|mr|mrs|ms|prof|doctor|colleague|named|called)\.?|"
    r"\b(?:visit(?:ed|ing)?|toured|(?:holiday|vacation|vacay|trip|travel(?:l?ed|l?ing)?|flew|honeymoon|getaway|tour|weekend)\s+(?:to|in|on|at|around))|"
    r"\b(?:meeting|mtg|congress|conference|course|seminar|workshop|symposium)s?\s+(?:(?:was|were)\s+)?(?:held\s+)?(?:in|on|at)",
    r"(?:st|st\.|street|rd|rd\.|road|ave|avenue|blvd|boulevard|lane|ln)\b|[街路巷]|高粱|"
    r"(?:on|for)\s+(?:a\s+|the\s+|my\s+)?(?:holiday|vacation|vacay|trip|weekend|getaway|honeymoon)\b|"
    r"(?:玩|旅遊|旅游|度假|渡假|出遊|出游|觀光|观光)|(?:舉辦|举办|辦|办|開|开)的?\s*(?:年會|年会|月會|月会|會議|会议|研討會|研讨会)",
    ("{said}在這裡說的是別的事（街名、人名、去過的地方或會議地點），不是您執業的地方，所以未適用離島加倍（第五條第十五款）；"
     "若您在離島執業，請告訴我。",
     "{said} names something else here (a street, a person, a place visited or where a meeting was held), not where you "
     "practise, so the offshore-island doubling (5.15) is not applied; if you do practise on an offshore island, say so."))
# Conditions the rule puts on an activity or a flag of the tally, by the clause that states them: "國內進修(限在醫學中心進修)"
# (5.9(2)), "於澎湖、金門、馬祖、綠島及蘭嶼等離島地區執業者" (5.15). A question that states a value the condition excludes ("在區域醫院
# 進修三個月", "在台東偏鄉執業") is never computed as that kind or with that flag: the clause answers it (bot/routing.py
# `condition_unmet`, read with bot/rules_answer.py's families of values that exclude one another).
KIND_CONDITIONS = (("tsa_credit_tally", "training_domestic", "tsa-cme/5.9.2"),)
# … said beside other activities ("月會3次，另外在區域醫院進修2個月"): the training is set aside, not credited, and the rest computed
TRAINING_UNMET = (r"進修|研修|受訓|見習|\btrain(?:ing|ed)\b|\bfellowship\b|\bobservership\b|\brotation\b|\bstint\b", "tsa-cme/5.9.2",
                  ("在醫學中心以外的醫院或診所進修不計分：國內進修限在醫學中心進修（第五條第九款第二目）。",
                   "Training at a hospital or clinic other than a medical centre is not credited: domestic training must be at a "
                   "medical centre (art. 5(9)(2))."))
FLAG_CONDITIONS = (("tsa_credit_tally", "offshore_island", "tsa-cme/5.15"),)
ROLE_KINDS = frozenset({"paper_sci", "paper_non_sci", "presentation"})
MEETING_KINDS = frozenset({"tsa_annual_meeting", "tsa_monthly_meeting", "specialty_annual_meeting", "international_meeting",
                           "other_surgical_society_meeting", "domestic_seminar"})
TALLY_CUES = (r"積分", r"學分", r"幾分", r"多少分", r"credits?", r"points?", r"\bcme\b")
TALLY_TOPIC = r"外科|本會|surg"
IR_TECHNIQUES = latin_bounds(r"消融|栓塞|支架|引流|(?<!學術)切片|射頻|微波|燒灼|\b(?:RFA|MWA|TACE|TARE|PTA|PCN|PTCD|PTBD|BRTO|TIPS|UAE|PAE|cryo)s?\b|"
                 r"\bablations?\b|\bemboli[sz]ations?\b|\bstent(?:ing|s)?\b")
# Another regulation's points (TSIR renewal points are "抵" credits — unless the surgical credits are named right after,
# "可以抵多少外科積分"), a mammography question, a renewal.
# (IR meetings and radiology CME are the TSIR renewal's words, never the surgical tally's; e-posters too, unless the
# surgical meeting is named: `TALLY_EPOSTER`)
# (乳房 is the mammography rules' word — never in a breast society's name, "乳房醫學會年會", whose meetings are 5.3's; the
# society named otherwise, or with no other surgical word, is its own rules': `TALLY_BREAST_SOCIETY`)
TALLY_BLOCK = (r"指導老師|介入|instructor|tsir|乳房(?!外科|醫學會|(?<!醫)學會)|乳攝|mammo|換證|"
               # (a mammography unit's QC field test and its measures: "品管實地測試…八十幾分…要不要去上品管討論會")
               r"品管(?:實地)?測試|品管討論會|實地測試|判片座談會|複判差異|假體影像|\bIR\s+(?:meeting|congress|conference)|"
               r"radiology\s+(?:cme|education|points|credits)|放射線?(?:專科)?(?:醫師)?教育積分|"
               # interventional case counts ("消融近六年 100 例", "120 RFA cases"): a TSIR instructor's application
               rf"(?:{IR_TECHNIQUES})[^，,。；;\d]{{0,8}}\d+\s*(?:例|台|檯|cases?|procedures?)|\d+\s*(?:例|cases?|procedures?)?\s*(?:of\s+)?(?:{IR_TECHNIQUES})")
# The breast society named ("乳房醫學會"): its annual meeting attended, counted toward the surgical credits, is 5.3's ("胸腔外科醫學會
# 年會去兩次、乳房醫學會年會一次，拿去外科醫學會認可以算幾分") — the society named for anything else ("乳房醫學會再報一次", its own
# specialist credits, "乳房醫學會年會可以拿幾個繼續教育積分") or with no other surgical word is the society's own rules, no tally
TALLY_BREAST_SOCIETY = r"乳房(?:醫學會|(?<!醫)學會)"
TALLY_BREAST_MEETING = r"乳房(?:醫學會|(?<!醫)學會)(?:的)?\s*年會"
TALLY_SURGICAL_ELSE = r"(?<!乳房)外科"
# What the activities "offset" ("可以抵多少", "抵幾分"): the TSIR renewal's word for its points — unless the surgical credits are
# named right after ("可以抵多少外科積分"), or an activity only the surgical credits count is named (`TALLY_OWN_KINDS`)
TALLY_OFFSET = r"(?:可以抵|能抵|抵幾分|抵多少)(?![^，,。？?；;]{0,6}?(?:外科|本會))"
# Activities that only the surgical credits count, whatever the words around them: training months (進修 / 研修 / fellowship /
# observership, 5.9) and ATLS (5.13) — article 5 of the instructor rules has no such item, so "進修能抵多少學分" is the tally's
TALLY_OWN_KINDS = (r"進修|研修|进修|见习|見習|\bfellowship\b|\bobservership\b|\bvisiting\s+(?:scholar|fellow)\b|"
                   r"(?<![A-Za-z])atls(?![A-Za-z])|高級外傷救命術|高级外伤救命术")
# An e-poster is the TSIR renewal's word (5.3), the surgical tally's only where a surgical meeting or the TSA is named with
# it ("4 e-posters at the surgical congress", "外科年會貼了 2 張電子壁報", "e-posters at the TSA meeting")
TALLY_EPOSTER = r"e-?posters?|電子壁報"
TALLY_EPOSTER_SURGICAL = r"外科|本會|surg|\bTSA\b"
# The detail an activity of a kind needs (SPEC §4.1), and the question when it is missing.
TALLY_ASK: dict[str, tuple[str, str]] = {
    "months": ("進修了幾個月？", "How many months of training?"),
    "hours": ("每場講習會／課程幾小時（兩小時以內或超過兩小時）？", "How many hours was each seminar or course?"),
    "days": ("該專科醫學會年會開了幾天（一天或兩天以上）？",
             "How many days did that specialty society's annual meeting last (1, or 2 or more)?"),
    "role": ("您是第幾作者（第一作者、通訊作者、第二作者或其他作者）？",
             "What was your authorship (first, corresponding, second or other author)?"),
    "activities": ("請列出參加的活動與次數（例如：本會年會 1 次、月會 3 次、SCI 論文第一作者 1 篇）。",
                   "Please list your activities and how many of each (e.g. TSA annual meeting 1, monthly meetings 3, "
                   "one SCI paper as first author)."),
}

# A subspecialty society named by its field ("胸腔外科（兩天）", "大腸直腸外科年會") is 5.3's meeting where its clause says a
# meeting or its length; a subspecialty named alone ("我是胸腔外科醫師") is none.
SUBSPECIALTIES = (r"(?:大腸直腸|胸腔(?:暨心臟血管)?|心臟(?:血管)?|消化|小兒|整形|泌尿|神經|移植|乳房|血管|外傷|重症|內分泌|頭頸|肝膽胰?)外科"
                  r"(?!醫師|醫生|專科醫師)")
SUBSPECIALTY_MEETING = Choice(
    "specialty_annual_meeting", r"次專科(?:的)?(?:醫學會)?(?:的)?年會|" + SUBSPECIALTIES,
    clause=r"年會|醫學會|\d+\s*天|annual|meeting|congress|\d+\s*-?\s*days?", names=SUBSPECIALTIES)

# Another department's society named by its field, none of those above ("內科醫學會年會", "婦產科學會的年會", "眼科醫學會
# 年會"): never the TSA's own annual meeting (5.1). 5.3 counts it only where that field is among the clinical subjects of
# the surgical training curriculum, which no question says: the answer says so.
OTHER_FIELD_MEETING = Choice(
    "specialty_annual_meeting", r"(?<!外)(?<!專)科(?:醫學會|(?<!醫)學會)(?:的)?\s*年會|"
    r"\b(?:internal medicine|family medicine|ob-?gyn|obstetrics(?: and gynae?cology)?|gynae?cology|ophthalmology|"
    r"otolaryngology|ent|dermatology|psychiatry|pa?ediatrics?|neurology|cardiology|rehabilitation|radiology|"
    r"ana?esthesiology|emergency medicine|pathology|oncology|gastroenterology|urology|orthopa?edics?)\s+"
    r"(?:society|association)(?:['’]s)?\s+(?:(?:\d+|one|two|three)[- ]?days?\s+)?(?:annual\s+)?(?:meeting|congress|conference)\b"
    # (the society word shortened or left out before its annual meeting: "orthopaedic assoc annual meeting", "orthopedic
    # annual congress", "anesthesiology soc. annual mtg")
    r"|\b(?:internal medicine|family medicine|ob-?gyn|ophthalmology|otolaryngology|dermatology|psychiatry|neurology|cardiology|"
    r"rehabilitation|radiology|ana?esthesiology|emergency medicine|pathology|oncology|gastroenterology|urology|orthopa?edics?)\s+"
    r"(?:(?:assoc|soc)\.?\s+)?(?:(?:\d+|one|two|three)[- ]?days?\s+)?" + ANNUAL + r"\s+(?:meeting|mtg|congress|conference)\b",
    note=("其他科別醫學會的年會讀為第五條第三款的醫學會年會：此款只計「外科專科醫師訓練課程基準」臨床學科所列訓練項目科別之醫學會年會；"
          "該科不在所列科別時，不計積分。",
          "Another field's society annual meeting is read under 5.3, which counts only the annual meetings of the societies of "
          "the fields listed in the surgical training curriculum; a field not listed earns no credits."))

# Who the person is, said before the question (no activity of the period): trained or educated abroad, said with being new
# to the credit system ("Trained overseas, still learning the TSA system", "trained in the US, so new to all this"); trained
# abroad said as what the person is ("overseas-trained surgeon here", "a foreign-trained doc"); a residency or medical school
# abroad (no 5.9 training: "did my residency abroad"). A stay abroad said with its length or its year stays an activity.
_ABROAD_SAID = rf"(?:overseas|abroad|in\s+(?:the\s+)?(?:US|USA|U\.S\.|UK|States|Japan|Europe|America|Germany|Australia|Canada|Korea|Singapore)\b|(?:{ABROAD_PLACES}))"
_NEWCOMER = (r"\b(?:still\s+(?:learning|figuring|getting|new)|new\s+to|(?:not|n't)\s+(?:yet\s+|really\s+|very\s+)?familiar|unfamiliar|"
             r"figuring\s+out|getting\s+used\s+to|first\s+time|just\s+(?:came\s+back|moved\s+back|returned|joined)|recently\s+(?:returned|joined|moved))"
             r"|還不(?:太)?熟|还不(?:太)?熟|不太熟|不太懂|搞不(?:太)?懂|剛回(?:國|台)|刚回(?:国|台)|新手|第一次")
_POST_HELD = (r"(?:visiting\s+|clinical\s+|research\s+|exchange\s+)?(?:fellow|scholar|observer)"
              rf"(?:\s+(?:from|of)\s+(?:{ABROAD_PLACES}|(?-i:[A-Z][a-z]+)))?")  # (… and where they come from: "from Korea")
_HOLDER_NOW = (rf"\b{_POST_HELD}\s+here\b"
               rf"|\b(?:i'?m|i\s+am)\s+(?:a|an|the)\s+{_POST_HELD}\b(?![^.;!?\n\d]{{0,40}}\b(?:for|of)\s+(?:\d|a\s+(?:month|year)|one|two|three|six))"
               r"|(?:我是|身為|身为|作為|作为)[^，,。；;\d]{0,8}?(?:visiting\s*(?:fellow|scholar)|交換學者|交换学者|訪問學者|访问学者)"
               r"(?![^，,。；;\n]{0,12}\d+\s*(?:個月|个月|週|周|星期|天|年|months?|weeks?|wks?|mos?)\b)")
BACKGROUND = (rf"\b(?:trained|educated|qualified|studied|graduated)\s+(?:\w+\s+){{0,2}}?{_ABROAD_SAID}[^.;!?\n\d]{{0,40}}?(?:{_NEWCOMER})"
              r"|\b(?:overseas|foreign|abroad|US|U\.S\.|UK|American|Japanese|European)[- ](?:trained|educated|graduated)\b"
              rf"|\b(?:did|completed|finished|done)\s+(?:my|his|her|our|all\s+my)\s+(?:surgical\s+|surgery\s+)?(?:residency|specialty\s+training|"
              rf"med(?:ical)?\s+school|medical\s+training)\s+(?:\w+\s+){{0,2}}?{_ABROAD_SAID}"
              rf"|(?:在|於)?(?:國外|海外|{ABROAD_PLACES})(?:受訓|受的訓|完成(?:住院醫師)?訓練|訓練出身|念(?:的)?醫學院|畢業)[^。；？?\d]{{0,20}}?(?:{_NEWCOMER})"
              # (the post the person holds now, said as who they are: "Visiting fellow here.", "I'm a visiting scholar from
              # Korea", "身為 visiting fellow" — no length after it: no training of theirs; never "spent 3 months as a visiting
              # fellow in Boston", a stay said with its length)
              rf"|{_HOLDER_NOW}")

# The tally as the generic reader's `items` slot: one activity per kind a clause names ("年會一次月會兩次"), its count,
# role, hours, days, months and case-report flag read in that clause or completed by the next, each in its year.
# A speaker credit is 5.2's only at a monthly meeting; "SCI" names a paper only beside paper words.
_KIND_WHEN = {"tsa_monthly_speaker": (("monthly",),)}
# ATLS courses each named by which one it was ("the ATLS provider course in Jan and the refresher in Oct", "ATLS 初訓跟複訓"):
# a clause naming two, no count written, is two courses (5.13 counts each); a clause after an ATLS item naming only a
# refresher ("…, and the refresher in October", "10月又複訓一次") is another ATLS course (`ATLS_AGAIN`, the tally's `follow`)
ATLS_AGAIN = r"\brefresher\b|\bre-?cert\w*|\bre-?training\b|\brenewal\s+course\b|複訓|复训|再訓|再训|重訓|重训"
ATLS_SESSIONS = r"\bprovider\s+course\b|\binitial\s+course\b|初訓|初训|首訓|首训|" + ATLS_AGAIN
_KIND_NAMES = {"international_meeting": NAMED_OVERSEAS_MEETINGS, "atls": ATLS_SESSIONS}
_KIND_CLAUSE = {"paper_sci": PAPER_WORDS + r"|作者|author|[一二三]作|\d+\s*篇|[那這这]篇|第\s*[一二三四五1-5]\s*篇"}



def _tally_choices() -> tuple[Choice, ...]:
    """The activity kinds in their order, another field's society meeting just before the TSA's own annual meeting (whose
    年會 it must win), the subspecialties last."""
    out: list[Choice] = []
    for k, w in ACTIVITY_KINDS:
        if k == "tsa_annual_meeting" and OTHER_FIELD_MEETING not in out:
            out.append(OTHER_FIELD_MEETING)
        out.append(Choice(k, w, when=_KIND_WHEN.get(k, ()), clause=_KIND_CLAUSE.get(k, ""),
                          names=_KIND_NAMES.get(k, ""),
                          others=PRESENTATION_BY_OTHERS if k == "presentation" else None))
    return (*out, SUBSPECIALTY_MEETING)


_TALLY_CHOICES = _tally_choices()

TALLY = Vocabulary(
    tool="tsa_credit_tally",
    model=TsaCreditTallyInput,
    unmet=(TRAINING_UNMET,),
    terms={
        "cue": "|".join(TALLY_CUES),
        **{f"cue{i}": w for i, w in enumerate(TALLY_CUES)},
        "topic": TALLY_TOPIC,
        "other_rules": TALLY_BLOCK,
        "breast_society": TALLY_BREAST_SOCIETY,
        "breast_meeting": TALLY_BREAST_MEETING,
        "surgical_else": TALLY_SURGICAL_ELSE,
        "offset": TALLY_OFFSET,
        "own_kind": TALLY_OWN_KINDS,
        "eposter": TALLY_EPOSTER,
        "eposter_surgical": TALLY_EPOSTER_SURGICAL,
        # a radiology meeting named ("RSNA", "CIRSE", "SIR"): the TSIR renewal's, unless a surgical meeting is named with it
        "ir_meeting": IR_NAMED_MEETINGS,
        "offshore": OFFSHORE,
        # ("five monthlies": the meetings said by the plural of their adjective)
        "monthly": r"月會|" + MONTHLY + r"|\bmonthl(?:ies|ys)\b|" + MONTHLY_SCHEDULED,
        "atls": r"(?<![A-Za-z])atls(?![A-Za-z])|高級外傷救命術|高级外伤救命术",
        # the instructor application's case counts ("免附個案數", "case numbers"): papers asked of them are article 1(2)'s
        "instructor_cases": CASE_COUNT_WORDS,
        # points said 點 ("一共多少點", "換證點數"): the instructor's renewal points, unless the surgical society is named
        "zh_points": ZH_POINTS,
    },
    trigger=(("cue",), ("@slot:activities",)),
    # (ATLS named: its "instructor" is the course's own, no TSIR word — calculators/vocab_tsir.ATLS blocks the TSIR side)
    block=(("other_rules", "!atls"), ("offset", "!own_kind"), ("eposter", "!eposter_surgical"), ("ir_meeting", "!eposter_surgical"),
           ("instructor_cases",), ("zh_points", "!topic"),
           ("breast_society", "!surgical_else"), ("breast_society", "!breast_meeting")),
    slots=(
        Slot("activities", "items", choices=_TALLY_CHOICES, fields=(
            # (posters are counted by the sheet: "貼了三張 poster")
            Slot("count", "number", units=("次", "篇", "場", "件", "個", "張", ""), min_value=1, whole=True, max_value=99,
                 ask=("您說每次都有參加：一共是幾次？", "You say you went every time: how many times in all?"),
                 of_kinds=tuple(dict.fromkeys(k for k, _ in ACTIVITY_KINDS if k not in ("training_abroad", "training_domestic", "hours"))),
                 # (a course by the hours taken again — "上了兩次", "took it twice" — is its count: 2 × its hours)
                 times_of=("hours",)),
            # (a seminar's length said as a bound at 5.5's two hours — "都不到兩小時", "each over 2 hours" — is its bracket)
            Slot("hours", "number", units=("小時",), pick="last", of_kinds=("domestic_seminar", "hours"), ask=TALLY_ASK["hours"],
                 rule="tsa-cme/5.5", breaks=(2,), breaks_of=("domestic_seminar",)),
            Slot("days", "number", units=("天",), pick="last", of_kinds=("specialty_annual_meeting",), ask=TALLY_ASK["days"],
                 rule="tsa-cme/5.3"),
            # weeks are months at 4 weeks a month (two weeks = 半個月, as people reckon it), days at 30 a month, said so
            Slot("months", "number", units=("個月", "週", "天"), scale=(("週", 1 / 4), ("天", 1 / 30)),
                 of_kinds=("training_abroad", "training_domestic"),
                 ask=TALLY_ASK["months"],
                 rule="tsa-cme/5.9"),
            Slot("role", "enum", choices=tuple(Choice(k, w, note=ROLE_NOTES.get(w),
                                                      others=PRESENTED_BY_OTHERS if k == "presenter" else AUTHORED_BY_OTHERS)
                                               for k, w in AUTHOR_ROLES), ask=TALLY_ASK["role"],
                 # ("I presented 2 orals + 1 poster, first author on all three": the role said of all of them is each one's —
                 # the presenter read from the verb yields to it; both are 5.6's roles that earn, so no credit changes)
                 restated_over=(("presenter", "first"),)),
            Slot("case_report", "flag", terms=CASE_REPORT, false_terms=ORIGINAL_PAPER, of_kinds=tuple(sorted(ROLE_KINDS))),
        ), defaults=(("presentation", "role", "presenter", ("發表論文演講／壁報視為由您本人發表（第一作者或發表者）。",
                                                      "The presentation is taken to be given by you (first author or presenter).")),),
        # "SCI 第一作者 2 篇、第二作者 1 篇": a clause naming only a role is another paper of the kind before it (a
        # presentation too: "壁報一作 2 篇；另外 1 篇我是第三作者")
        # (never a clause saying only which places it was not: "not as first or corresponding" is the papers' role unsaid)
        # (nor a clause giving another person's place, "my fellow was 2nd author btw", "我的 fellow 是第二作者": no paper of theirs)
        follow=tuple(((k,), rf"^(?![\s\S]*(?:{NEITHER_FIRST_NOR_CORRESPONDING}))(?![\s\S]*?{_OTHERS_PLACE})[\s\S]*?(?:{_PLACES})", k)
                     for k in ("paper_sci", "paper_non_sci", "presentation")) + (
            # "進修 2 個月…，之後在台大 3 個月", "2 months of fellowship in Japan and then 3 months at NTUH": after a training,
            # a clause naming only a length and a place is another training there (its place decides home or abroad)
            (("training_abroad", "training_domestic"), TRAINING_FOLLOW, "training_domestic"),
            # (never a part of the count said: "ATLS 上了兩次（一次是複訓）", "ATLS x2 (one was the refresher)")
            # (nor a question of the refresher, "去哪裡複訓？複訓算幾分", "how many points is the refresher?")
            (("atls",), rf"^(?!\s*[(（]?\s*(?:\d+|one\b|一)\s*(?:次|場|场|個|个|堂|門|门)?\s*(?:是|為|为|算|was\b|is\b|of\b|were\b))"
                        r"(?![\s\S]*(?:哪|幾|几|多少|嗎|吗|[?？]|\b(?:how|what|where|which|does|do|is|can)\b))"
                        rf"[\s\S]*?(?:{ATLS_AGAIN})", "atls"),),
        # a seminar its clause says is credited by the hour is the course by hours (article 10: 1 hour = 3 credits)
        recast=(("hours", BY_HOURS, ("domestic_seminar",),
                 ("您說這場研討會／講習是依時數認定：依第十條以時數計分（每小時 3 分），不按第五條第五款的每場 5／10 分。",
                  "You say the seminar is credited by the hour: it is counted by its hours under article 10 (3 credits an hour), "
                  "not per event under 5.5.")),
                ("other_surgical_society_meeting", NOT_ITEM_3, ("specialty_annual_meeting",), OWNED_SURGICAL_NOTE_5_3)),
        # (a presentation's role has a default: "壁報 2 篇，1 篇我是二作" may be one of the 2 — another only when said as more)
        follow_more=("presentation",),
        # ("presented as first author: 2 orals + 1 poster", "以第一作者發表口頭 2 篇、壁報 1 篇", "…，我是第一作者": the role
        # said of the whole list is every item's)
        over_list=("role",),
        # ("在今年的年會", "at this year's TSA annual meeting", "at last year's congress", "at our monthly meeting")
        venue=("presentation", tuple(sorted(MEETING_KINDS)),
               r"在|於|\bat(?:\s+(?:the|an|a|our|this|that|last|(?:this|last|next) year['’]s|the (?:20\d\d|recent|latest)))?"),
        venue_note=("在會議上發表只計發表積分（第五條第六款）；若也出席了該會議，請另外說明以計入出席積分（兩者可重複得分）。",
                    "A presentation at a meeting is counted as a presentation (5.6); if you also attended that meeting, "
                    "say so and the attendance is counted too (both may be credited)."),
        also=ALSO_ATTENDED, also_kinds=tuple(sorted(MEETING_KINDS - {"domestic_seminar"})),
        also_ask=("您說會議本身也要算：是哪一種會議（本會年會、月會、專科醫學會年會或國際會議）？",
                  "You say the meeting itself counts too: which meeting was it (the TSA annual meeting, a monthly meeting, "
                  "a specialty society's annual meeting or an international meeting)?"),
        # an annual meeting of a society not named ("去了學會年會", "參加醫學會的年會", "a society's annual meeting") is read as
        # the TSA's own, and said so: another society's (5.3, 5.10) is credited differently
        inferred=(("tsa_annual_meeting", UNNAMED_SOCIETY_MEETING,
                   ("「{said}」沒有說是哪個學會的年會，視為本會（台灣外科醫學會）年會計分；若是其他學會（例如專科醫學會）的年會，積分不同，請說明。",
                    "“{said}” does not say whose annual meeting it was: it is counted as the TSA's own annual meeting; if it was "
                    "another society's (a specialty society's, say), the credits differ — say so.")),),
        # training at home or abroad: the place its clause names decides (5.9(1) abroad, 5.9(2) at a medical centre at home)
        places=(("training_domestic", "training_abroad", HOME_PLACES + "|" + MEDICAL_CENTRES, ABROAD_PLACES,
                 ("進修地點依問題所寫的地點判斷（{place}）。", "Where the training was follows the place written ({place}).")),),
        at_least=(("tsa_monthly_meeting", "tsa_monthly_speaker", (
            "擔任演講者的月會場次也計為出席月會（第五條第二款：出席與演講各計 20 分）。",
            "Each monthly meeting you spoke at is also counted as attended (5.2: attending and speaking earn 20 credits each).")),),
        fact_fields=("hours", "months"), personal_fields=("days", "role"),
        # (papers of one's own said with their count vague, "I'm on a few SCI papers", "I've got some SCI papers": the person's case too)
        fact_words=r"(?:去|參加|出席)(?:了|過)|\battended\b|\bwent to\b|\b(?:i'?m|i am) on\b|\bi(?:'ve| have)(?: got| had)?\b(?=[^.?!;]{0,24}\b(?:papers?|articles?|publications?)\b)",
        # "口頭 2 篇、壁報 1 篇，都是一作", "all as first author", "first author on both": one role said for every item
        every=(r"(?:都|全部|全都|皆|一律|通通|每篇都|每一篇都)\s*(?:我)?\s*(?:是|為|掛|挂|當|当|算)?\s*(?:我)?\s*(?:的)?\s*(?:"
               + "|".join([w for v, w in AUTHOR_ROLES if v and w not in (CO_AUTHOR, ALL_PLACES_DENIED)][:4]) + r")|\ball\b[^.;,!?]{0,20}\b(?:as\s+)?(?:first|corresponding|second)[- ]author"
               r"|\b(?:first|corresponding|second)[- ]author\s+(?:on|for|of|in)\s+(?:all|both|each|every)\b"),
        # ("missed the annual congress but attended 5 monthly mtgs": the number before the next kind's word is that kind's)
        classifiers=(("篇", ("paper_sci", "paper_non_sci", "presentation")), ("張", ("presentation",))),
        # ("a 3 month fellowship in Japan then 2 months at a med center": one stay after another, "then" / "followed by" / "after
        # that" joins them as "and" does)
        # ("年會也有去 5 次月會", "年會也去了 3 次月會": 也 + the attending verb joins the next kind, its count before it)
        several=True, lead=r"和|及|與|跟|加上|也(?:有)?(?:去|參加|参加|出席|跑)(?:了|過|过)?|\band\b|&|\+|\bbut\b|\bplus\b|\balso\b|\battended\b|\bwent to\b|\bthen\b|"
                           r"\bfollowed by\b|\bafter(?:wards| that)\b|\blater\b", year="year", replies=True,
        denied=(NOT_ATTENDED_BEFORE, NOT_ATTENDED_AFTER, ("您說沒有參加、或說先不計入的活動，未列入計算。", "An activity you say you did not attend, or ask to leave out, is not counted.")),
        background=(BACKGROUND, ("「在國外受訓」之類描述您背景的話不是這段期間的進修活動，未列入計算；若期間內有國外進修，請說明幾個月。",
                                 "Where you trained describes your background, not an activity of the period, so it is not "
                                 "counted; if you did training abroad in the period, say how many months.")),
        count_words=ATTENDANCE_COUNT,
        # ("國際會議也有去": how many, asked; "年會有去", "泌尿科醫學會年會有去": a society's one meeting of the year)
        open_count=OPEN_COUNT, once_kinds=("tsa_annual_meeting", "specialty_annual_meeting"),
        own_rows=("presentation",),  # (5.6's "每人最多 3 篇" is per meeting: each presentation entry is one meeting)
        # a speaker is on top of attending, not one of the meetings carved out; so is a paper presented at one of the
        # meetings attended ("3 個國際會議，其中一場有發表壁報": 5.4 and 5.6 both score, 5.6's note)
        apart=("tsa_monthly_speaker", *(f"{m}>presentation" for m in sorted(MEETING_KINDS))),
        # "ATLS 課程" is no course by hours; "專科醫學會年會" no TSA annual meeting
        owned=(OWNED_KINDS, OWNER_BEFORE, OWNER_AFTER, OWN_NAME_WORDS),
        owned_as=(("tsa_annual_meeting", OWNER_SURGICAL, "other_surgical_society_meeting", OWNED_SURGICAL_NOTE),),
        owned_ask=OWNED_ASK, owned_rules=("tsa-cme/5.3", "tsa-cme/5.10", "tsa-cme/5.5"),
        yields=(("hours", ()), ("tsa_annual_meeting", ("specialty_annual_meeting", "other_surgical_society_meeting"))),
        # "大腸直腸外科的國際年會", "去美國開胸腔外科國際研討會": a subspecialty's international meeting is 5.4's (an international
        # meeting, wherever held), never 5.3's annual meeting beside it
        modifies=(("specialty_annual_meeting", ("international_meeting",)),),
        ask=TALLY_ASK["activities"]),
        Slot("offshore_island", "flag", terms=OFFSHORE, alone=False, elsewhere=OFFSHORE_ELSEWHERE, rule="tsa-cme/5.15",
             # (asked where the island is said of the past only: "I used to work on Penghu", "以前在金門服務")
             ask=("參加這些年會、月會時，您是在離島（澎湖、金門、馬祖、綠島、蘭嶼等）執業嗎？",
                  "When you attended these meetings, were you practising on an offshore island (Penghu, Kinmen, Matsu, Green "
                  "Island, Orchid Island)?")),
    ),
    base=1.0, per_fact=0.0, per_item=0.5,
    bonus=((("topic",), 1.0), *(((f"cue{i}",), 1.0) for i in range(len(TALLY_CUES)))),
    # "有一門課上了 8 小時", "一个课程 4 小时", "one course, 6 hours", "a single class of 3 hours": the one course named
    # before its hours is what the question is about; a course is credited by its hours, never by how many
    # (never an ATLS course: "one ATLS course" is counted by the time, 5.13)
    framing=((r"(?<![\d.A-Za-z])1\s*(?:門|堂|節|个|個)?\s*(?![^\d，,。；;]{0,10}?(?:ATLS|高級外傷|高级外伤|外傷救命|外伤救命))(?=[^\d，,。；;]{0,8}?(?:課程|(?<=[的堂門節習修個\s])課(?!題|長|表)|\bcourses?\b|\bclass(?:es)?\b))",
              ("所說的一門課只是指出是哪一門；時數課程依時數計分（第十條）。",
               "The one course named only says which course; a course is credited by its hours (article 10).")),
             # "另外問一下論文一年是不是有上限？", "論文一年最多算幾分", "是不是一年有上限", "is there a 1-year cap": the year a cap
             # is asked for is the rule's period (the cap the calculator applies), never a count of anything
             # (the papers named right before it, or the ask: never a length of something done, "進修1年最多幾分")
             (r"(?:" + "|".join(f"(?<={w})" for w in ("論文", "论文", "文章", "期刊", "發表", "发表", "是不是", "有沒有", "有没有", "是否"))
              + r")\s?1(?=\s*年\s*(?:內|内|之內|之内|中)?\s*(?:是不是|是否|會不會|会不会|有沒有|有没有)?\s*(?:有|設|设)?\s*"
              r"(?:上限|封頂|封顶|最多|最高|頂多|顶多|限制|限額|限额))"
              r"|(?<![\d.])1(?=\s*(?:-\s*)?(?:year|yr)\s+(?:cap|limit|ceiling|max(?:imum)?)\b)",
              ("「一年」是在問上限的期間，不是一個數字；論文積分每年的上限由計算套用（第五條第八款）。",
               "The one year is the period a cap is asked for, not a figure; the calculation applies the yearly cap on papers (5.8).")),
             # "moved from Manila 3 yrs ago", "3 年前從馬尼拉搬來": when the person came is background, no activity of the period
             (r"\b(?:moved|came|transferred|relocated|arrived|emigrated|immigrated)\b[^.;!?\d]{0,40}?(?<![\d.])\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?)\s+ago\b"
              r"|(?<![\d.])\d+(?:\.\d+)?\s*(?:年|個月|个月)前\s*(?:才)?\s*(?:從|从|自)?[^，,。；;\d]{0,10}?(?:搬|調|调|轉|转|移居|來到|来到|過來|过来|回來|回来|回國|回国)",
              ("幾年前搬來或調來是您的背景，不是這段期間的一項活動，未列入計算。",
               "When you moved or came here is background, not an activity of the period; it is not counted.")),),
)

VOCABULARY = [RENEWAL, TALLY]
