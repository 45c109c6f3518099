"""Is a question about the three regulations at all? A small vocabulary plus the retrieval signal.

Out of scope: other societies' or specialties' own rules, other screening programmes, clinical
questions, general chat. The bot says so plainly instead of stretching a clause to fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.parsing.text import Query

# Words that tie a question to one of the three regulations.
IN_SCOPE = re.compile(
    # (積份 / 學份: 分 typed as its homophone 份)
    # (國際會議 / 國外會議 / 出國開會: the surgical CME's 5.4 — another body's international meeting is a neighbour's marker, read first)
    r"(?<![a-z])(?:外科醫學會|外科學會|本會|外科專科|繼續教育|積分|學分|積份|學份|年會|月會|講習會|研討會|國際(?:性)?(?:醫學)?會議|國外(?:醫學)?會議|出國開會|展延|延展|換證|換發|證書|指導老師|介入|栓塞|消融|"
    r"乳房|乳攝|乳腺|放射師|放射士|篩檢|追蹤完成率|完成率|複判|復判|判讀|品管|實地測試|臨床影像|自選片|抽選片|合理量|"
    r"巡迴車|健康署|國健署|駐外|離島|病例報告|審查標準|審查基準|疑陽|追完|追蹤率|第一作者|通訊作者|座長|壁報|進修|category|評等|扣款|支架|認證|專長|個案數|例數|case\s*數|cases\s*數|疑似陽性|"
    r"積分認定|申請認定|認定費|簽到|代簽|後續審查|追蹤完成|複檢|確診期限|主辦單位|換發|報備|篩檢量|判讀|"
    # the texts' short names: 後審 / 續審 (後續審查), 介放 (介入放射), 外專 (外科專科)
    r"後審|後續審|續審|介放|外專|"
    # the follow-up's terms said short: 疑陽 (疑似陽性), 陽追 (陽性追蹤), 追完 / 追蹤完 (追蹤完成), 追蹤率
    r"疑陽|陽追|追(?:蹤)?完|追蹤率|"
    # the unit's own history the review asks for (使用年限、報廢、遷移), films called 片子, a review's scores in English
    r"報廢|使用年限|遷移|搬遷|片子|(?:review|QC)\s+(?:scores?|results?|grades?|items?|tests?|testing)|"
    # the same history said in everyday words beside the unit ("機器用幾年了、預計何時汰換、搬過機房", "how old the unit is, when
    # we'll replace it, that it was moved"): a procurement asked (a budget, a brand) is `procurement`'s before this list is read
    r"(?:機器|机器|機台|机台|機臺|儀器|仪器|設備|设备|乳攝機|乳摄机|攝影機|摄影机|X\s*光機|X\s*光机)[^。]{0,30}?"
    r"(?:用(?:了)?\s*(?:幾|几|多少|\d+)\s*年|汰換|汰换|淘汰|換新|换新|搬(?:過|过|遷|迁|移|家)|移機|移机|(?:機房|机房)(?:搬|遷|迁|換|换))|"
    r"(?:用(?:了)?\s*(?:幾|几|多少)\s*年|汰換|汰换|淘汰|換新|换新|搬(?:過|过)?(?:機房|机房)|移機|移机)[^。]{0,30}?"
    r"(?:機器|机器|機台|机台|機臺|儀器|仪器|設備|设备|乳攝機|乳摄机|攝影機|摄影机)|"
    r"\b(?:unit|machine|scanner|equipment)(?:'s)?\b[^?]{0,60}?\b(?:how\s+old|years?\s+in\s+(?:service|use)|age\b|replac\w*|retir\w*|relocat\w*|moved)|"
    r"\b(?:how\s+old|years?\s+in\s+(?:service|use)|replac\w*|retir\w*|relocat\w*|moved)\b[^?]{0,60}?\b(?:unit|machine|scanner|equipment)\b|"
    # the on-site test's own items said in users' words: the exposure index of a CR system and its calibration, the image
    # storage (PACS) and reading workstations checked, the on-site test called 現場檢測; the course approval applied for
    # and its fee paid by postal transfer (劃撥)
    r"曝(?:露|光)(?:指標|指标|指數|指数)|\bCR\s*(?:系統|系统|system)|exposure\s+index|影像(?:儲存|储存|存檔|存档)|\bPACS\b|"
    r"閱片(?:系統|工作站|螢幕)|阅片(?:系统|工作站|萤幕)|(?:現場|现场)(?:檢測|检测|測試|测试)|"
    # (the on-site test said short, done — "現場測完", "实地测过" — and its grades coached by: "分等級…給輔導", "依等級輔導")
    r"(?:現場|现场|實地|实地)\s*(?:測|测)(?:完|過|过|了)|(?:分|評|评)\s*(?:等級|等级)[^。？?]{0,12}?(?:輔導|辅导)|"
    r"(?:依|按|照)(?:照)?\s*(?:等級|等级|評等|评等)\s*(?:給|给|做|進行|进行|提供)?\s*(?:輔導|辅导)|課程認定|课程认定|認定申請|认定申请|劃撥|划拨|"
    # the regulations' own words for what is filed and reviewed (a lecture's agenda and abstract, the review of documents)
    r"演講|議程|摘要|書審|書面審查|儀器|攝影儀|抽印本|會員號碼|accredit|lectures?(?![a-z])|abstracts?(?![a-z])|agenda|"
    r"categor(?:y|ies)|suspected positive|bi-?rads|\bcat\.?\s*[0345](?![\d.])|\brecalls?\b|"
    # the texts' own headings and everyday names for what they count: 書面考核, 抽片, 報到時發證明, a score in 分
    r"觀摩|見習|實測|(?:認|給|拿|採)分(?![鐘析類別開])|書面考核|抽片|抽取|被抽|報到|出席(?:之|的)?證明|上課證明|口頭(?:報告|發表)|大會手冊|會議手冊|講座|"
    r"\d\s*分(?![鐘之])|幾分(?!鐘)|多少分|分數|(?:折|算|換)(?:成|合|算)?\s*(?:多少|幾)\s*分|"
    r"pull(?:ed|s)?\s+(?:\w+\s+)?(?:films?|images?)|(?:films?|images?)\s+(?:pulled|drawn|sampled)|sampled\s+(?:films?|images?)|"
    r"written\s+review|six[- ]year|6[- ]year|"
    # 見習 / 觀摩 in English: a visit abroad our credits count (第五條第九款)
    r"observerships?(?![a-z])|"
    # 5.5's 不定期 (irregular, ad hoc) sessions in users' words ("irregular weekend teaching sessions", "ad-hoc lectures",
    # "不定期的教學課程"): the clause that counts them by length
    r"\b(?:irregular|ad[- ]hoc|occasional|non-?regular)\b[^?.!]{0,30}?\b(?:sessions?|teachings?|lectures?|talks?|courses?|classes|seminars?|symposi\w*)(?![a-z])|"
    r"不定期(?:的)?[^，,。？?]{0,8}?(?:討論會|讨论会|講習|讲习|教學|教学|課|课|演講|演讲|研討|研讨|會|会)|"
    # the image evaluation's two sets named in English ("the dense set", "the fatty / non-dense one", "self-selected images")
    r"\b(?:non-?)?dense\s+(?:set|group|one|images?|films?|breasts?\s+set)\b|\bfatty\s+(?:set|one|group|breasts?)\b|self-?select\w*|self-?pick\w*|"
    r"conferences?(?![a-z])|congress(?![a-z])|seminars?(?![a-z])|workshops?(?![a-z])|posters?(?![a-z])|first author|corresponding author|"
    r"certificate(?![a-z])|specialist|stents?(?![a-z])|biops|drainage|tips(?![a-z])|pta(?![a-z])|vascular intervention|annual meeting|"
    r"monthly meeting|attendance sheet|subsid|deduction|radiograph|"
    r"atls(?![a-z])|sci(?![a-z])|cme(?![a-z])|credits?(?![a-z])|renew|instructor|interventional|emboli[sz]ation|ablation|mammo|"
    # (the screening said as a verb, "we screened 13,200", and the radiographers said short, "2 rads")
    r"radiographer|screening|screened|\brads\b|"
    # the radiographer (放射師（士）) by its other titles: 放射技師 (zh-CN 放射技师, folded), 放射技術員, a technologist
    r"放射技(?:術)?(?:師|員|人員)|technologists?(?![a-z])|(?:mammo(?:graphy)?|rad(?:iology|iologic)?)[- ]techs?(?![a-z])|follow-?up|(?<![a-z])f/u(?![a-z])|re-?read|discrepanc|phantom|surg|tsa(?![a-z])|tsir|hpa(?![a-z])|tace(?![a-z])|rfa(?![a-z])|"
    # the follow-up's BI-RADS categories said in Chinese ("0類的個案", "第 3 類", "類別 4") and the recall said 複查 (the texts' 複檢)
    r"(?<![\d.])(?:第\s*)?[0345]\s*類(?!似|型)|(?:類別|分類)\s*[0345](?![\d.])|複查|"
    # the on-site test's QC in zh-CN and its other names (質控, 品保, 質量控制), a grade given in 級 or 等 ("評了C級", "拿 B 等")
    r"質控|品保|品質控制|質量控制|品質保證|(?<![A-Za-z])[A-D]\s*(?:級|等)(?![於于])|"
    # a late application, or how far ahead it is filed ("if we apply late", "how far in advance must we apply", "逾期申請", "晚了才申請")
    r"\b(?:appl(?:y|ied|ying)|fil(?:e|ed|ing)|submit(?:ted|ting)?)\s+(?:\w+\s+){0,3}?(?:late|too\s+late|after\s+the\s+deadline)\b|"
    r"\blate\s+(?:applications?|filings?|submissions?)\b|\bhow\s+(?:far|long|many\s+(?:days|weeks))\s+(?:in\s+advance|ahead|before)\b|"
    r"逾期(?:申請|送件|提出)|(?:晚|遲|遲了|晚了)(?:才)?(?:申請|送件)|補申請|"
    # a count of cases held against a cap ("這個月 480 案，還在上限內吧"): the screening volume's limits
    r"\d\s*案[^。？?]{0,12}?(?:上限|超過|超量|合理量)|(?:上限|合理量)[^。？?]{0,12}?\d\s*案)",
    re.IGNORECASE,
)
# The mammography unit's exposure quality-assurance professional (hpa-mammo 二(一)3), by its own name or a gloss of it
# ("曝露品質保證專業人員", "曝露品保人員", "the exposure quality assurance person", "exposure QA professional"): a role our review
# defines, whose qualifications its review form sets — not a licensed profession's own continuing education.
_EXPOSURE_QA_ROLE = (r"曝露品質保證|曝露品保|曝光品質保證|暴露品質保證|"
                     r"\bexposure\s+(?:quality[- ]assurance|QA)\b")
# Words that anchor a question to OUR three issuers even when another body is named.
ANCHOR = re.compile(r"外科醫學會|本會|外科專科醫師|外科積分|指導老師|介入放射|介放|後審|後續審查|乳房\s*x|乳攝|mammo|健康署|國健署|surgical society|\btsa\b|tsir|instructor|"
                    # a role only our mammography review defines (二(一)3 乳房 X 光攝影儀曝露品質保證專業人員), named outright
                    + _EXPOSURE_QA_ROLE, re.I)

# Another screening programme named (cervical, colorectal, oral, lung, gastric …): the HPA runs them all,
# so 國健署 / HPA does not make it ours; only a breast-screening word does.
# A tumour named alone ("大腸癌肝轉移的 RFA") is a case of ours; the programme is its screening.
_OTHER_CANCERS = r"(?:子宮頸|大腸直腸|大腸|口腔|肺|胃|肝|攝護腺|甲狀腺)癌"
_OTHER_CANCERS_EN = r"(?:oral|lung|gastric|stomach|liver|prostate|colorectal|colon|bowel|cervical|thyroid)"
# (the programme may be named with its test between the cancer and 篩檢: "肺癌低劑量CT篩檢", "大腸癌糞便潛血篩檢")
_OTHER_SCREENING = re.compile(rf"{_OTHER_CANCERS}(?:症)?(?:篩|防治|檢查)|"
                              # (a Latin test name between comes with the spaces folding puts at a Han-Latin joint: "肺癌 CT 篩查")
                              rf"{_OTHER_CANCERS}(?:[^，,。？?；;\s]|\s(?=[A-Za-z])|(?<=[A-Za-z])\s){{1,10}}?(?:篩檢|篩查|篩選|筛检|筛查)|"
                              # the low-dose CT with its organ or cancer between ("低劑量肺癌 CT", "低剂量胸腔 CT"): the lung programme's
                              r"低劑量[^，,。？?；;]{0,6}?(?:電腦斷層|断层|斷層|CT)|"
                              r"子宮頸|抹片|糞便潛血|"
                              # the colorectal programme's colonoscopy and its faecal test said short ("大腸鏡品質審查", "FIT positive
                              # follow-up"; FIT in capitals only, never the verb "fit")
                              r"大腸鏡|大肠镜|(?-i:\bFIT\b)|口篩|口腔黏膜檢查|低劑量\s*(?:電腦斷層|CT|胸部\s*CT)|\bLDCT\b|low[- ]dose\s+(?:chest\s+)?CT|"
                              # the programme named by its organ and its test, no cancer word ("低劑量肺部CT篩檢", "肺部電腦斷層篩檢",
                              # "胃鏡篩檢", "大腸鏡篩查", "low-dose lung CT", "chest CT screening", "lung screening programme")
                              r"低劑量\s*(?:肺部?|胸部?|胸腔)\s*(?:電腦斷層|斷層|CT)|(?:肺部?|胸部?|胸腔)\s*(?:低劑量)?\s*(?:電腦斷層|斷層|CT)\s*(?:的)?\s*(?:篩|檢查)|"
                              r"(?:胃鏡|大腸鏡|腸鏡|直腸鏡|胃腸鏡|內視鏡)\s*(?:的)?\s*(?:篩|檢查)|"
                              r"(?:肺|肺部|胃|大腸|直腸|結腸|口腔|攝護腺|前列腺|甲狀腺|肝臟|子宮)[^，,。？?；;\s乳]{0,6}?(?:篩檢|篩查|篩選)|"
                              r"low[- ]dose\s+(?:lung|chest|thoracic)\s+(?:CT|scan)|\b(?:lung|chest|thoracic|colon|bowel|gastric|stomach|prostate|liver|oral)\s+"
                              r"(?:CT\s+|cancer\s+|scan\s+)?screen\w*|\bscreen\w*\s+(?:\w+\s+){0,2}?(?:lung|chest)\s+(?:CT|scans?)\b|"
                              r"\b(?:gastroscop\w*|endoscop\w*\s+screen\w*|FIT\s+test|PSA\s+(?:test|screen\w*))|"
                              r"pap\s+(?:smear|test)|cervical\s+(?:smear|cytolog\w*)|colonoscop\w*|fa?ecal\s+(?:occult|immunochemical)|\bHPV\b|"
                              rf"{_OTHER_CANCERS_EN}\s+(?:cancer\s+)?screen\w*|screen\w*\s+(?:[\w,]+\s+){{0,3}}?for\s+{_OTHER_CANCERS_EN}\s+cancer", re.I)
_OTHER_FIELDS = (r"內科|家醫|家庭醫學|婦產|小兒|兒科|骨科|眼科|皮膚|耳鼻喉|精神|神經|復健|牙醫|牙科|中醫|護理|藥師|心臟|腸胃|消化|急診|放射線|放射|病理|核醫|整形|泌尿"
                 # (anaesthesia, nuclear medicine said in full: "麻醉專科醫師", "核子醫學專科醫師")
                 r"|麻醉|核子醫學")
_SUBSPECIALTY = r"(?:心導管|介入性心臟|整形|胸腔|心臟血管|心血管|心臟|神經|小兒|兒童|大腸直腸|直腸|消化|血管|重症|急重症|創傷|移植|乳房|超音波|內視鏡)"
# Radiology is not foreign: the TSIR certificate counts 放射線專科醫師教育積分 (only the radiology
# board's own certificate is).
# a surgical subspecialty said short ("心外專科醫師證書", "胸外的積分", "神外學會的展延"): 心臟血管 / 胸腔 / 神經 … 外科
_SUBSPECIALTY_SHORT = r"(?:心胸|心|胸|神|腦|整|小兒|兒|大腸直腸|直腸|肝膽|移植|創傷)外(?!科)"
_FIELD = rf"(?:(?:{_OTHER_FIELDS})(?<!放射)(?<!放射線)|{_SUBSPECIALTY}(?:外科)?|{_SUBSPECIALTY_SHORT}|重症醫學|急診醫學)"
# A request to write a document for the person — asked of us ("幫我寫一封…的推薦信", "替我擬申請 fellowship 的自傳", "can you draft me
# a cover letter", "please write my personal statement"): the request's verb is asked of the bot, not whether the rules want one
# ("申請要附推薦信嗎", "do I need to write a cover letter for the application?" stay ours).
_DOC_ZH = (r"(?:信|函|自傳|自传|履歷|履历|簡歷|简历|讀書計畫|读书计划|研究計畫|研究计划|動機|动机|申請文|申请文|文章|講稿|讲稿|"
           r"cover\s*letter|personal\s+statement|CV|email|e-mail)")
_DOC_EN = (r"(?:cover\s+letter|letter(?:\s+of\s+(?:intent|recommendation|support|motivation))?|personal\s+statement|statement\s+of\s+purpose|"
           r"CV|resume|résumé|e-?mail|essay|motivation\s+letter|recommendation(?:\s+letter)?|reference\s+letter|bio(?:graphy)?)")
_WRITING_ASKED = (rf"(?:幫我|帮我|替我|幫忙|帮忙|請你|请你|麻煩你?|麻烦你?|你(?:可以|能|能不能|可不可以)(?:幫我|帮我)?|可以幫我|可以帮我|代)"
                  rf"(?:寫|写|擬|拟|起草|草擬|草拟|撰寫|撰写|潤飾|润饰)(?:一下)?[^，,。？?；;]{{0,32}}?{_DOC_ZH}|"
                  rf"代(?:寫|写)[^，,。？?；;]{{0,12}}?{_DOC_ZH}|"
                  rf"\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help\s+(?:me\s+)?)?|please\s+(?:help\s+(?:me\s+)?)?|help\s+me\s+|"
                  rf"(?<![\w\s])\s*|^\s*|i\s+(?:need|want)\s+you\s+to\s+)"
                  rf"(?:draft|write|compose|prepare|polish|proofread|edit|put\s+together)\s+(?:me\s+|up\s+|out\s+)?"
                  rf"(?:a|an|my|the|our|some)\s+(?:[\w-]+\s+){{0,6}}?{_DOC_EN}\b")


# A device's technical settings for a procedure asked (an ablation generator's power and time, "開幾瓦", "燒幾分鐘", "what
# wattage", "generator settings", "參數怎麼設"): a clinical technique — our texts set no setting of any device. Power and energy
# are said in their own units; a bare 設定 / settings only of a device or a procedure named beside it.
# (a procedure's devices only: a mammography unit's set-up is the on-site test's subject)
_DEVICE = (r"(?:generator|probe|antenna|electrode|needle|ablation|RFA|MWA|microwave|radiofrequency|cryo\w*|"
           r"探針|探针|電極|电极|消融|電燒|电烧|微波|射頻|射频|冷凍|冷冻)")
_DEVICE_SETTING = (r"(?:開|开|設|设|調|调|用|打)\s*(?:幾|几|多少)\s*(?:瓦|W\b)|(?:幾|几|多少)\s*瓦|功率|瓦數|瓦数|焦耳|"
                   r"(?:燒|烧|消融|電燒|电烧|ablat\w*)[^，,。？?]{0,6}?(?:幾|几|多少)\s*(?:分鐘|分钟)|"
                   r"\bwatts?\b|\bwattage\b|\bjoules?\b|\bpower\s+(?:settings?|levels?|output)\b|\bwhat\s+power\b|"
                   rf"{_DEVICE}[^，,。？?.]{{0,12}}?(?:settings?|parameters?|參數|参数|設定|设定)|"
                   rf"(?:settings?|parameters?|參數|参数|設定|设定)[^，,。？?.]{{0,12}}?(?:for|of|的)?\s*(?:the\s+)?{_DEVICE}")


OUT_OF_SCOPE: list[tuple[str, str]] = [
    # Another society's or specialty's own rules (attending its meeting is still a TSA question).
    ("other_society", rf"(?<!參加)(?<!出席)(?<!參與)(?:台灣|臺灣|中華民國)?(?:{_OTHER_FIELDS})(?:系|科)?(?:醫學會|學會)(?:的)?(?:積分|學分|規定|辦法|甄審|展延|換證|會員|考試|入會|認證)"),
    ("other_specialty", rf"(?:{_OTHER_FIELDS})(?:科)?(?:線)?專科醫師(?:的)?(?:甄審|考試|筆試|口試|資格|訓練|證書展延|展延)|專科醫師甄審|board exam|"
                        # another specialty's own yearly credits ("家醫科專科醫師每年要拿多少繼續教育積分") — never radiology's,
                        # whose education points the TSIR renewal counts
                        rf"(?:{_OTHER_FIELDS})(?<!放射)(?<!放射線)(?:科)?專科醫師(?!(?:的)?證書)[^，,。？?；;]{{0,10}}?(?:繼續教育|積分|學分|時數|點數)"
                        # another specialty's board certificate renewed, its terms asked at a distance ("家醫科專科醫師六年要幾分才能換證",
                        # "我是家醫科專醫，證書快到期了，換證要幾分"); its 證書 named right after is `other_certificate`'s
                        rf"|(?:{_OTHER_FIELDS})(?<!放射)(?<!放射線)(?:科)?專科醫師(?!(?:的)?證書)[^。？?；;]{{0,16}}?(?:換證|展延|延展|更新證書|幾分|多少分)"
                        # … the board said bare, 專科 with no 醫師 ("家醫科專科六年要多少積分才能換證", "婦產科專科要換證了", "家醫專科",
                        # "整形外科專科換證"), its renewal asked in the same clause — a clause of ours after a comma ("…，外科積分幾分") is
                        # not reached; its 證書 named right after is `other_certificate`'s
                        rf"|(?:{_FIELD})(?:科)?專科(?!醫師|医师|(?:的)?證書)[^，,。？?；;]{{0,16}}?(?:換證|展延|延展|更新證書|幾分|多少分)"
                        # … its own credits asked of it after the meeting ("整形外科醫學會年會，整形外科專科那邊可以拿幾學分", "小兒外科專科
                        # 可以認幾學分"): the field's own count, however the credits are said (幾個學分, 多少積分) — never the society's
                        # name ("胸腔外科專科醫學會年會幾個學分" is the meeting our 第五條第三款 counts)
                        rf"|(?:{_FIELD})(?:科)?專科(?!醫師|医师|(?:的)?證書|醫學會|医学会|學會|学会)[^，,。？?；;]{{0,16}}?"
                        r"(?:幾|几|多少)\s*(?:個|个)?\s*(?:學分|学分|積分|积分|點|点)"),
    ("other_body", r"醫師公會|(?:醫事放射師|放射師|護理師|藥師|醫檢師|醫事檢驗師)?公會|醫策會|衛福部(?:的)?(?:醫師法)|醫師法|勞基法|勞動基準法|健保(?:給付|點數|申報|核刪)|national health insurance|\bnhi\b|牙醫師|中醫師"),
    ("other_screening", _OTHER_SCREENING.pattern + r"|疫苗|vaccin"),
    # (… a patient's blood thinners held or bridged around a procedure: "pt on apixaban … how many doses to hold", "停幾天")
    ("clinical", _DEVICE_SETTING),
    ("clinical", r"抗凝血|抗凝|抗血小板|停藥|停药|warfarin|heparin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|\b[DN]OACs?\b|"
                 r"anticoagul\w*|antiplatelet\w*|blood\s+thinners?|吃什麼藥|什麼藥|藥物|medication|\bdrugs?\b(?![- ]?(?:eluting|coated|releasing))|副作用|併發症|side effects?|complications?|怎麼治療|如何治療|治療方式|用藥|處方|劑量是多少|\bdosage\b|預後|存活率|prognosis|survival rate|症狀|symptoms?|診斷標準"),
    # A document to be written for the person (a cover letter, a personal statement, a CV, a recommendation letter, an email):
    # a writing errand, whatever programme or certificate it is for — we quote and compute our rules, we draft nothing.
    ("writing", _WRITING_ASKED),
    ("chat", r"天氣|weather|股票|stock price|食譜|recipe|笑話|joke|寫一首|poem|電影|movie|旅遊|餐廳|restaurant|你是誰|who are you|你好嗎|how are you|^\s*(?:hi|hello|hey|你好|嗨|哈囉)\W*$|翻譯|translate|比特幣|bitcoin|足球|football|basketball"),
]
# Neighbouring subjects whose *target* is someone else's (SPEC §3): a licence, another specialty's
# certificate or credits, an exam, a clinical decision, another regulation. The target decides,
# so these win over our own vocabulary: "執業執照更新要幾點？介入學會的研討會算幾點" asks about the
# licence, even though it names our society.
_FIELD_EN = (r"(?:internal medicine|family medicine|family\s+med\b|\bFM\b|\bint(?:ernal)?\.?\s+med\b|\bpeds\b|\bortho\b|\bderm\b|"
             r"\bENT\b|\bpsych\b|\buro\b|\bOB\b|colon\b|rectal|proctolog\w*|digestive|hand\s+surg\w*|spine|spinal|transplant\w*|"
             r"hepatobiliary|bariatric|endocrine\s+surg\w*|head\s+and\s+neck|cardiolog\w*|urolog\w*|pediatric\w*|paediatric\w*|thoracic|neuro\w*|"
             r"plastic|critical care|intensive care|emergency medicine|gastro\w*|orthop\w*|obstetric\w*|"
             r"gyn\w*|ophthalm\w*|dermatolog\w*|psychiatr\w*|oncolog\w*|ultrasound|breast|colorectal|cardiovascular|"
             r"vascular surgery|trauma|anesthe\w*|anaesthe\w*)")
# Who a clinical question is about, what it asks, and the examination or treatment it asks about.
_PATIENT = (r"\d{1,3}[- ](?:year|yr)[- ]old|\b\d{1,3}\s?[MF]\b|\b\d{1,3}\s*y/?o\b|\d{1,3}\s*(?:歲|岁)(?:的)?(?:病人|患者|女性|婦女|妇女|阿姨|太太|女士|小姐)|"
            r"病人|患者|病患|\bpatients?\b|\bpts?\b|緻密(?:型)?乳房|致密(?:型)?乳房|dense\s+breasts?|"
            # a patient's own tumour marker, followed ("AFP 一直升", "her CEA keeps rising", "腫瘤指數又上來")
            r"\bAFP\b|\bCEA\b|\bPIVKA\b|\bCA\s*-?\s*(?:125|19\s*-?\s*9|15\s*-?\s*3)\b|腫瘤指數|肿瘤指数|腫瘤標記|肿瘤标记|tumou?r\s+markers?")
_CLINICAL_ASK = (r"要不要|需不需要|需要|該不該|应不应该|應不應該|應該|应该|是否(?:要|需|應|该|應該)|建議|建议|適合|适合|先|"
                 # another examination chosen in place of the one due ("改用磁振造影", "改做超音波", "an MRI instead of …")
                 r"改用|改做|改成|改排|改照|\binstead\s+of\b|"
                 # a treatment repeated or switched ("要再做一次栓塞還是改標靶", "re-TACE or switch to sorafenib")
                 r"再(?:做|打|來|来|上)?(?:一|1)?(?:次|回)|改(?=\s*(?:標靶|靶向|化療|化疗|手術|手术|開刀|开刀|放療|放疗|免疫|TACE|RFA|TARE|Y-?90|栓塞|消融|電燒|电烧))|"
                 r"\b(?:switch(?:ing)?|mov(?:e|ing)\s+on|go(?:ing)?|escalat\w*|chang\w*)\s+to\b|\brepeat\b|\bre-?(?:TACE|RFA|embolization|emboli[sz]e|ablat\w*)\b|"
                 r"\b(?:now|first)\s+or\b|\bor\b[^?？]{0,30}?\bfirst\b|"
                 r"\bshould\b|\bneeds?\b|\bget\b|\bundergo\b|\brecommend\w*|\bbenefit\b|"
                 # the asker's own clinical judgement asked ("would you go to biopsy", "你會先做…", "您会直接…")
                 r"\bwould\s+you\b|\bwhat\s+would\s+you\b|(?:你|您)(?:會|会)")
_CLINICAL_ACT = (r"MRI|磁振|核磁|超音波|超声|斷層|断层|切片|活檢|活检|穿刺|手術|手术|開刀|化療|化疗|放療|放疗|標靶|靶向|引流|"
                 # our techniques as a patient's treatment ("要再做一次栓塞", "re-TACE her", "another RFA"): the care team's choice;
                 # counted in our measures (例數, 領域, 算) it is ours (`_OUR_MEASURE`)
                 r"栓塞|消融|電燒|电烧|\bTACE\b|\bTARE\b|\bRFA\b|\bMWA\b|\bY-?90\b|emboli[sz]\w*|ablat\w*|sorafenib|lenvatinib|"
                 r"atezolizumab|immunotherap\w*|免疫(?:治療|治疗|療法|疗法)|targeted\s+(?:therapy|treatment|drugs?)|systemic\s+(?:therapy|treatment)|"
                 r"\boperat(?:e|ion|ing)\b|\bdrain(?:age)?\b|"
                 r"荷爾蒙治療|追加攝影|\bultrasound|\bsonograph\w*|tomosynthesis|\bbiops\w*|\bsurgery\b|"
                 r"chemo\w*|radiotherapy|\bCT\b|supplemental\s+(?:imaging|screening)|"
                 # a breast finding's work-up in the radiologist's shorthand: stereotactic or core biopsy ("stereo bx"),
                 # magnification and spot-compression views, a diagnostic mammogram; 放大攝影, 局部加壓, 立體定位, 真空抽吸
                 r"\bbx\b|\bstereo(?:tactic)?\b|\bmag(?:nification)?\s+views?|\bspot\s+(?:compression|mag\w*)|"
                 r"diagnostic\s+(?:mammo\w*|views?|work-?up)|\btomo\b|"
                 r"放大攝影|放大摄影|局部加壓|局部加压|立體定位|立体定位|真空抽吸|粗針|粗针")
# A patient's next examination or treatment ("a 48-year-old with dense breasts: add an ultrasound?"): whom the
# question is about, what it asks and what is done to them — unless it counts our measures (cases for the
# instructor certificate, credits, the follow-up completion rate), which our rules answer.
# (… or a choice between two of them asked, the ask after the first: "58 y/o — core biopsy right away or MRI first?")
# A finding on a film in place of a patient ("BI-RADS 4A 的結節建議穿刺還是追蹤", "this mammogram shows a spiculated mass — biopsy or
# MRI first?"): the work-up of what is seen is the care team's choice just as a patient's is.
# (a BI-RADS category alone is our follow-up's word, no finding; and how long the work-up may take is our deadline, 二(五)4)
_FINDING = (r"結節|结节|腫塊|肿块|硬塊|硬块|鈣化|钙化|病灶|\bmass(?:es)?\b|\blesions?\b|\bnodules?\b|\bcalcifications?\b|"
            r"architectural\s+distortion")
_PATIENT_CARE = re.compile(rf"(?:{_PATIENT})[^?？。]{{0,80}}?(?:{_CLINICAL_ASK})[^?？。]{{0,30}}?(?:{_CLINICAL_ACT})|"
                           rf"(?:{_PATIENT})[^?？。]{{0,80}}?(?:{_CLINICAL_ACT})[^?？。]{{0,30}}?(?:\bor\b|還是|还是)"
                           rf"[^?？。]{{0,30}}?(?:{_CLINICAL_ACT})", re.I)
_FINDING_CARE = re.compile(_PATIENT_CARE.pattern.replace(f"(?:{_PATIENT})", f"(?:{_FINDING})"), re.I)
# A choice asked between acting on a finding now and waiting to follow it ("BI-RADS 3，病人想直接做粗針切片，醫生應該直接切還是半年後
# 再追", "馬上穿刺還是 6 個月後追蹤", "要開刀還是先觀察", "biopsy now or follow up in 6 months", "wait and repeat the mammo or go
# straight to biopsy"): the care team's clinical decision for one patient, whatever category she is in — how long the
# follow-up may take is our deadline (二(五)4) only where no such choice is asked.
_NOW = r"(?:直接|馬上|马上|立刻|立即|現在就|现在就|先|就)"
_WAIT = (r"(?:再追|追蹤|追踪|追|觀察|观察|等(?:等|待|看看)?|複查|复查|回診追蹤|定期追蹤|\bwatch(?:ful\s+waiting)?\b|\bwait\b|"
         r"\bfollow(?:ing)?[- ]?(?:up|it|her)?\b|\bsurveil\w*|\brepeat\s+(?:the\s+)?(?:mammo\w*|imaging|films?)\b)")
_ACT = rf"(?:{_NOW}\s*(?:去|做|去做|安排)?\s*(?:切|開|开|穿刺|{_CLINICAL_ACT})|{_CLINICAL_ACT})"
_OR_ZH_EN = r"(?:還是|还是|或是|或者|抑或|\bor\b|\bversus\b|\bvs\.?)"
_ACT_OR_WAIT = re.compile(rf"(?:{_PATIENT}|{_FINDING}|BI-?RADS|category|第\s*\d\s*類|[0-6]\s*類)[^?？。]{{0,80}}?"
                          rf"(?:{_ACT}[^?？。]{{0,24}}?{_OR_ZH_EN}[^?？。]{{0,24}}?{_WAIT}|{_WAIT}[^?？。]{{0,24}}?{_OR_ZH_EN}[^?？。]{{0,24}}?{_ACT})",
                          re.I)
# (… beside one of our measures counted outright — a completion rate, credits, a case count, the deduction — it stays ours)
_OUR_MEASURE_STRICT = re.compile(r"\d\s*(?:例|案)|例數|例数|指導老師|指导老师|instructor|積分|学分|學分|credits?|完成率|追蹤完成|完成追蹤|"
                                 r"追踪完成|完成追踪|複判|復判|复判|completion|扣款|補助|补助|deduct\w*", re.I)
_TIME_ASKED = re.compile(r"how\s+long|by\s+when|deadline|within|多久|期限|幾個月內|几个月内|幾天內|几天内|什麼時候|什么时候|何時|何时", re.I)
_OUR_MEASURE = re.compile(r"\d\s*(?:例|案)|例數|例数|幾例|几例|多少例|指導老師|指导老师|instructor|積分|学分|學分|credits?|points?|完成率|追蹤完成|完成追蹤|"
                          r"追踪完成|完成追踪|複判|復判|复判|completion|\bcount(?:s|ed)?\b|算|個案|个案|領域|领域|\bdomains?\b|"
                          # the case logged or classed under one of our domains ("登記在哪一類", "logged as tumour embolization")
                          r"登記|登记|類別|类别|哪一類|哪一类|\blog(?:ged|s)?\b|\blogbook\b|\bclassif\w*", re.I)
# Our follow-up deduction's own figures (二(五)): the screened cases whose follow-up was done, beside the deduction or the
# subsidy it comes off ("412 cases … only 287 got their workup done (recall, bx or surgery, ours or another hospital) …
# subsidy … what % do they dock us", "完成追蹤 220 人（回診、切片或手術，本院他院都算），補助 180 萬，扣多少"). The clinical words
# there DESCRIBE what counts as a completed follow-up; they ask no clinical choice. (What to do for a patient asked — should,
# 要不要, which is better — stays the care team's: `_CLINICAL_CHOICE_ASKED`.)
_FOLLOWUP_DONE = re.compile(r"完成|做完|有做|已做|\b(?:done|completed?|finished|followed[- ]?up|worked[- ]?up)\b|追蹤到|追踪到|有追蹤|有追踪|"
                            r"有回診|有回诊", re.I)
_DEDUCTION_NAMED = re.compile(r"補助|补助|\bsubsid\w*|扣款|扣減|扣减|扣(?:多少|幾|几|掉|錢|钱)|被扣|會扣|会扣|要扣|\bdock\w*|\bdeduct\w*|"
                              r"\bpenal\w*|\bclaw\s*back\b|完成率|追蹤率|追踪率|\bcompletion\b", re.I)
_CLINICAL_CHOICE_ASKED = re.compile(r"\bshould\b|\bwould\s+you\b|\brecommend\w*|\b(?:better|preferred|best)\b|\bwhich\s+(?:one|is|test|procedure)\b|"
                                    r"要不要|需不需要|該不該|该不该|應不應該|应不应该|建議|建议|比較好|比较好|哪(?:個|个|一個|一个|種|种)(?:比較|比较)?好|"
                                    r"(?:該|该|要)(?:怎麼|怎么|如何)(?:處理|处理|做|治療|治疗)", re.I)


def _followup_figures_described(text: str) -> bool:
    """Our follow-up completion's figures, their clinical words only saying what counts as done (`_FOLLOWUP_DONE`)."""
    return (_FOLLOWUP_DONE.search(text) is not None and _DEDUCTION_NAMED.search(text) is not None
            and re.search(r"\d", text) is not None and _CLINICAL_CHOICE_ASKED.search(text) is None)


# The follow-up's own counts and rate (二(五)): the suspected positives, the follow-ups completed, said in full or short.
_FOLLOWUP_COUNTED = re.compile(r"疑似陽性|疑似阳性|疑陽|疑阳|陽追|阳追|追(?:蹤|踪)?完|追(?:蹤|踪)(?:完成|率)|完成(?:追蹤|追踪)|完成率|"
                               r"\bsuspected[- ]positives?\b|\bsuspicious\s+(?:cases|findings|screens?)\b|\bfollow(?:ed)?[- ]?ups?\b|"
                               r"\bf/u\b|\bcompletion\b|\brecalls?\b|\bcategor(?:y|ies)\s*[0345]\b|BI-?RADS", re.I)
_SUBSIDY_WORD = re.compile(r"補助|补助|\bsubsid\w*", re.I)
_HPA_NAMED = re.compile(r"健康署|國健署|国健署|\bHPA\b|health\s+promotion", re.I)
_DEDUCTION_WORD = re.compile(r"扣|砍|\bdeduct\w*|\bdock\w*|\bpenal\w*|\bclaw\w*\s*back\b|\bwithh[oe]ld\w*|\bcut\b", re.I)
# The insurer or its tariff named: the NHI's billing, whatever follow-up is beside it
_INSURER_NAMED = re.compile(r"健保|醫保|医保|核刪|核删|點數|点数|代碼|代码|支付標準|\bNHI\b|\binsur\w*|reimburs\w*|\bbilling\b|"
                            r"\bclaims?\b|\bcodes?\b|\bpoints?\b", re.I)


def _subsidy_deduction_asked(text: str) -> bool:
    """Is the screening subsidy's deduction asked beside our follow-up's counts (`_FOLLOWUP_COUNTED`) or the HPA that pays it,
    no insurer named?"""
    return bool(_SUBSIDY_WORD.search(text) and _DEDUCTION_WORD.search(text)
                and (_FOLLOWUP_COUNTED.search(text) or _HPA_NAMED.search(text))) \
        and not _INSURER_NAMED.search(text)


# Our measures named outright (no bare 算 / count): what the topic classifier's "clinical" must yield to.
_OUR_MEASURE_COUNTED = re.compile(r"指導老師|指导老师|instructor|積分|學分|credits?|完成率|追蹤完成|完成追蹤|複判|復判|"
                                  r"follow-?up\s+(?:completion|rate)|completion\s+rate|個案數|\bcase\s+counts?\b|"
                                  # the patient's examination counted in our follow-up ("count as follow-up completed", "算完成追蹤")
                                  r"\bcounts?\s+(?:as|toward|towards|for)\s+(?:a\s+|our\s+|the\s+)?(?:completed\s+)?follow-?up|"
                                  r"follow-?up\s+(?:completed|complete|done)|算(?:是)?(?:有)?完成|算(?:是)?追蹤|算(?:是)?追踪", re.I)
# Treatments a clinical choice is made between ("RFA or MWA", "手術還是 TACE").
# (a breast lesion's biopsies too: core needle, vacuum-assisted (VABB), fine-needle aspiration, stereotactic, excision)
_TECH_EN = (r"TACE|TARE|RFA|MWA|Y-?90|SBRT|PEI|cryo\w*|microwave|radiofrequency|surgery|resection|biopsy|transplant\w*|chemo\w*|radiotherapy|observation|"
            r"core(?:[- ]needle)?(?:\s+biopsy)?|CNB|VABB?|vacuum[- ]assisted(?:\s+(?:biopsy|excision))?|FNAC?|fine[- ]needle(?:\s+aspiration)?|"
            r"stereotactic(?:\s+biopsy)?|excision(?:al\s+biopsy)?|lumpectomy|mastectomy|"
            # (a follow-up imaging interval: "6 month short interval f/u", "6-mo follow-up", "short-interval FU")
            r"(?:\d{1,2}[- ]?(?:months?|mos?|m)\s+)?(?:short[- ]interval\s+)?(?:follow-?up|f/u|FU)\b(?:\s+(?:imaging|mammo\w*))?|"
            # (the breast work-up said short: "stereo bx", "US-guided bx", "mag views", "spot compression views")
            r"stereo(?:\s+bx)?|(?:US[- ]guided\s+)?bx|mag(?:nification)?\s+views?|spot(?:\s+compression)?\s+views?")
_TECH_ZH = (r"RFA|MWA|TACE|TARE|Y-?90|SBRT|穿刺|(?:\d{1,2}\s*(?:個|个)月後?|\d{1,2}\s*(?:個|个)月后|短期)\s*(?:再)?(?:追蹤|追踪|複查|复查|回診|回诊)|微波|射頻|射频|電燒|电烧|冷凍|冷冻|手術|手术|開刀|开刀|切除|切片|化療|化疗|放療|放疗|移植|觀察|观察|"
            r"粗針|粗针|細針|细针|真空(?:輔助|辅助)?|VABB?|CNB|FNAC?|立體定位|立体定位|麥默通|麦默通")
# A disease staged as a tumour board states it (its type, size, vein invasion, liver function, stage, spread) or an IR
# indication named by its disease (a bleeding varix, a kidney angiomyolipoma, a fibroid, haemoptysis): a patient's case.
_DISEASE_STAGED = re.compile(
    r"\bHCC\b|肝癌|肝細胞癌|肝细胞癌|\bPVTT?\b|portal\s+vein\s+(?:tumou?r\s+)?(?:thromb\w*|invasion|involvement)|"
    r"門(?:靜|静)脈(?:癌栓|血栓|栓塞|侵犯|侵襲|侵袭)|\bChild(?:[- ]?Pugh)?(?:\s+class)?\s*[ABC]\d{0,2}\b|\bBCLC\b|\bECOG\b|"
    r"\bmets\b|\bmetasta\w*|轉移|转移|\d+(?:\.\d+)?\s*(?:cm|mm|公分|厘米|釐米|毫米)(?![a-z])|\btumou?r\s+(?:size|burden)\b|"
    r"\bmultifocal\b|\bbilobar\b|\bangiomyolipoma|血管肌脂肪瘤|\bfibroids?\b|子宮肌瘤|子宫肌瘤|\bhemoptysis|\bhaemoptysis|咳血|咯血|"
    r"\bvarice\w*|\bvariceal\b|靜脈曲張|静脉曲张|\bascites\b|腹水|癌栓|\binoperable\b|\bunresectable\b|無法切除|无法切除", re.I)
# A treatment chosen for that case: whether to do one, one instead of another, a switch, or which of two
_TREATMENT_CHOSEN = re.compile(
    rf"(?:{_TECH_EN}|emboli[sz]\w*|ablat\w*|TIPS|BRTO|stent\w*|sorafenib|lenvatinib|atezolizumab|immunotherap\w*|systemic\s+therap\w*)"
    rf"\s+instead\b|\binstead\s+of\b|"
    r"\b(?:should|shall|would|could)\s+(?:we|i|you|they|he|she)\b|\bis\s+it\s+(?:better|safer|reasonable|ok(?:ay)?)\s+to\b|"
    r"\b(?:switch(?:ing)?|mov(?:e|ing)|convert(?:ing)?|escalat\w*|bridg\w*)\s+(?:her\s+|him\s+|them\s+|the\s+patient\s+)?to\b|"
    r"\b(?:better|preferred|best|first[- ]line)\b|"
    r"要不要|該不該|该不该|應不應該|应不应该|是否(?:要|應|应|該|该|適合|适合)|適不適合|适不适合|建議|建议|比較好|比较好|"
    rf"還是|还是|改(?:做|用|成|打|上|走)?\s*(?:{_TECH_ZH}|栓塞|消融|標靶|靶向|免疫|TACE|TARE|Y-?90)", re.I)
# The treatment itself, named (the IR procedures in the calculators' words, surgery, drugs)
_TREATMENT_NAMED = re.compile(rf"{_CLINICAL_ACT}|{_TECH_ZH}|\b(?:{_TECH_EN})\b|TIPS|BRTO|PTA|stent\w*|支架", re.I)


def _treatment_chosen_for_disease(text: str) -> bool:
    """Is a treatment chosen for a staged disease ("TACE for a 6cm HCC with portal vein thrombus — should we do TARE instead?",
    "肝癌 6 公分合併門脈癌栓，要做 TACE 還是改 TARE"): the care team's decision, in the IR words our instructor certificate counts
    — unless one of our measures is asked of it (cases, credits, a domain: `_OUR_MEASURE`, `asks_domain_of`)."""
    return bool(_DISEASE_STAGED.search(text) and _TREATMENT_CHOSEN.search(text) and _TREATMENT_NAMED.search(text)) \
        and not _OUR_MEASURE.search(text) and not asks_domain_of(text)


_SOCIETY_ADMIN = (r"(?<![介加進收出进])(?<!四捨五)(?<!四舍五)(?:入會|入会)(?!議|议|場|场)|会费|會費|會員(?:證|卡|年費|資格|申請|權益|福利|費)|会员(?:证|卡|年费|资格|申请|费)|"
                  r"(?:成為|成为|加入|申請成為|申请成为)[^，,。？?]{0,10}?(?:會員|会员)|報名費|报名费|註冊費|注册费|"
                  # (the member number our rules ask to be written on a submitted paper, "write my membership no." / 會員號碼, is ours)
                  r"\bmembership\b(?!\s*(?:no\b|no\.|nos?\.|numbers?\b|#|ids?\b|codes?\b))|\bmember(?:'s)?\s+(?:card|fees?|dues|ID\s+card)\b|\b(?:annual\s+)?dues\b|"
                  r"理事長|理事长|(?:選舉|选举|改選|改选)|會員大會|会员大会|\b(?:board\s+)?elections?\b|\bgeneral\s+assembly\b|"
                  # the society's journal's own instructions to authors ("投稿格式", "author guidelines")
                  r"投稿(?:的)?(?:格式|須知|须知|規定|规定|方式|流程)|\bauthor\s+guidelines\b|\bsubmission\s+(?:guidelines|format|instructions)\b|"
                  r"registration\s+fees?|\bbecome\s+a\s+member\b|\bjoin(?:ing)?\s+the\s+(?:\w+\s+){0,3}(?:society|association|college)")
_EMPLOYMENT = (
    # income tax on a fee or a salary
    r"所得稅|所得税|扣稅|扣税|報稅|报税|繳稅|缴税|稅率|税率|扣繳|扣缴|免稅|免税|二代健保|補充保費|补充保费|"
    # pay
    r"薪水|薪資|薪资|月薪|年薪|底薪|時薪|时薪|值班費|值班费|"
    # (… and an allowance or a rate of pay for a duty: "夜班費", "on-call 津貼", "weekend on-call pay rate", "call stipend")
    r"(?:夜班|大夜|小夜|值班|值勤|假日|週末|周末|加班|on-?call)\s*(?:費|费|津貼|津贴|加給|加给|補貼|补贴)|"
    r"\b(?:on-?call|call|duty|shift|night(?:\s+shift)?|weekend|holiday|hazard)\s+(?:pay|allowances?|stipends?|premiums?|differentials?)\b|"
    r"\bpay\s+(?:rates?|levels?|bands?|scales?)\b|\b(?:hourly|daily)\s+(?:pay|wages?)\b|"
    # a trip's expenses claimed
    r"差旅|出差(?:費|费|旅費|旅费|補助|补助|津貼|津贴)|(?:交通|住宿|機票|机票|車票|车票|高鐵|高铁|油資|油资|報名|报名|註冊|注册)(?:費|费)?[^。？?；;]{0,12}?"
    r"(?:報銷|报销|報帳|报账|核銷|核销|請款|请款|補貼|补贴|"
    r"實報實銷|实报实销|可以報|能報|可以报|能报|報多少|报多少|醫院出|医院出)|(?:報銷|报销|報帳|报账|核銷|核销|請款|请款)[^，,。？?；;]{0,10}?"
    r"(?:交通|住宿|機票|机票|車票|车票|高鐵|高铁|油資|油资|報名費|报名费|註冊費|注册费)|"
    # leave
    r"公假|請假|请假|特休|年假|休假|產假|产假|"
    # promotion in rank
    r"升等|晉升|晋升|升主治|升職|升职|(?:評|评)(?:職稱|职称)|(?:職稱|职称)(?:評|评|晉|晋|升)|"
    r"\btax(?:es|ed|able|ation)?\b|\bwithholding\b|\bhonorari(?:um|a)\b|\bsalar(?:y|ies)\b|\bwages?\b|\bpay\s+(?:range|scale|grade|rise|raise)\b|"
    r"\bstipends?\b|\bper\s+diem\b|\btravel\s+(?:expenses?|costs?|claims?|allowances?|reimburs\w*|grants?)\b|\bexpense\s+(?:claims?|reports?|forms?)\b|"
    r"\b(?:flights?|airfares?|hotels?|accommodation|taxis?)\b[^?.]{0,40}?\b(?:reimburs\w*|claim\w*|expens\w*|paid\s+for|cover\w*)\b|"
    r"(?:\b(?:claim|expense|cover|reimburse)\w*\s+|\bpay\s+(?:for\s+)?)(?:my|the|our|a|his|her)\s+(?:\w+\s+){0,3}?(?:flights?|airfares?|hotels?|accommodation|taxis?|trains?|travel)\b|"
    r"\b(?:annual|study|conference|paid|sick|maternity|educational)\s+leave\b|\btake\s+(?:\w+\s+)?leave\b|"
    r"(?<!health\s)\bpromot(?:ion|ed)\b(?!\s+admin)")
# What our texts count or set, asked beside such a word ("國外進修期間請公假，積分怎麼算", "year 3 was zero (maternity leave)
# — can I still renew?"): the leave or the pay is the reason given, our rule is asked.
_OURS_BESIDE_EMPLOYMENT = re.compile(r"積分|积分|學分|学分|\bcredits?\b|\bpoints?\b|例數|例数|個案數|个案数|完成率|合理量|篩檢量|筛检量|複判|复判|"
                                     r"評等|评等|展延|換證|换证|指導老師|指导老师|\binstructor|繼續教育|继续教育|\bcontinuing\s+education\b|"
                                     r"上限|照幾|照几|幾案|几案|\d\s*案|超量|工作天|只有\s*\d+\s*天|\d\s*人|\bworked\b|\bwork(?:ing|ed)?\s+days\b|\bformula\b|"
                                     # our review's measures said in English ("out on maternity leave … over the reasonable volume?")
                                     r"reasonable\s+(?:annual\s+)?volume|\bover\s+(?:the\s+)?(?:volume|cap|limit)\b|completion\s+rate|re-?read|discrepanc\w*|"
                                     r"\bscreening\s+(?:volume|cap|limit|count)s?\b|"
                                     # (… or its inputs counted: the radiographers and the screenings of a year, "2 RTs: one 365
                                     # days, other 180 days (maternity leave). 9,500 mammo screenings … any fee not paid?")
                                     r"\d[\d,]*\s+(?:mammo(?:gram|graphy)?\s+)?(?:screenings|mammograms|exams|films)\b|"
                                     r"\d\s*(?:RTs?|radiographers?|rad\s*techs?|technologists?|techs?)\b|\d+\s+days\b[^.?!]{0,40}?\b\d+\s+days\b|證書|证书|\bCME\b|\bHPA\b|後續審查|后续审查|國健署|国健署|\bcert(?:ificate)?s?\b|\brenew\w*|\btally\b", re.I)
# The screening programme's own invitation of the women and their own visit ("篩檢通知單寄給誰", "民眾沒收到可以直接去做嗎",
# "who sends the invitation letters"): the HPA's programme for the screened, not the review of the facility that screens them.
_SCREENING_INVITE = (
    r"(?:篩檢|筛检|乳攝|乳摄|乳房攝影|乳房摄影)(?:的)?(?:通知單|通知单|通知信|通知函|邀請函|邀请函|邀請信|邀请信)|"
    r"(?:民眾|民众|婦女|妇女|女性|女生|阿姨)[^。？?]{0,20}?(?:通知單|通知单|通知信|邀請函|邀请函|沒收到|没收到|"
    r"直接去|自己去|帶什麼|带什么|健保卡|自費|自费|自己付|付錢|付费|付費|部分負擔|部分负担)|"
    r"\binvitation\s+(?:letters?|cards?|notices?)\b|\binvit(?:e|es|ed|ing)\s+(?:the\s+)?(?:women|ladies|eligible)\b|"
    r"\bwomen\b[^?]{0,40}?\b(?:walk[- ]in|without\s+(?:a|an|the|one)\b)")
# A radiation unit's registration or licence with the regulator, and the radiation workers' own card (the mainland's
# 放射工作人員證): the Ionizing Radiation Protection Act's, not the review (which only names the regulator's QA inspection).
_RADIATION_REGISTRATION = (
    r"放射工作人員|放射工作人员|輻射工作人員|辐射工作人员|(?:核安會|核安会|原能會|原能会|原子能委員會|原子能委员会|核能安全委員會)[^，,。？?；;]{0,16}?"
    r"(?:登記證|登记证|許可證|许可证|使用執照|使用执照|登記|登记|執照|执照)|"
    r"(?:輻射|辐射|X\s*光機|X\s*光机|放射性)(?:設備|设备|儀器|仪器)?(?:的)?(?:登記證|登记证|許可證|许可证|使用執照|使用执照)|"
    r"\b(?:radiation|x-?ray)\s+(?:\w+\s+){0,2}?(?:registration|licen[cs]e|permit)\b|\bradiation\s+workers?\b|"
    r"\bregist\w*\b[^?.]{0,40}?\bwith\s+the\s+(?:nuclear\s+safety\s+commission|atomic\s+energy\s+council|AEC|NSC)\b")
# Another health law or grading (a mainland hospital's grade, the records kept, a malpractice dispute): that law's authority.
_OTHER_HEALTH_LAW = (
    r"[評评創创升]三甲|三[級级]甲等|(?:醫院|医院)(?:評審|评审)|"
    r"(?:病歷|病历)(?:要|需|的)?(?:保存|保留|銷毀|销毁|調閱|调阅|複製|复制)|醫療糾紛|医疗纠纷|醫療爭議|医疗争议|醫糾|個資法|个资法|個人資料保護|"
    r"\bIRB\b|人體試驗|人体试验|(?:倫理|伦理)(?:審查)?委員會|\b(?:research\s+)?ethics\s+(?:committee|board|approval)\b|"
    r"勞保|劳保|勞工保險|劳工保险|職災|职灾|職業災害|职业灾害|工傷|工伤|\bworkers?'?\s+comp\w*|"
    r"(?:軟體|软件|軟件|\bAI\b)[^。？?；;]{0,12}?(?:許可證|许可证|許可|许可|上市|查驗登記)|\b(?:software|AI)\b[^?.]{0,30}?\b(?:clearance|market\w*\s+approval|licen[cs]\w*)\b|"
    r"\bmedical\s+records?\b[^?.]{0,30}?\b(?:retention|retain\w*|kept|keep|stored|destroy\w*)\b|\bmalpractice\b|\bmedical\s+disputes?\b")
# A residency's or a specialist training programme's own curriculum: how long, which rotations, its completion assessment
# (台灣的住院醫師訓練; the mainland's 規培 / 住培 / 專培 and their 輪轉, 結業考核) — the training bodies' rules. Credits or an
# instructor's duty asked beside it are ours (進修, 第五條第九款; the instructor's trainees): `_RESIDENCY_GUARD`.
_RESIDENCY_CURRICULUM = (r"規培|規範化(?:培訓|培训)|住培|專培|(?:住院醫師|專科醫師|專科)(?:的)?(?:培訓|培训|輪訓|輪轉)|"
    r"住院醫師[^。？?!！]{0,10}?(?:輪轉|輪訓|輪(?:哪|幾)|結業|年限|要幾年|訓練幾年|幾年|多久|課程|考核|招收|名額)|"
    r"結業(?:考核|考試|考试)|出科(?:考核|考試)|輪轉(?:要|需要)?(?:多久|幾個月|幾年|哪些|什麼科|幾科|幾個科)|"
    r"專科醫師訓練(?:課程|計畫|年限)?[^。？?!！]{0,8}?(?:幾年|多久|輪|課程內容|哪些科)|"
    r"\b(?:residents?'?s?|registrars?'?|trainees?'?)\s+(?:\w+\s+){0,2}?(?:rotations?|curricul\w*|logbooks?|training\s+(?:years?|program\w*|requirements?))\b|"
    r"\bin-?training\s+exam\w*|\b(?:how\s+long|how\s+many\s+(?:years|months))\b[^?]{0,30}?\b(?:rotations?|training\s+program\w*)\b")
FOREIGN_TARGETS: list[tuple[str, str]] = [
    # (the practising certificate, 醫師執業證書 as the mainland calls the licence, is no specialist certificate of ours)
    # (… and the physician's own certificate from the ministry lost or reissued, "醫師證書遺失要怎麼補發" — not a specialist's or an
    # instructor's, and not its copy attached to our 5.15 report)
    ("licence", r"(?<![科導导證证])(?:醫師|医师)(?:證書|证书)[^，,。？?]{0,6}?(?:遺失|遗失|不見|不见|補發|补发|掛失|挂失|毀損|毁损)|"
                r"\b(?:physician|doctor)(?:'s|’s)?\s+certificate\b[^?.]{0,30}?\b(?:lost|reissu\w*|replac\w*|missing)\b|"
                r"\b(?:lost|reissu\w*|replac\w*)\b[^?.]{0,20}?\b(?:physician|doctor)(?:'s|’s)?\s+certificate\b|"
                r"執業執照|執業證書|执业证书|執照(?:的)?(?:更新|換發|展延)|換照|(?<!指導老師)(?<!指导老师)(?:證照|证照)(?:的)?(?:換證|换证|更新|換發|换发|展延|延展)|醫事人員(?:執業)?(?:登記|執照)|"
                # the health professionals' own continuing education for the licence, named as such ("醫事人員繼續教育積分")
                r"多點執業|多点执业|(?:執業|执业)(?:登記|登记|備案|备案)|支援報備|(?:醫事人員|医事人员)(?:的)?(?:繼續教育|继续教育|積分|积分|學分|学分|點數|点数|時數|时数)|"
                # a gloss may stand between the title and the word ("technologist (放射師) license")
                r"(?:practi[cs]ing|practice|medical|technologist'?s?|radiographer'?s?|nursing|pharmacist'?s?)\s*"
                r"(?:[(（][^)）]{0,20}[)）]\s*)?licen[cs]e|licen[cs]e\s+renewal|"
                r"renew\w*\s+(?:my|a|the|their|his|her)?\s*(?:medical\s+|practi\w+\s+)?licen[cs]e"),
    # The asker's own pay, tax, travel claims, leave and promotion: the tax law and the employer's personnel and accounting
    # rules, none of our three texts (which set only their own fees, credits and the screening payment withheld).
    ("employment", _EMPLOYMENT),
    # A specialty board's selection (甄審) and sitting its exam (報考) are the board's, even when the
    # specialty is one of our issuers' (介入專科醫師甄審); the basis our rules cite (甄審原則、甄審辦法) is ours.
    ("exam", r"(?:甄審|專科醫師)?(?:考試|筆試|口試)(?:要|的|幾分|及格|報名|資格|範圍|題)|甄審考試|專科考試|考專科|"
             r"專科\W{0,3}(?:醫師)?甄審(?!原則|辦法)|甄審(?:要|需要|需|得)?(?:做滿|做|累積)?(?:幾|多少|資格|條件|報名|考)|報考|"
             r"(?<!跑片)考試(?:怎麼|如何)考|"
             # the board exam said by its short name ("明年要考外專"), and its written or oral part's date, format or stations asked
             # with a word or two between ("筆試大概幾月", "口試是幾站") — our texts hold no written or oral examination
             r"(?<![參参思])考\s*(?:外專|外专|內專|内专)|(?:筆試|口試|笔试|口试)[^，,。？?；;\s]{0,6}?"
             r"(?:幾|几|什麼|什么|何時|何时|哪|多久|日期|時間|时间|地點|地点|站|題|题|形式|方式)|"
             # a licence or certificate sat for ("去考乳房攝影技術師證照", "證照考試考哪些科目"): its examining body's
             r"考(?:取)?[^，,。？?]{0,12}?(?:證照|证照|執照|执照)|(?:要考|考)(?:哪些|哪几|哪幾|什麼|什么)(?:科目|科|證|证)|(?:證照|证照|執照|执照)(?:考試|考试|要考)|"
             # when, where, how to sign up for a specialist board's exam and what it asks to hand in
             r"(?:專科醫師|專科|甄審)\W{0,2}考試[^，,。？?；;]{0,8}?(?:報名|時間|日期|時候|資格|範圍|科目|病例|個案)|"
             r"(?:board|written|oral|specialty|specialist)\s+(?:exam|examination)|pass(?:ing)?\s+(?:score|mark)|pass\s+the\s+\w*\s*exam|"
             # the national licensing examination of any profession, the radiographer's included ("放射師國考", "licensing exam")
             r"國考|国考|國家考試|国家考试|專技高考|专技高考|\b(?:licens\w*|licensure)\s+(?:\w+\s+){0,3}?(?:exam|examination)s?\b|"

             r"(?:sit|eligib\w*)\s+(?:for\s+|to\s+sit\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:board|exam)"),
    ("training", r"住院醫師(?:的)?訓練|訓練期間|訓練計畫|residency|resident\s+training"),
    ("training", _RESIDENCY_CURRICULUM),
    # A driving licence (the van's driver, a heavy-vehicle class): the road authority's, not the van's screening rules.
    ("errand", r"駕照|駕駛執照|職業駕照|(?:大客車|大貨車|聯結車|大型車)(?:駕照|執照|駕駛)|(?:考|換|拿)(?:什麼|哪一?種|哪個)(?:等級|級)?的?駕|"
               r"\bdriv(?:er'?s|ing)\s+licen[cs]es?\b|\b(?:CDL|commercial\s+driv\w*\s+licen[cs]e)\b|\blicen[cs]e\s+(?:class|category)\s+(?:for|to)\s+driv\w*"),
    # A place to eat, stay or park found for the people going, or a table or a room booked ("any decent hotpot place near the
    # venue of the surgical annual meeting", "年會會場附近有什麼好吃的", "booking a hotel near the congress venue for 8"): our
    # meeting named only as where the errand is — what is asked is a place or a booking, no rule of ours.
    ("errand", r"\b(?:near|around|close\s+to|next\s+to|nearby|by|walking\s+distance\s+(?:of|from|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:venue|convention\s+(?:centre|center|hall)|conference\s+(?:centre|center|hall))\b|"
               r"\b(?:places?|restaurants?|hotels?|cafes?|eater(?:y|ies)|food|parking)\s+(?:[\w-]+\s+){0,2}?(?:near|around|close\s+to)\b|"
               r"\bbook(?:ing)?\s+(?:a\s+)?(?:table|room|rooms)\b|\bbook(?:ing)?\s+(?:\w+\s+){0,2}?for\s+\d+\s*(?:ppl|people|persons|pax|of\s+us|guests)\b|"
               r"(?:會場|会场|飯店|饭店|場地|场地)(?:的)?(?:附近|旁邊|旁边|周邊|周边|周圍|周围)[^，,。？?；;]{0,12}?(?:吃|喝|餐|店|住|停車|停车|推薦|推荐|好玩)|"
               r"訂位|订位|訂房|订房|訂餐廳|订餐厅|(?:幾|几|\d+)\s*(?:個|个|位)?人(?:的)?(?:位子|位置|包廂|包厢)|"
               # (… or a meeting's own logistics asked: where to park, whether lunch or a lunch box is served, a shuttle —
               # "研討會附近有什麼好停車的地方？中午有沒有便當", "is lunch provided at the annual meeting", "parking at the venue")
               r"(?:研討會|研讨会|年會|年会|月會|月会|大會|大会|會議|会议|會場|会场|課程|课程)[^，,。？?；;]{0,12}?(?:附近|旁邊|旁边|周邊|周边)?[^，,。？?；;]{0,8}?"
               r"(?:停車|停车|接駁|接驳|交通車|交通车)|"
               # (the question where to park, never a bare 停車位 said in passing beside a calculation of ours)
               r"(?:好|哪裡|哪里|哪邊|哪边|方便)停車|(?:好|哪里|哪边|方便)停车|"
               r"(?:中午|午餐|會場|会场|現場|现场)[^，,。？?；;]{0,6}?(?:便當|便当|餐盒|午餐|供餐|用餐|吃飯|吃饭)|(?:有沒有|有没有|提不提供|有供應|有供应|會不會發|会不会发|有無)(?:便當|便当|餐盒|午餐)|"
               r"\b(?:is|are|will)\s+(?:there\s+)?(?:lunch(?:es)?|lunch\s+box(?:es)?|meals?|food|snacks?|a\s+shuttle)\s+(?:be\s+)?(?:provided|served|included|available)\b|"
               r"\b(?:lunch\s+box(?:es)?|bento)\b|\bwhere\s+(?:can|do|should)\s+(?:i|we)\s+park\b|\bparking\s+(?:at|near|for|lot|space)s?\b"),
    # Which make or model of unit to buy, and what it costs (a brand, a vendor, a purchase): a procurement choice, none
    # of our rules — they set what a unit in use must pass (FDA 核可, QC), never which one to buy.
    # The purchase's money and paperwork (a budget, a tender, a purchase order) and the unit's life in the books (an asset's
    # write-off age, depreciation): the hospital's procurement and accounting rules. Ours only ask for a document stating the
    # unit's 使用年限、報廢年限 (一(二)2(2)), which a bare 報廢年限 still asks — the asset register's (財產) is not ours.
    ("procurement", r"招標|招标|標案|标案|開標|决標|決標|請購|請採購|比價|議價|政府採購|採購法|採購(?:的)?(?:流程|程序|作業|規定|手續)|"
                    r"(?:採購|購買|買|換|添購|汰換)[^。？?!！]{0,30}?預算|預算[^。？?!！]{0,6}?(?:大概|多少|要抓|怎麼編|編列|抓多少)|編列預算|"
                    r"折舊|折旧|提列|攤提|殘值|財產(?:的)?(?:報廢|管理|登記|編號|帳|年限|目錄)|(?:資產|財產)(?:除帳|減損|盤點)|會計(?:那邊|室|科|處理|上|帳|怎麼)|"
                    r"\b(?:tender\w*|procurement|depreciat\w*|capital\s+(?:budget|expenditure)|RFP|bidding\s+process)\b|"
                    r"\bwrit(?:e|ten|ing)[- ]off\b|\bwrite\s+(?:it|the\s+\w+)\s+off\b|\basset\s+(?:register|disposal|write[- ]?off)|"
                    r"\bbudget\b[^?.]{0,30}?\b(?:unit|machine|system|scanner|DBT|tomosynthesis|mammo\w*)\b|"
                    r"\b(?:unit|machine|system|scanner|DBT|tomosynthesis|mammo\w*)\b[^?.]{0,40}?\bbudget\b|"
                    r"保固|保修期|(?:維修|维修|保養|保养)(?:合約|合约|契約|契约)|\bwarrant(?:y|ies)\b|\b(?:service|maintenance)\s+contracts?\b|(?:哪個|哪一個|哪家|哪一家|什麼|哪種|哪一種|哪款|哪一款)(?:牌子|品牌|廠牌|廠商|型號|機型)|(?:牌子|品牌|廠牌|廠商|機型)[^，,。？?；;]{0,8}?(?:比較好|推薦|較好|好嗎|哪個好|哪家好)|"
                    r"推薦(?:哪|什麼|一)(?:台|款|家|個|種)?(?:乳房攝影|乳攝)?(?:機|儀器|設備|廠商|牌)|(?:買|採購|購買)(?:一台|1台|新的|哪台|什麼)?[^，,。？?；;]{0,12}?(?:多少錢|價格|報價|預算)|"
                    r"\b(?:which|what)\s+(?:brand|vendor|manufacturer|model)s?\b|\bbest\s+(?:brand|vendor|manufacturer|model)\b|"
                    r"\b(?:brand|vendor|manufacturer)s?\s+(?:\w+\s+){0,3}?(?:recommend\w*|better|best)\b|"
                    r"\b(?:should|do)\s+(?:we|i)\s+(?:buy|purchase|order|get)\s+(?:a|an|the)?\s*(?:new\s+)?(?:\w+\s+){0,2}?(?:unit|machine|system|scanner)\b|"
                    r"\bhow\s+much\s+(?:does|do|would|will)\s+(?:a|an|the)\s+(?:new\s+)?(?:\w+\s+){0,2}?(?:unit|machine|system|scanner)\s+cost\b"),
    # Another specialty's board certification named ("神經介入（腦血管取栓）專科醫師認證", "血管外科專科醫師的認證資格"): its board's,
    # never the IR society's instructor certificate (指導老師), which no one calls 專科醫師認證.
    ("other_certificate", rf"(?<!指導老師)(?:{_FIELD})[^，,。？?；;（(]{{0,4}}(?:[（(][^）)]{{0,20}}[）)])?(?:科)?(?:次)?專科醫師(?:的)?(?:認證|甄審|資格認定)"),
    # another health profession's own continuing education or licence (nurses, pharmacists, lab scientists, therapists): the
    # MOHW's rules on practice registration, none of our three texts
    # (the short names too: 專師 / 專護 for the nurse practitioner, NP, RN, PA — "專師(NP)的繼續教育時數")
    ("licence", r"(?:專科護理師|专科护理师|專師|专师|專護|专护|護理人員|护理人员|護理師|护理师|護士|护士|藥師|药师|醫檢師|医检师|醫事檢驗師|医事检验师|物理治療師|物理治疗师|"
                r"職能治療師|职能治疗师|營養師|营养师|呼吸治療師|呼吸治疗师|心理師|心理师|語言治療師|语言治疗师|"
                r"醫學物理師|医学物理师|醫事物理師|医事物理师|助產師|助产师|聽力師|听力师|驗光師|验光师|牙體技術師|牙体技术师)(?:的)?[^，,。？?]{0,6}?"
                r"(?:繼續教育|继续教育|積分|积分|學分|学分|點數|点数|時數|时数|學時|学时|執照|执照|換照|换照|證照|证照|"
                # its own certificate and the certificate's renewal ("外科專科護理師證書要展延", "專師證書換證")
                r"證書|证书|展延|延展|換證|换证)|"
                # the asker one of them, their certificate or credits asked later ("我是外科的專科護理師，證書要展延…")
                r"(?:我是|我们是|我們是|身為|身为)[^，,。？?]{0,8}?(?:專科護理師|专科护理师|專師|专师|護理師|护理师|藥師|药师|醫檢師|医检师)"
                r"[^？?]{0,40}?(?:證書|证书|展延|延展|換證|换证|積分|积分|學分|学分|繼續教育|继续教育)|"
                r"\b(?:nurses?|nurse\s+practitioners?|NPs?|RNs?|PAs?|physician\s+assistants?|respiratory\s+therapists?|occupational\s+therapists?|pharmacists?|physiotherapists?|physical\s+therapists?|dietitians?|midwi(?:fe|ves)|"
                r"(?:medical\s+)?physicists?|audiologists?|optometrists?|lab(?:oratory)?\s+scientists?)(?:'s|’s|')?\s+(?:\w+\s+){0,2}?"
                r"(?:CE|CME|continuing\s+education|credits?|points?|hours|licen[cs]e|certificat\w*|re-?certif\w*|renew\w*)\b|"
                r"\b(?:CE|CME|continuing\s+education|credits?|points?)\b[^?.]{0,30}?\b(?:does|do|must|should)\s+(?:an?\s+|the\s+|our\s+)?"
                r"(?:nurses?|nurse\s+practitioners?|NPs?|RNs?|PAs?|pharmacists?|physiotherapists?|physical\s+therapists?|dietitians?|midwi(?:fe|ves)|"
                r"(?:medical\s+)?physicists?|audiologists?|optometrists?)\b"),
    # "未具 FDA 核可的乳攝儀" / "not FDA-approved" is our own rule's condition (一(二)2(1)), not the FDA's rules.
    ("other_regulation", _OTHER_HEALTH_LAW + r"|\bMQSA\b|\bFDA\b(?!\s*(?:的|之)?\s*-?\s*(?:核可|核准|核準|認證|认证|批准|批|許可|许可|approv|clear|certif))|醫院評鑑|評鑑(?:標準|基準)|"
                         r"hospital\s+accreditation|accreditation\s+standard|\bJCI\b|醫師法|勞基法|"
                         r"labou?r\s+(?:law|standards?\s+act)|overtime\s+pay|加班費|"
                         # a hospital's own credentialing of clinical privileges, not a society's certificate
                         r"credential(?:ing|s)?\s+committee|clinical\s+privileges?|grant(?:s|ing)?\s+(?:\w+\s+)?privileges?|"
                         r"臨床(?:執行)?權限|院內(?:醫療)?(?:授權|權限)|"
                         # a device's market licence (the TFDA's registration of a medical device), not the facility's review
                         r"醫療器材(?:的)?(?:許可證|查驗登記|上市|登記|輸入|進口許可)|(?:器材|儀器|設備)(?:的)?(?:許可證|查驗登記)|查驗登記|食藥署|\bTFDA\b|"
                         r"(?:medical\s+)?device\s+(?:registration|licen[cs](?:e|ing)|market(?:ing)?\s+(?:approval|authori[sz]ation)|import\s+permit)|"
                         r"\bregister(?:ing)?\s+(?:a|the|our|this|new)\s+(?:\w+\s+){0,3}(?:device|unit|machine)\s+with\b|"
                         # a hospital's own teacher title (臨床教師, 部定教師), not the IR society's instructor certificate
                         r"臨床教師|部定教師|教學醫院(?:的)?教師(?:資格|認證)|(?:hospital'?s?\s+)?teaching[- ]faculty|clinical\s+teacher|"
                         r"clinical\s+(?:teaching|faculty)\s+(?:certificat\w*|appointment|title)"),
    # Radiation-protection staff, training and certificates: the Ionizing Radiation Protection Act and
    # the Nuclear Safety Commission (formerly the AEC). Our rule only names the AEC's QA standard for the unit.
    ("radiation_protection", r"輻射(?:防護|安全)(?:人員|師|員)?(?:的)?(?:證書|訓練|課程|教育|時數|換證|認可|資格|幾小時)|輻防(?:師|員|人員|訓練|課程|證書)|"
                             # the Act itself, or a fine for a radiation-safety failure: the Act's penalties, not our review's
                             # consequences (which deduct subsidy or cancel a qualification, never fine)
                             r"(?:游離|游离)?(?:輻射|辐射)(?:防護|防护)法|\bionizing\s+radiation\s+protection\s+act\b|\bradiation\s+(?:protection|safety)\s+(?:act|law)\b|"
                             r"(?:原能會|原能会|原子能委員會|核安會|核安会|輻射|辐射|輻防|辐防)[^。？?；;]{0,20}?(?:罰鍰|罰款|罰多少|罚款|罚锾|罚多少)|"
                             r"\b(?:radiation|atomic\s+energy|nuclear\s+safety)\b[^?.]{0,60}?\b(?:fined|fines|fine\s+(?:amount|of|for)|(?:how\s+(?:big|much|large)\s+(?:a|the|of\s+a)|any)\s+fine|penalt(?:y|ies))\b|"
                             r"(?:原能會|原子能委員會|核安會|核能安全委員會)[^，,。？?；;]{0,12}?(?:訓練|課程|時數|證書|換證|執照|幾小時)|"
                             r"radiation\s+(?:protection|safety)\s+(?:officer|training|course|certificate|hours|licen[cs]e)|"
                             # (in English, the Commission named beside training, hours or a certificate — "radiation operator
                             # certificates (the ones from the Nuclear Safety Commission) - how many training hrs every 6 yrs")
                             # (its training hours only: our rule names the Council's QA inspection of the unit, never a person's training)
                             r"\b(?:nuclear\s+safety\s+commission|atomic\s+energy\s+council)\b[^?]{0,80}?\b(?:training|courses?|hours?|hrs?)\b|"
                             r"\b(?:training|courses?|hours?|hrs?)\b[^?]{0,60}?\b(?:nuclear\s+safety\s+commission|atomic\s+energy\s+council)\b|"
                             # a worker's dose limit (the Ionizing Radiation Protection Act), not our unit's QA standard
                             r"劑量限度|(?:年|職業|工作人員)(?:的)?(?:照射|曝露|暴露|輻射)?(?:的)?(?:有效)?劑量(?:上限|限值)|(?:occupational|staff|worker'?s?)\s+(?:radiation\s+)?(?:exposure|dose)\s+(?:limits?|cap)|毫西弗|\bm?Sv\b|\b(?:annual|occupational)?\s*dose\s+limits?\b"),
    # Another country's or region's continuing education (大陸 I 類學分, AMA PRA), not attending a meeting abroad.
    ("other_jurisdiction", r"\bDEA\b|\bUSMLE\b|\bECFMG\b|\bGMC\b|\brevalidation\b|(?:中國大陸|大陸|內地|中國|香港|澳門|美國|日本|韓國|新加坡|英國)(?:地區)?(?:的)?(?:外科|內科|專科)?(?:醫師|醫生)(?:的)?\s*"
                           r"(?:繼續(?:醫學)?教育|學分|積分|CME)|(?:[I1一二]|II)\s*類學分|\bAMA\s*PRA\b|"
                           r"(?:mainland\s+)?(?:China|Chinese|Hong\s+Kong|American|Japanese|Singapore\w*)\s+(?:[\w'’]+\s+){0,2}"
                           r"(?:CME|continuing\s+medical\s+education)\s+(?:credits?\s+|points?\s+|hours?\s+)?(?:per\s+|a\s+)?(?:requirements?|rules?|system|hours|cycle|year)|"
                           r"(?:CME|continuing\s+medical\s+education)\s+(?:requirements?|rules?)\s+(?:in|of)\s+(?:mainland\s+)?(?:China|Hong\s+Kong|the\s+US|Japan|Singapore)"),
    # Who may be screened free and how often: the screening programme's own eligibility (the women screened),
    # not the review of the facility that screens them.
    ("screening_eligibility", r"\b(?:which|what)\s+women\b|\bwomen\s+(?:aged|over|between|from)\s+\d|"
                              r"\b(?:eligible|qualif\w*)\s+for\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:free|subsidi[sz]ed|government[- ]funded|government|state[- ]funded|public)\s+(?:[\w-]+\s+){0,2}?(?:mammo\w*|screening)|"
                              r"\bfree\s+(?:[\w-]+\s+){0,2}?(?:mammo\w*|screening\s+mammo\w*)|"
                              r"\b(?:women|a\s+woman|ladies|a\s+lady)\s+(?:\w+\s+){0,3}?(?:aged?\s+)?\d{2}\b[^?.]{0,40}?\b(?:eligible|qualif\w*|covered|get\s+(?:a\s+)?(?:free|subsidi[sz]ed))|"
                              r"\b\d{2}[- ](?:year|yr)[- ]old\s+(?:woman|women|lady|patient)\b[^?.]{0,30}?\b(?:eligible|qualif\w*|covered|get\s+(?:a\s+|the\s+)?(?:free|subsidi[sz]ed))\b|"
                              r"\bhow\s+often\s+(?:can|should|may|do|does|is)\s+(?:a\s+)?(?:women?|she|patients?|people|one)\s+(?:get|have|be)\b|"
                              r"(?:婦女|女性|民眾|女生|阿姨)[^，,。？?]{0,12}?(?:免費|公費|資格(?!審|後續)|幾歲|年齡)|"
                              r"免費(?:的)?(?:乳房攝影|乳房\s*X\s*光|乳攝|乳癌篩檢)|"
                              r"(?:幾歲|年滿幾歲)[^，,。？?]{0,8}?(?:可以|能|才能)?(?:做|照|篩)|"
                              r"(?:多久|幾年)(?:可以|能|才能)?(?:做|照|篩檢?|檢查)一次|"
                              # the programme's invitation to the women and their own visit (`_SCREENING_INVITE`)
                              + _SCREENING_INVITE + "|" +
                              # what the programme pays for one screening ("每案補助多少錢", "how much does the HPA pay per screen") — our rule
                              # only deducts a share of the year's total subsidy
                              r"(?:每案|每人|每件|一案|一件|1\s*案|1\s*件|每一案)[^。？?；;]{0,6}?(?:補助|给付|給付|付)[^。？?；;]{0,4}?(?:多少|幾|几)|"
                              r"\bhow\s+much\s+does\s+(?:the\s+)?HPA\s+pay\s+(?:per|for\s+(?:each|a|one))\b|\bper[- ](?:case|screen\w*|exam|mammogram)\s+(?:subsidy|payment|fee|rate)\b|"
                              # … with whom it pays or the payer between ("how much does the HPA pay us per screening mammogram",
                              # "what does the HPA pay our hospital for each screen", "how much do we get paid per mammogram",
                              # "國健署每做一位乳攝篩檢付我們多少錢")
                              r"\b(?:how\s+much|what)\s+(?:does|do|will|would|did)\s+(?:\w+\s+){1,4}?(?:pay|paid|reimburse)\s+(?:\w+\s+){0,3}?"
                              r"(?:per|for\s+(?:each|every|a|one))\s+(?:\w+\s+){0,2}?(?:case|screen\w*|exam\w*|mammogram|woman|women|patient|study)\b|"
                              r"\bhow\s+much\s+(?:do|does|will)\s+(?:we|they|I|our\s+\w+)\s+get\s+(?:paid\s+)?(?:per|for\s+(?:each|every|a|one))\s+"
                              r"(?:\w+\s+){0,2}?(?:case|screen\w*|exam\w*|mammogram|woman|patient)\b|"
                              r"每(?:做|篩|筛|照)?(?:一|1)?\s*(?:位|次|張|张|例|個案|个案)[^。？?；;]{0,8}?(?:補助|补助|給付|给付|付)[^。？?；;]{0,6}?"
                              r"(?:多少錢|多少钱|幾元|几元|多少元|幾塊|几块|多少)(?![分案點点])"),
    ("billing", r"醫保|医保|\bICD-?(?:9|10|11)\b|診斷碼|诊断码|\bCPT\s+codes?\b|"
                # who pays for a woman's examination ("who pays for her recall ultrasound", "複檢的費用誰付錢")
                r"\bwho\s+(?:pays|covers|will\s+pay)\s+(?:for\s+)?(?:a|an|the|her|his|their)\b|(?:誰|谁)(?:來|来)?(?:付錢|付钱|付費|付费|出錢|出钱|負擔|负担)|\bmedical\s+insurance\b|健保(?:給付|點數|申報|核刪|支付|代碼|碼)|支付標準|billing\s+codes?|\bNHI\b\s*(?:code|point|claim)|reimburs\w+|"
                # the NHI's own schedule and codes named with words between ("the NHI fee schedule code", "健保的乳攝檢查代碼和點數"):
                # the insurer's tariff, never our review (which sets no fee of an examination)
                r"\b(?:bill|charge|claim)\w*\s+(?:it\s+|this\s+)?(?:to\s+)?(?:the\s+)?(?:NHI|insurer|insurance)\b|\bNHI\b\s*(?:[\w-]+\s+){0,3}?(?:codes?|points?|claims?|billing|tariffs?)\b|\bfee[- ]schedule\b|"
                r"健保[^，,。？?；;]{0,10}?(?:代碼|代码|點數|点数|支付標準|支付标准|給付標準|给付标准)|健保[^，,。？?；;]{0,16}?(?:申報|申报|給付|给付)|"
                # an NHI fee-schedule code (five digits and a letter, "19009C", "33072B")
                r"\b\d{5}[ABC]\b"),
    # Another field's intervention named as the instructor's or the certificate's field ("神經介入的指導老師", "心臟介入（PCI）的認證",
    # "a neurointerventional instructor"): that field's own society's credential — the IR society's instructor certificate
    # covers its own domains (第二條), none of which is named so.
    # (a stroke's clot retrieval named by the disease, "腦中風取栓", "卒中取栓"; its training's certificate, "取栓的培訓認證")
    ("other_certificate", r"(?:神經血管|神经血管|結構性心臟(?:病)?|结构性心脏(?:病)?|神經|腦血管|心臟|心導管|冠狀動脈|腦中風|腦卒中|中風|卒中)\s*(?:(?:介入|取栓)(?:性)?(?:治療)?(?:的)?\s*){1,2}(?:科)?(?:的)?\s*(?:[（(][^）)]{0,20}[）)])?\s*(?:的)?\s*"
                          # (its English name written after it, unbracketed: "神經介入 neuro-IR 指導醫師", "心導管介入 PCI 的認證")
                          r"(?:[A-Za-z][\w-]*\s*){0,2}(?:的)?\s*"
                          # (who holds it said before the certificate: "取栓的術者證書", "操作醫師認證", "施術者資格")
                          r"(?:培訓|訓練|受訓)?\s*(?:的)?\s*(?:專長|专长|次專科|次专科)?\s*(?:術者|术者|施術者|施术者|操作(?:醫師|医师|者)?|執行醫師|执行医师|主治醫師)?\s*(?:的)?\s*"
                          r"(?:指導老師|指導醫師|專科醫師|認證|认证|證書|证书|資格|资格)|"
                          # the certifying named as a verb before the field ("which society certifies neurointervention")
                          r"\b(?:certif(?:y|ies|ied|ying)|accredit(?:s|ed|ing)?|credential(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?"
                          r"(?:neuro-?\s*(?:interventional|intervention|endovascular|radiolog)\w*|(?:stroke\s+)?thrombectomy|(?:cardiac|coronary)\s+intervention\w*)\b|"
                          # (the field said short, "neuro-IR", "NIR", "neuroIR", and the certificate too: "cert", "certs", "cert.")
                          # (another field's intervention in English — neuro, stroke, cardiac, coronary, structural heart — and the
                          # certificate after it, in either language, with who holds it said between: "operator certificate",
                          # "stroke thrombectomy 的 operator 認證")
                          r"\b(?:(?:neuro-?\s*(?:interventional|intervention|endovascular|IR\b|radiolog)|NIR\b|INR\b)\w*|"
                          r"(?:cardiac|coronary|structural\s+heart|cardiolog\w*)\s+(?:intervention\w*|interventional|catheteri[sz]ation|cath))"
                          r"\s*(?:的\s*)?(?:[\w-]+\s+){0,2}?(?:的\s*)?"
                          r"(?:instructors?|certificat\w*|certs?\b|credential\w*|accredit\w*|認證|认证|證書|证书|資格|资格)|"
                          r"\b(?:(?:stroke|endovascular|mechanical|clot)\s+)?(?:thrombectomy|EVT)\s*(?:的\s*)?(?:training\s+|program(?:me)?\s+)?"
                          r"(?:(?:operators?|practitioners?|providers?)\s*(?:的\s*)?)?"
                          r"(?:instructors?|certificat\w*|certs?\b|credential\w*|accredit\w*|認證|认证|證書|证书|資格|资格)|"
                          r"\bstroke\s+(?:intervention|interventional|endovascular)\w*\s+(?:[\w-]+\s+){0,2}?(?:certificat\w*|certs?\b|credential\w*|accredit\w*)|"
                          # the stroke or neurology society asked whether it is the issuer ("is that the stroke society or TSIR")
                          r"\b(?:stroke|neuro\w*|cerebrovascular)\s+(?:society|association|academy|college)\s+or\s+(?:the\s+)?(?:TSIR|IR\s+society)\b|"
                          r"\b(?:TSIR|IR\s+society)\s+or\s+(?:the\s+)?(?:stroke|neuro\w*|cerebrovascular)\s+(?:society|association|academy|college)\b"),
    # An endoscopist's instructor or certificate ("消化系內視鏡 instructor (指導醫師)", "大腸鏡指導醫師", "GI endoscopy instructor
    # cert"): the digestive endoscopy society's credential, whatever instructor word it shares with ours — our instructor
    # certificate covers the IR society's image-guided domains (第二條), none of them an endoscopy. (An endoscopic case asked
    # of our counts, "內視鏡的個案可以算指導老師的例數嗎", names no such certificate: the word after the scope is no credential.)
    ("other_certificate", r"(?:消化系|消化道|消化|腸胃|胃腸|肠胃|胃肠)?(?:內視鏡|内视镜|胃鏡|胃镜|大腸鏡|大肠镜|腸鏡|肠镜)(?:檢查|检查)?\s*(?:的)?\s*"
                          r"(?:[A-Za-z][\w-]*\s*){0,2}(?:[（(][^）)]{0,20}[）)])?\s*(?:的)?\s*"
                          r"(?:instructors?|指導老師|指导老师|指導醫師|指导医师|認證|认证|證書|证书)|"
                          r"\b(?:GI\s+|digestive\s+|gastro\w*\s+)?(?:endoscop\w*|colonoscop\w*|gastroscop\w*)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:instructors?|certificat\w*|certs?\b|credential\w*|accredit\w*)"),
    # What a subsidy may be spent on (a fine, a driver's overtime): the grant's own accounting rules, not our review.
    ("other_regulation", r"(?:parking|speeding|traffic)\s+(?:ticket|fine)s?|罰單|交通罰款|"
                         r"\bsubsid\w*[^.?!]{0,20}?\b(?:cover|pay\s+for|be\s+(?:used|spent)\s+(?:on|for))\b|"
                         r"補助(?:款|經費|費)?[^，,。？?]{0,6}?(?:可以|能|可)?(?:用來|拿來)(?:支付|付|報銷|核銷)|補助(?:款|經費)?(?:可以|能|可)?(?:報銷|核銷)"),
    # A professional union's own credits or rules (放射師公會的繼續教育學分): none of our three texts.
    ("other_body", r"公會(?:的)?[^，,。？?；;]{0,8}?(?:學分|積分|繼續教育|規定|會員|會費|認證|點數)|"
                   # a health profession's own association asking its members for continuing education ("the radiographers'
                   # association's CE hours", "醫事放射師學會要求的繼續教育時數", "技术师协会的学分") — not the hours our review asks of the
                   # radiographers who operate the unit (二(一)), which name no association
                   r"(?:醫事放射師|放射師|放射技師|放射技術師|醫檢師|護理師|藥師)(?:的)?(?:全聯會|全国联合会|全國聯合會|學會|協會)(?:的)?[^，,。？?；;]{0,12}?"
                   r"(?:繼續教育|學分|積分|時數|點數)|"
                   r"\b(?:radiographers?|radiologic\s+technologists?|(?:medical\s+)?(?:radiation\s+)?technologists?|techs?|nurses?|pharmacists?)(?:'s|')?\s+"
                   r"(?:professional\s+)?(?:association|union|society|council|guild|federation)\b[^?]{0,60}?\b(?:CE|CME|CPD|continuing\s+education|credits?|hours?|points?)\b|"
                   r"\b(?:CE|CME|CPD|continuing\s+education|credits?|hours?|points?)\b[^?]{0,60}?\b(?:radiographers?|radiologic\s+technologists?|technologists?|nurses?|pharmacists?)(?:'s|')?\s+"
                   r"(?:professional\s+)?(?:association|union|society|council|guild|federation)\b"),
    # Another specialty's certificate, credits or renewal: 內科積分, 胸腔外科專科醫師證書, 整形外科醫學會的專科證書.
    ("other_certificate", rf"{_FIELD}(?:科)?(?:專科)?(?:醫師)?(?:醫學會|學會|協會)?(?:的)?(?:專科|次專科)?(?:醫師)?(?:的)?(?:繼續(?:醫學)?教育)?(?:的)?(?:證書|積分|學分|換證|展延|延展|甄審|認證|指導醫師)"
                          rf"|{_FIELD}(?:醫學會|學會|協會)的[^，,。？?；;]{{0,15}}?(?:證書|認證|指導醫師|展延|換證|積分規定)"
                          rf"|(?:次)?專科認證|次專科(?:醫師)?(?:證書|甄審)|sub-?specialty\s+(?:board\s+)?(?:certif\w*|re-?certif\w*|renewal|credits?|points?)"
                          # the radiology board's own certificate ("證書本身（不是指導老師證）更新"), not the TSIR instructor's
                          rf"|放射(?:線)?(?:科)?專科醫師(?:的)?證書(?:本身)?\s*(?:[（(][^）)]{{0,24}}[）)])?\s*(?:的)?"
                          # its cycle or a word said between ("證書六年展延", "證書每6年要換證"), never our instructor named there
                          rf"(?:(?!指導|指导|介入)[^，,。？?；;、]){{0,6}}?(?:展延|換證|更新|延展)"
                          rf"|radiolog\w*\s+(?:society\s+|association\s+|college\s+)?(?:specialist|board)\s+(?:certif\w*\s+)?(?:renewal|re-?certif\w*)"
                          rf"|放射(?:線)?(?:醫學會|學會)(?:的)?(?:專科)?(?:醫師)?(?:證書)?(?:的)?(?:展延|換證|更新|延展)"
                          rf"|(?:ATLS|ACLS|BLS|PALS|APLS)\s*(?:provider|證書|證照)?\s*(?:的)?(?:證書|證照)?\s*(?:幾年|效期|有效|過期|到期|重新上課|expire|valid)"
                          rf"|{_FIELD_EN}\s+(?:\w+\s+){{0,2}}(?:board\s+)?(?:re-?cert\w*|certificate|subspecialty|credits?|points?|instructor)"
                          rf"|{_FIELD_EN}\s+(?:\w+\s+){{0,1}}board\s+renewal|"
                          # another specialty's board named as the one that asks ("what does the family medicine board want", "the
                          # urology board requires …", "家醫科的專科醫學會要求…" is `other_society`'s): whose requirement is asked
                          rf"{_FIELD_EN}\s+(?:specialty\s+|specialist\s+)?board(?:'s)?\s+(?:\w+\s+){{0,2}}?(?:wants?|requires?|needs?|asks?|expects?|demands?|accepts?|counts?|recogni[sz]es?|rules?|requirements?)\b|{_FIELD_EN}\s+specialists?\s+(?:[\w']+\s+){{0,5}}?(?:renew\w*|re-?cert\w*|credits?|points?|CME)"
                          rf"|(?:re-?certif\w*|renew\w*|certificate)\s+(?:\w+\s+){{0,4}}{_FIELD_EN}"),
    # Their own rules: "在神經外科學會那邊", "心外學會自己的積分", "toward their renewal", "count ... for the X Association".
    # (A named body's "那邊 / 自己的" rules are whose body it is: `_other_org_target`.)
    ("other_society", r"(?:toward|towards|for)\s+(?:their|its)\s+(?:own\s+)?"
                      r"(?:credits?|points?|renewal|re-?certif\w*|certificate|rules?|requirements?|board)"
                      r"|(?:their|its)\s+own\s+(?:credits?|points?|rules?|certificate)"
                      rf"|(?:society|association|college|academy)\s+(?:of|for)\s+{_FIELD_EN}"
                      rf"|{_FIELD_EN}\s+(?:surg\w*\s+)?(?:society|association|college|academy)"),
    ("clinical", r"要不要(?:幫|給|替|直接|安排|做|加做|開|切|轉)|"
                 # an examination's own merits for the woman examined: which is more accurate, its radiation or pain, whether
                 # she may have it pregnant or breastfeeding ("钼靶和B超哪个准", "乳攝有輻射嗎，懷孕能做嗎", "is mammography or
                 # ultrasound more accurate"): the clinician's answer — our review grades the unit and its staff, not the test
                 r"(?:哪個|哪个|哪一個|哪一个|何者|哪種|哪种)(?:比較|比较|較|较|更|最)?(?:準|准|精準|精准|靈敏|灵敏|敏感)|"
                 r"(?:診斷|诊断|檢查|检查|篩檢|筛检|乳攝|超音波|超声|B超)(?:的)?(?:準確|准确|精確|精确)(?:率|度|性)|敏感度|靈敏度|灵敏度|特異度|特异度|"
                 r"偽陰性率|假陰性率|假阴性率|(?:會|会)(?:很|不會|不会)?痛(?:嗎|吗)|"
                 r"(?:懷孕|怀孕|懷孕中|孕婦|孕妇|孕期|哺乳|餵奶|喂奶|餵母奶|喂母乳)[^，,。？?]{0,10}?(?:能|可以|可不可以|能不能|適合|适合)?(?:做|照|檢查|检查|拍)|"
                 r"(?:做|照|拍|檢查|检查)[^，,。？?]{0,6}?(?:會痛|会痛|痛不痛|疼不疼|會不會痛|会不会痛)|有(?:輻射|辐射)(?:嗎|吗)|"
                 r"(?:輻射|辐射)(?:會不會|会不会|對身體|对身体|傷害|伤害|危害|大不大|危險|危险)|"
                 r"\b(?:more|less)\s+accurate\b|\b(?:sensitivity|specificity)\s+(?:of|for)\b|\bbetter\s+at\s+(?:detect|find|pick|spott?)\w*|"
                 r"\b(?:safe|okay|ok|harmful)\s+(?:during|in|for|while)\s+(?:pregnan\w*|breast-?feed\w*)|"
                 r"\bpregnan\w*\b[^?]{0,40}?\b(?:have|get|do)\s+(?:a\s+)?mammo\w*|\bdo(?:es)?\s+(?:a\s+|the\s+)?mammo\w*\s+hurt\b|"
                 r"\bradiation\s+(?:risk|dose)\s+(?:from|of)\s+(?:a\s+|one\s+)?mammo\w*|"
                 # a patient's drug or systemic therapy, and how long to keep it up ("泰莫西芬要吃幾年", "how long should she
                 # stay on it", "荷爾蒙治療要做多久"): the oncologist's, whatever screening category led to it
                 r"tamoxifen|泰莫西芬|他莫昔芬|諾瓦得士|aromatase\s+inhibitor\w*|芳香(?:環|环)?(?:轉化|转化)?(?:酶|酵素)抑制|letrozole|anastrozole|exemestane|"
                 r"herceptin|trastuzumab|賀癌平|赫赛汀|(?:荷爾蒙|賀爾蒙|荷尔蒙|激素|內分泌|内分泌|標靶|靶向)(?:治療|治疗|療法|疗法|藥|药)|"
                 r"\b(?:hormon\w*|endocrine|adjuvant|targeted)\s+(?:therapy|treatment|drugs?|pills?)\b|"
                 r"\b(?:stay|stays|staying|be|remain)\s+on\s+(?:it|the\s+(?:drug|pills?|medication|tablets?)|\w+fen|treatment)\b|"
                 # (a bare 用 takes its drug named: "機器用幾年" is a unit's age, which our review asks for)
                 r"(?:要|該|应|應|得)?(?:(?:吃|服用|服)(?:藥|药)?|用(?:藥|药))(?:多久|幾年|几年|幾個月|几个月)|"
                 # a patient's imaging after a treatment ("TACE 後多久要追蹤 CT", "術後多久回來照乳攝", "how soon after the RFA
                 # should she have a CT"): the care team's schedule, not our follow-up deadline of a screening category
                 r"(?:術後|术后|手術後|手术后|開刀後|开刀后|治療後|治疗后|(?:TACE|RFA|MWA|化療|化疗|放療|放疗|切除|消融|栓塞)\s*(?:之)?(?:後|后))"
                 r"[^，,。？?]{0,12}?(?:多久|何時|何时|什麼時候|什么时候|幾個月|几个月)[^，,。？?]{0,8}?"
                 r"(?:追蹤|追踪|回診|回诊|複查|复查|照|檢查|检查|CT|MRI|超音波|超声|乳房攝影|乳攝|放療|放疗|化療|化疗|治療|治疗|復健|复健|拆線|拆线)|"
                 # how a patient fares after a treatment ("TACE 術後發燒正常嗎", "post-RFA pain, is that expected?"), and which
                 # treatment fares better ("哪個復發率更低", "which has the lower recurrence rate"): the care team's, not our review
                 r"(?:術後|术后|手術後|手术后|(?:TACE|RFA|MWA|化療|化疗|放療|放疗|栓塞|消融)\s*(?:之)?(?:後|后))[^，,。？?]{0,10}?"
                 r"(?:發燒|发烧|發熱|发热|痛|噁心|恶心|嘔吐|呕吐|出血|感染|副作用)|"
                 r"\b(?:post[- ]?(?:op|operative|procedure|TACE|RFA|MWA|ablation|embolization))\s+(?:\w+\s+){0,2}?(?:fever|pain|nausea|bleeding|infection)\b|"
                 r"復發率|复发率|轉移率|转移率|\brecurrence\s+rates?\b|\blocal\s+recurrence\b|"
                 r"\bafter\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+)?(?:surgery|op(?:eration)?|TACE|RFA|MWA|ablation|embolization|resection|"
                 r"mastectomy|lumpectomy|chemo\w*|radiotherapy)\b[^?]{0,40}?\b(?:fever|pain|nausea|vomiting|bleeding|infection)\b|"
                 # a cancer's drug regimen or its receptor status ("AC-T vs TC regimen", "化療方案", "HER2 陽性要用什麼"): the oncologist's
                 r"(?:化療|化疗|治療|治疗|用藥|用药)方案|\b(?:chemo(?:therapy)?\s+)?regimens?\b|\bHER-?2\b|三陰性|三阴性|triple[- ]negative|"
                 r"\b(?:after|post)[- ](?:surgery|op(?:eration)?|TACE|RFA|MWA|ablation|embolization|treatment|resection|mastectomy|lumpectomy|chemo\w*)\b"
                 r"[^?]{0,40}?\bhow\s+(?:soon|often|long)\b|"
                 r"\bhow\s+(?:soon|often)\b[^?]{0,40}?\b(?:after|post)[- ](?:surgery|TACE|RFA|MWA|ablation|embolization|treatment|resection|mastectomy|lumpectomy)\b|"
                 # a choice of management for a patient ("drain first or go straight to surgery?", "先引流還是直接開刀")
                 r"\b(?:or|vs\.?)\s+(?:go\s+)?(?:straight|directly|right)\s+to\s+(?:an?\s+)?(?:surgery|the\s+OR|operat\w*|resection|MRI|CT|biops\w*|"
                 r"ultrasound|mastectomy|lumpectomy|excision|chemo\w*)\b|"
                 # the asker says the question is a clinical one ("asking clinically, not about the HPA rules", "臨床上來說該怎麼處理")
                 r"\b(?:asking|asked|question\s+is)\s+(?:purely\s+)?clinical(?:ly)?\b|\bclinically\s+speaking\b|\bclinical\s+question\b[^?.]{0,30}?\bnot\b|"
                 r"臨床上(?:來說|而言)?(?:應該|該|要)(?:怎麼|如何)(?:做|處理|处理)|"
                 r"(?:還是|还是|或是)(?:直接|馬上|马上)(?:去)?(?:開刀|开刀|手術|手术|切除|切片|做切片|(?:安排|做|照)?\s*(?:MRI|磁振|核磁))|該不該(?:做|切|開|用|安排)|(?:哪[個一種]|何者)(?:比較|較|更|最)?(?:好|適合|合適|有效)|"
                 r"(?:切片|化療|手術|開刀|治療)(?:比較)?好嗎|(?<!what\s)(?<!what\s\s)should\s+I\s+(?:add|order|do(?!\s*(?:[?？.!]|$|now\b|next\b|then\b|first\b|instead\b))|biops\w*|refer|treat|use|choose|go\s+with|recommend)|"
                 r"should\s+(?:a|an|the|this|that|we|I|she|he|it)\b[^?]{0,60}?\b(?:be\s+)?(?:taken\s+out|removed|resected|operated|biops\w*|excised)|"
                 r"which\s+(?:is|would\s+be)\s+(?:better|preferred)|"
                 # a choice between two techniques ("is RFA or MWA the better choice", "the preferred option for a 3 cm HCC")
                 r"\b(?:is|are)\s+[\w-]+(?:\s+[\w-]+)?\s+or\s+[\w-]+(?:\s+[\w-]+)?\s+(?:the\s+)?(?:better|preferred|best|safer)\b|"
                 r"\b(?:better|best|preferred)\s+(?:choice|option|approach|modality|treatment)\s+for\b|"
                 # (a when said between the two: "biopsy now or short-interval follow-up", "resection first or TACE")
                 r"\b(?:{_TECH_EN})\s+(?:(?:now|first|today|immediately|right\s+away|straight\s+away)\s+)?(?:or|vs\.?|versus)\s+(?:{_TECH_EN})\b|"
                 r"(?:{_TECH_ZH})\s*(?:跟|和|與|与|還是|还是|或|或是|vs\.?)\s*(?:{_TECH_ZH})\s*(?:[，,、]\s*)?(?:哪|何|比較|比较|選|选)|"
                 # the bot asked for its own clinical choice ("which would you do", "what would you pick", "你會選哪個", "換作是你會怎麼做")
                 r"\bwhich\s+(?:one\s+|of\s+(?:them|the\s+two)\s+)?would\s+you\s+(?:do|pick|choose|use|go\s+with|recommend|prefer|start\s+with|try)\b|"
                 r"\bwhat\s+would\s+you\s+(?:do|recommend|choose|pick|suggest)\b|\bwould\s+you\s+(?:go\s+with|choose|pick|recommend|rather)\b|"
                 # the bot asked which treatment it would give first, the treatments as verbs ("would you RFA it or TACE first",
                 # "should we TACE her or go for resection", "你會先 RFA 還是 TACE", "你会先做电烧还是栓塞")
                 r"\b(?:would|should|do|will|did)\s+(?:you|we|i)\s+(?:go\s+(?:straight\s+)?(?:to|for|with)\s+)?(?:\w+\s+){0,2}?(?:{_TECH_EN})\b[^?.]{0,24}?\bor\s+(?:go\s+(?:for|with|straight\s+to)\s+)?(?:\w+\s+){0,2}?(?:{_TECH_EN})\b|"
                 r"(?:你|您)(?:們|们)?(?:會|会|要|都)?(?:先)?(?:做|用|打|上|選|选)?\s*(?:{_TECH_ZH}|栓塞|消融)[^，,。？?]{0,8}?(?:還是|还是|或是|或)\s*(?:先)?(?:做|用|打|上)?\s*(?:{_TECH_ZH}|栓塞|消融)|"
                 r"(?:你|您)(?:會|会)(?:選|选|挑|用|建議|建议)(?:哪|什麼|什么|哪個|哪个)|(?:你|您)(?:會|会)?(?:選|选|挑)[^，,。？?]{0,12}?(?:還是|还是|或是)|(?:換作是|换作是|如果是|要是)(?:你|您)(?:的話|的话)?[^，,。？?]{0,6}?(?:會|会)?(?:怎麼|怎么|選|选|做|用)|"
                 r"(?:你|您)(?:的話|的话)?(?:會|会)(?:怎麼|怎么)(?:做|處理|处理|治療|治疗)".replace("{_TECH_EN}", _TECH_EN).replace("{_TECH_ZH}", _TECH_ZH)),
    # The society's own affairs that none of our three texts covers: joining, dues, the membership card, a
    # congress's registration fee. (Our texts do name a member number and the fees of an application.)
    ("society_admin", _SOCIETY_ADMIN),
]
# Where a patient should go to be seen ("陽性的婦女去哪家醫院確診比較快", "which hospital is best for her biopsy"): a care choice,
# whatever screening category led there — unless the visit is counted in our follow-up (`_OUR_MEASURE_COUNTED`).
_WHICH_HOSPITAL = re.compile(r"(?:哪家|哪間|哪间|哪一家|哪一間|哪个|哪個)(?:醫院|医院|診所|诊所)[^。？?；;]{0,12}?(?:比較|比较|較|较|最|推薦|推荐|好|快)|"
                             r"\bwhich\s+(?:hospital|clinic|doctor)\b[^?.]{0,30}?\b(?:best|better|fastest|quick\w*|recommend\w*|should\s+(?:she|he|i|we)\s+go)\b",
                             re.I)
# Kinds no anchor of ours brings back (small talk, a document to write): out of scope whatever our words beside them.
NEVER_OURS = ("chat", "writing")
POINTERS = {
    "writing": ("我不代寫文件（申請信、自傳、推薦信、履歷等）；我只引用並計算這三份規定，例如申請需要附哪些文件、資格或積分怎麼算，可以問我。",
                "I don't draft documents (cover letters, personal statements, recommendation letters, CVs); I quote and apply these "
                "three regulations — ask me, for example, which documents an application needs or how credits or eligibility work."),
    "licence": ("醫師或醫事人員執業執照的更新，依衛生福利部《醫事人員執業登記及繼續教育辦法》，請洽衛生福利部或執業登記的衛生局。",
                "Practising-licence renewal follows the Ministry of Health and Welfare's rules on practice registration and "
                "continuing education; please ask the MOHW or your local health bureau."),
    "exam": ("專科醫師甄審或考試的規定由各專科醫學會與衛生福利部訂定，請洽該學會。",
             "Specialist-board examinations are set by each specialty society and the MOHW; please ask that society."),
    "training": ("住院醫師或專科醫師訓練的年限、輪轉、課程與結業考核，以及專科甄審資格，由各專科醫學會與衛生福利部的專科醫師訓練規定訂定"
                 "（中國大陸的規培依當地衛生健康主管部門的規定），請洽該學會或主管機關。",
                 "A residency's or specialist training programme's length, rotations, curriculum and completion assessment, and board "
                 "eligibility, are set by each specialty society and the Ministry of Health and Welfare (in mainland China, the "
                 "local health authority's standardised residency training rules); please ask that society or authority."),
    "other_regulation": ("這屬於其他法規、評鑑或認證制度（例如醫院評鑑、癌症診療品質認證、外國法規），請洽主辦或主管機關。",
                         "That is another regulation, accreditation or certification scheme (hospital accreditation, "
                         "cancer-care quality certification, a foreign law); please ask the body that runs it."),
    "radiation_protection": ("輻射防護人員的訓練、證書與換證，以及輻射安全的罰則，依《游離輻射防護法》及其子法，由核能安全委員會（原行政院原子能委員會）主管，請洽該會。",
                             "Radiation-protection staff training, certificates and renewal, and the penalties for radiation-safety failures, "
                             "follow the Ionizing Radiation Protection Act, run by the Nuclear Safety Commission (formerly the Atomic Energy "
                             "Council); please ask them."),
    "other_jurisdiction": ("其他國家或地區（例如中國大陸、香港、新加坡）的規定（醫師繼續教育學分、篩檢計畫等），由當地主管機關訂定，請洽該機關。",
                           "Another country's or region's rules (continuing medical education, a screening programme) are set by its "
                           "own authorities; please ask them."),
    "screening_eligibility": ("民眾接受免費乳房 X 光攝影篩檢的資格（年齡、間隔）、通知與每案補助，依國民健康署癌症篩檢補助的規定，請洽國民健康署或篩檢醫療機構；"
                              "我收錄的是醫療機構資格的後續審查規定。",
                              "Who may have a free screening mammogram, from what age and how often, how women are invited and what the programme pays per "
                              "screen follow the Health Promotion "
                              "Administration's screening-programme rules; please ask the HPA or a screening provider. What I cover "
                              "is the review of the facilities that screen."),
    "employment": ("稅務依所得稅法，請洽國稅局；薪資、差旅報支、請假與升等依服務機構的人事與會計規定，請洽院內人事或會計單位。",
                   "Tax follows the income-tax law (ask the National Taxation Bureau); pay, travel claims, leave and promotion follow "
                   "your employer's personnel and accounting rules (ask your hospital's HR or accounting office)."),
    "screening_facility_application": (
        "醫療機構初次申請成為乳房 X 光攝影篩檢醫療機構的資格審查，依國民健康署該資格審查的規定，請洽國民健康署；我收錄的是通過後的後續審查作業。",
        "A facility's first application to become a screening-mammography provider follows the HPA's initial qualification review; "
        "please ask the HPA. What I cover is the follow-up review of facilities already qualified."),
    "other_modality_qc": ("血管攝影（DSA）、電腦斷層、透視、C-arm、一般 X 光等其他醫用游離輻射設備的品質保證與品管測試，依核能安全委員會（原行政院原子能委員會）"
                          "醫用游離輻射設備品質保證的規定，請洽核安會或醫院的輻射防護／醫學物理單位；我收錄的只有乳房 X 光攝影儀的後續審查（品管實地測試）。",
                          "Quality assurance and QC testing of other medical X-ray equipment (angiography / DSA, CT, fluoroscopy, C-arm, general "
                          "radiography) follows the Nuclear Safety Commission's (formerly the Atomic Energy Council's) quality-assurance rules "
                          "for medical ionizing-radiation equipment; please ask the NSC or your hospital's radiation-safety or medical-physics "
                          "office. What I cover is only the follow-up review of mammography units (its on-site QC test)."),
    "other_breast_modality_qc": (
        "乳房超音波、乳房磁振造影（MRI）與乳房斷層合成（tomosynthesis）的品管與測試標準，不在國民健康署乳房 X 光攝影醫療機構後續審查的範圍內"
        "（其實地測試只針對乳房 X 光攝影儀）；請依設備原廠的品管規範與該項檢查的專業學會建議，或洽醫院的醫學物理／品管單位。",
        "Quality control and test criteria for breast ultrasound, breast MRI and tomosynthesis are outside the HPA's follow-up review of "
        "mammography facilities (its on-site test covers mammography units only); follow the manufacturer's QC programme and the "
        "professional society's guidance for that modality, or ask your hospital's medical-physics or QC office."),
    "billing": ("健保給付與申報規定請洽中央健康保險署。", "NHI billing and claims rules: please ask the National Health Insurance Administration."),
    "other_certificate": ("其他專科或其他證書的積分、換證規定，由核發該證書的學會或單位訂定，請洽該單位。",
                          "Another specialty's or certificate's credits and renewal rules are set by the body that issues it; please ask them."),
    "other_society": ("其他學會自己的積分或規定，請洽該學會。", "Another society's own credits or rules: please ask that society."),
    "working_hours": ("醫師（含住院醫師）與其他醫事人員的工時、值班與休息時間，依《勞動基準法》及衛生福利部的住院醫師勞動權益保障及工作時間指引等規定，"
                      "請洽勞動部、衛生福利部或院內人事單位；這三份規定只計算積分、認證資格與篩檢量，不規範工作時間。",
                      "Doctors' (residents' included) and other staff's working hours, on-call duty and rest follow the Labor Standards Act and "
                      "the Ministry of Health and Welfare's guideline on residents' working hours; please ask the Ministry of Labor, the MOHW "
                      "or your hospital's HR office. These three regulations count credits, certification and screening volumes, never "
                      "working hours."),
    "society_admin": ("入會、會費、會員證、理監事選舉與年會報名費等學會會務，不在這三份規定內，請洽該學會秘書處。",
                      "Joining a society, its dues, the membership card, its elections and congress registration fees are the society's own "
                      "affairs, which these three regulations do not cover; please ask the society's office."),
    "procurement": ("選購哪一台（廠牌、型號）、價格與預算、招標或採購流程，以及財產報廢年限與折舊提列，依醫院自己的採購、財產管理與會計規定"
                    "（公立醫院另依《政府採購法》及主計機關的財物分類與折舊規定），請洽院內採購、總務或會計單位。",
                    "Which make or model to buy, its price and budget, the tender or purchasing procedure, and an asset's write-off age "
                    "and depreciation follow your hospital's own procurement, asset-management and accounting rules (for a public "
                    "hospital also the Government Procurement Act and the government accounting office's asset and depreciation "
                    "rules); please ask your hospital's procurement, general-affairs or accounting office."),
    "clinical": ("臨床處置請依臨床指引與醫療團隊判斷；我只回答這三份規定的內容。",
                 "Clinical decisions belong to clinical guidelines and the care team; I only answer what these three regulations say."),
    "other_specialty": ("其他專科的專科醫師甄審、證書與展延規定，由該專科醫學會與衛生福利部訂定，請洽該學會。",
                        "Another specialty's board examination, certificate and renewal rules are set by that specialty "
                        "society and the MOHW; please ask that society."),
    "other_body": ("這屬於其他機關或法規的範圍（例如中央健康保險署的給付規定、醫師法、醫師公會），請洽該機關。",
                   "That belongs to another authority or law (e.g. the National Health Insurance Administration's payment "
                   "rules, the Physicians Act, a medical association); please ask that body."),
    "errand": ("這是日常事務（車輛檢驗、設備報修、電話分機、天氣等），不在這三份規定內，請洽院內相關單位。",
               "That is an everyday errand (a vehicle inspection, a repair, a phone extension, the weather), which these three "
               "regulations do not cover; please ask the office concerned."),
    "other_screening": ("子宮頸癌、大腸癌、口腔癌、肺癌等其他篩檢，依國民健康署各該篩檢計畫的規定，請洽國民健康署或提供該篩檢的醫療機構。",
                        "Other screening programmes (cervical, colorectal, oral, lung cancer …) follow the Health Promotion "
                        "Administration's rules for that programme; please ask the HPA or the screening provider."),
}


# A named society's own certificate or rules ("X學會的…指導醫師", "X學會那邊"): foreign unless X is ours.
_ORG_TARGET = re.compile(r"([\u4e00-\u9fff]{1,8}?)(?:醫學會|學會|協會)(?:的)?[^，,。？?；;！!]{0,15}?"
                         r"(?:證書|認證|指導醫師|展延|換證|積分規定|(那邊|那裡|自己|本身|內部))")
_OUR_ORGS = ("外科", "介入放射線", "介入放射", "介放", "介入", "介入性治療", "介入治療", "放射線", "本")


# A field named just before 外科 (消化外科, 整形外科, 手外科 …) makes it another society; anything else before 外科
# is what the name cut left of the sentence ("想引用外科醫學會", "回來換外科專科醫師證書"): our own society.
# (the field may carry a word of its society's own name after it: "消化系外科", "肝膽胰外科", "減重代謝外科")
_FIELD_BEFORE_SURGERY = re.compile(rf"(?:{_OTHER_FIELDS}|{_SUBSPECIALTY}|乳腺|乳房|手|口腔|顎|顏面|肝膽|腫瘤|內分泌|減重|脊椎|肛門|"
                                   r"甲狀腺|頭頸|足踝|婦|腦|周邊血管|心胸)[\u4e00-\u9fff]{0,2}$")


_SOCIETY_TAIL = re.compile(r"(?:醫學會|医学会|學會|学会)(?:的)?$")


def _ours_named(name: str) -> bool:
    """Is a name read before 學會 / 專科醫師證書 ours: our issuer, or 外科 with no field before it? (A certificate named with its
    issuer, "台灣外科醫學會專科醫師證書", is read by the issuer's name: 外科醫學會 → 外科.)"""
    base = _SOCIETY_TAIL.sub("", name)
    if base and base != name:
        name = base
    return bool(_OURS_NAMED.match(name)) or (name.endswith("外科") and not _FIELD_BEFORE_SURGERY.search(name[:-2]))


# The first characters of the fields and subspecialties named anywhere in the cue lists: a body named by one character
# ("家醫學會" read as 家, "眼學會") is one of these; any other single character left before 學會 / 專科證書 is the verb or
# particle of the sentence the name cut did not know ("要送學會認定", "函釋在講專科證書展延", "寄學會"), and names no body.
_FIELD_INITIALS = frozenset(w[0] for w in re.findall(r"[\u4e00-\u9fff]+", _OTHER_FIELDS + "|" + _SUBSPECIALTY + "|乳腺|手|口腔|肝膽|腫瘤|婦|腦|心胸"))


def _is_a_name(name: str) -> bool:
    """Can the Han run read before a head word be a body's or a certificate's name (not a stray verb)?"""
    return len(name) >= 2 or (len(name) == 1 and name in _FIELD_INITIALS)


def _other_org_target(text: str) -> str | None:
    """A body named before 學會 whose own certificate or rules are asked about; the name is cut at the
    last verb or particle as `_named` does, so "為什麼學會說不能展延" names no body (a bare 學會 is ours)."""
    for m in _ORG_TARGET.finditer(text):
        org = _REGULAR.sub("", re.sub(r"^(?:台灣|臺灣|中華民國)", "", _NAME_CUT.sub("", m.group(1))))
        if _GENERIC_NAMED.match(org) or not _is_a_name(org):
            continue
        if journal_named(text, m.start(1), m.end(1) + len(re.match(r"醫學會|學會|協會", text[m.end(1):]).group(0))):
            continue  # (a journal of that name: where a paper of one's own came out)
        head_end = m.end(1) + len(re.match(r"醫學會|學會|協會", text[m.end(1):]).group(0))
        if _radiology_points_of_our_renewal(org, text, head_end, text[:m.start(1)] + " " * (head_end - m.start(1)) + text[head_end:]):
            continue  # ("換證…，放射科學會那邊拿了 100 分": the renewal's radiology education points)
        if org not in _OUR_ORGS and not _ours_named(org) and not org.endswith(("參加", "出席", "其他", "相關")):
            return "other_society" if m.group(2) else "other_certificate"
    return None


# Whose society, whose certificate: a named body or certificate is read off the question as the
# Han characters before its head word (醫學會 / 學會 / 協會, 專科醫師證書 …), cut at the last verb or
# particle, and is ours only when it is one of our issuers.
_ORG_HEAD = re.compile(r"醫學會|學會|協會")
# 定期 / 不定期 before 醫學會 says how often the meeting meets (our 第五條第六款's "外科定期醫學會"), not whose body it is
_REGULAR = re.compile(r"(?:不)?定期(?:性)?$")
_CERT_HEAD = re.compile(r"(?:次)?專科(?:醫師)?(?:的)?(?:證書|證照)")
# (a certificate's renewal said just before a bare 學會 — "專科證書展延學會會通知嗎" — is what is asked of our society, no name)
_NAME_CUT = re.compile(r".*(?:延期|延長|更新|展延|延展|換證|證書|能|可|說|為什麼|什麼|為何|怎麼|如何|聽|告訴|通知|回覆|表示|今年|去年|明年|前年|上次|這次|每年|本年度|年度|月|週|天|期間|期间|時間|时间|時候|时候|申請|想|要|給|拿|算|問|報|找|被|讓|請|的|是|在|到|去|向|對|於|和|跟|與|及|或|參加|出席|參與|舉辦|主辦|辦|由|有|也|另外|另|個|種|些|這|那|我|您|你|進修|进修|研習|受訓|段|除了|除|包括|包含|不是|非|以外|只限|僅限|隻限|限|只|隻|僅|認可|承認|認|"
                       # a sending verb before 學會 ("寄回學會", "送交學會", "回傳學會", "繳回學會"): where a form goes, no body's name
                       r"寄|送|交|繳|缴|回|"
                       # the person whose certificate it is ("學長專科證書下個月到期", "同事的專科證書"): no field's name
                       r"學長|学长|學姊|學姐|学姐|學弟|学弟|學妹|学妹|同事|同仁|前輩|前辈|老師|老师|主任|朋友|他|她|"
                       # a renewing verb and its motion before the certificate ("回來換專科證書", "再來换专科证书"): no body's name
                       r"換|换|來|来|"
                       # the asker speaking of himself, humbly or formally ("敝人專科證書", "本人專科醫師證書", "小弟專科證書"): the
                       # holder, no body's name — a bare 專科證書 of a surgeon asking is our surgical certificate (第十條)
                       r"敝人|本人|在下|小弟|小妹|晚輩|晚辈|個人|个人|咱們|咱们|咱|"
                       # a verb of quoting or following before the society ("想引介入放射學會那個辦法", "參考外科醫學會的規定"): no name
                       r"引用|引述|引|參考|参考|參照|参照|依照|按照|根據|根据|"
                       # a verb of passing through before a bare 學會 ("要經過學會哪個會通過", "透過學會理事會"): who approves, no name
                       r"經過|经过|透過|透过|經由|经由|通過|通过|"
                       # an example marker before the name ("例如某個內視鏡學會", "比如神外醫學會年會"), and a course or activity named
                       # before the society that speaks of it ("線上課程學會說…"): neither is part of a body's name
                       r"例如|比如|譬如|像是|好比|課程|课程|活動|活动|"
                       # a quantity asked right before a bare 學會 ("可以換多少學會積分", "拿幾個學會學分"): how many of the society's
                       # credits, no body's name (no field's name holds 多少 or 幾)
                       r"多少|幾|几|"
                       # a word adding one more figure to a list before a bare 學會 ("…國外開會 2 次，再加上學會積分一百分", "外加學會
                       # 積分 80", "然後學會積分 100"): the next item of the person's own list, no body's name (加 alone would cut 急救加護)
                       r"加上|外加|然後|然后|接著|接着|"
                       # a disposal marker or a moment before the name ("搬家把介入學會的指導老師證書弄丟了", "搬家時介入學會的證書不見了",
                       # "將外科醫學會的證書寄丟"): the thing handled or the moment of the story, no body's name
                       r"把|將|将|時|时|"
                       # a proposal or request addressed to the society ("想建議學會調整月會給分", "希望學會放寬", "向學會反映", "要求學會
                       # 說明"): whom it is put to, no body's name
                       r"建議|建议|提議|提议|希望|要求|反映|反應|反应|請求|请求|呼籲|呼吁|拜託|拜托|陳情|陈情|詢問|询问|聯絡|联络|聯繫|联系|"
                       # the case described, then the body asked how it handles it ("不滿一個月，這類情形學會會怎麼認定", "這種情況學會
                       # 怎麼算"): the kind of case, no body's name
                       r"情形|情況|情况|狀況|状况)")
_ATTEND = re.compile(r"(?:參加|出席|參與|去|到|赴|前往|在)[^，,。？?；;]{0,4}$"
                     # (… or the next of a list of meetings after the verb, joined by 、 / 和 / 還有: "去了麻醉醫學會年會（兩天）、放射線
                     # 醫學會年會（一天）" — the verb is the list's)
                     r"|(?:參加|出席|參與|去|到|赴|前往)[^。？?；;]{0,40}?(?:年會|年会|研討會|研讨会|會議|会议|大會|大会)"
                     r"\s*(?:[（(][^）)]{0,12}[）)])?\s*(?:、|和|跟|及|以及|與|与|還有|还有|[，,]\s*(?:還有|还有|以及|另外))\s*(?:的)?$")
# A surgical subspecialty society named as the host of a meeting, the meeting word later in the same clause ("大腸直腸外科醫學會
# 年會", "大腸直腸外科醫學會、胸腔外科這種次專科年會開一天跟兩天有差嗎"): the meeting our credits count (第五條第三款), not that
# society's own rules — unless its own certificate or rules are named before the meeting word, or the society's own ("他們",
# "自己") anywhere. (Another field's society, "復健醫學會的年會給幾個學分", stays that society's own credits.)
_MEETING_AFTER = re.compile(r"(?:(?!證書|認證|規定|辦法|自己|本身|那邊|那裡|展延|換證|會員)[^，,。？?；;！!]){0,14}?"
                            r"(?:年會|學術研討會|研討會|學術會議|學術大會|大會|會議)")
_THEIR_OWN_ZH = re.compile(r"他們|他们|該會|该会|該學會|该学会|自己|本身|那邊|那边|"
                           # a certificate or its renewal asked beside the meeting ("…年會的學分怎麼算？整外專科證書展延要多少分？"):
                           # whose certificate is the other question's, which the meeting does not settle
                           r"證書|证书|展延|延展|換證|换证|甄審|甄审|認證|认证")
# The same meeting's credits claimed with another society and with ours alike ("乳房外科醫學會的年會積分…跟外科醫學會的可以重複
# 申請嗎", "兩邊都能申請嗎"): that society's own credits are asked beside ours, and whether it lets them be claimed twice is its
# own rule (SPEC §3: a surgical subspecialty society's CME). A paper presented at both is our 第六條 (`_PAPER_SHOWN`).
_DOUBLE_CLAIM = re.compile(r"重複(?:申請|認定|採計|採認|計算)|重复(?:申请|认定|采计|采认|计算)|(?:兩邊|两边|雙方|双方|兩個學會|两个学会)(?:都|各)|"
                           r"\b(?:claim\w*|count\w*)\s+(?:it\s+|them\s+)?(?:twice|with\s+both)\b|\bdouble[- ](?:claim|count|dip)\w*", re.I)
_PAPER_SHOWN = re.compile(r"同一篇|論文|论文|文章|報告|报告|發表|发表|壁報|壁报|演講|演讲|\b(?:paper|article|poster|abstract|talk)s?\b|present", re.I)


# A society's meeting listed among the person's own counted activities ("國內研討會 3 場、…，還有泌尿科醫學會年會（開兩天）"):
# one more activity of their credit tally (第五條第三款), not that society's own rules
_OWN_ACTIVITIES = re.compile(r"(?:研討會|研讨会|月會|月会|國際會議|国际会议|論文|论文|壁報|壁报|演講|演讲|座長|座长|講習會|讲习会)"
                             r"[^。？?！!；;]{0,12}?\d+(?:\.\d+)?\s*(?:場|场|次|篇)|\d+\s*(?:場|场|次|篇)[^。？?！!；;，,]{0,8}?"
                             r"(?:研討會|研讨会|月會|月会|國際會議|国际会议|論文|论文|壁報|壁报|演講|演讲)")


_CREDITS_ASKED = re.compile(r"學分|学分|積分|积分|給|给|幾分|几分|多少|\bcredits?\b|\bpoints?\b", re.IGNORECASE)


def _listed_meeting(text: str, end: int, rest: str) -> bool:
    """The society ending at `end` is named as the host of a meeting listed among the person's own counted activities
    (`_OWN_ACTIVITIES` elsewhere in the message), its clause asking nothing of that meeting's credits ("內科醫學會的年會學分
    一天給多少" asks that society's own credits)."""
    if not _MEETING_AFTER.match(text, end) or not _OWN_ACTIVITIES.search(rest):
        return False
    stop = re.search(r"[，,。？?；;！!]", text[end:])
    return not _CREDITS_ASKED.search(text[end:end + stop.start() if stop else len(text)])


def _their_own_zh(text: str) -> bool:
    """Does the question speak of another body's own rules (`_THEIR_OWN_ZH`)? "那邊" after our own name ("外科那邊認幾分",
    "本會那邊", "外科醫學會那邊") is our society's side — what our credits give another body's meeting, not its own rules."""
    for m in _THEIR_OWN_ZH.finditer(text):
        if m.group(0) in ("那邊", "那边"):
            name = _NAME_CUT.sub("", re.search(r"[\u4e00-\u9fff]*$", text[:m.start()]).group(0))
            name = re.sub(r"(?:醫學會|医学会|學會|学会|協會|协会)$", "", name)
            if name and _ours_named(name):
                continue
        return True
    return False


def _surgical_meeting(name: str, text: str, end: int) -> bool:
    """Is the society `name` (ending at `end`) a surgical one whose meeting is asked about (`_MEETING_AFTER`), not its own rules?
    (A surgical field said short counts too: 神外, 整外, 心外, 胸外, 兒外 — `_SURGICAL_SHORT`.)"""
    surgical = name.endswith("外科") or bool(_SURGICAL_SHORT.search(name))
    return surgical and bool(_MEETING_AFTER.match(text, end)) and not _their_own_zh(text)


# A surgical field's short name ("神外醫學會年會" = 神經外科, "整外", "心外", "胸外", "小兒外", "大腸直腸外").
_SURGICAL_SHORT = re.compile(r"^(?:神|腦|整|心|胸|心胸|兒|小兒|消|移|創|直腸|大腸|大腸直腸|肝膽|乳|骨|泌尿|一)外$")
# A society given as an example of a class of meetings the question asks about ("外科相關學會年會，例如某個內視鏡學會", "像是
# 神外醫學會年會"): the meeting our credits count (第五條第三款、第十款), not that society's own rules.
# (… the example's own name stood in for by a placeholder or a word or two: "例如 XX 內視鏡學會", "比如某某內視鏡學會", "像是
# ○○醫學會", "如：某個學會"; or the example given in brackets right after the meeting: "學會年會（內視鏡學會之類）")
_EXAMPLE_BEFORE = re.compile(r"(?:例如|比如|譬如|像是|好比|如|e\.g\.|[（(])[^，,。？?；;()（）]{0,8}$", re.I)
_MEETING_WORD = re.compile(r"年會|年会|研討會|研讨会|學術會議|学术会议|學術大會|学术大会|大會|大会|會議|会议")


def _example_of_meeting(text: str, start: int, end: int) -> bool:
    """Is the body named at text[start:end] an example of a meeting named in the same sentence (`_EXAMPLE_BEFORE`), the society's
    own rules not named (`_THEIR_OWN_ZH`)?"""
    if not _EXAMPLE_BEFORE.search(text[max(0, start - 14):start]) or _their_own_zh(text):
        return False
    sentence = re.split(r"[。？?！!]", text[:start])[-1]
    return bool(_MEETING_WORD.search(sentence) or _MEETING_AFTER.match(text, end))
# (the IR society is called by its short names too: 介入學會, 介入性治療學會, 介入放射學會)
_OURS_NAMED = re.compile(r"^(?:台灣|臺灣|中華民國)?(?:外科|一般外科|介入(?:放射線?)?(?:性)?(?:治療)?|介放|外傷|急救加護|本)$")
# (次專科 names no one society: the subspecialty societies our credits count meetings of, 第五條第三款)
# (round 41: a class said with "other" before it, "其他外科相關醫學會" — 第五條第十款's own words —, is no one body either)
_GENERIC_NAMED = re.compile(r"^(?:其他|其它|別的|别的|某個|某个|某些|一些)?(?:們|们|不同|其他|其它|各|各個|相關|外科相關|外科系|該|同一|國際(?:性)?|國外|國內(?:外)?|當地|任何|兩個|某|別的|外面|外部|外頭|外头|專科|醫事|學|醫|"
                            r"(?:外科)?(?:的)?(?:各|某|其他)?次專科(?:醫師)?(?:的)?|"
                            # the class of societies 第五條第三款 itself names ("訓練課程基準列的臨床科別醫學會年會"), no one body
                            r"(?:臨床|临床)(?:學|学)?科(?:別|别)?|(?:訓練項目|训练项目)?科(?:別|别))?$")
# Our own issuers and subjects, named outside a foreign body's name.
_OUR_ANCHOR = re.compile(r"外科(?:醫學會|專科|積分|學分|部)|本會|(?:(?<![\u4e00-\u9fff])|(?<=[這那的在跟和向從們問去就但而，,、]))外科(?:系)?學會(?!年會)|(?:這邊|这边|那邊|那边)[^，,。？?]{0,3}(?:外科|本會)|(?:外科|本會)(?:這邊|这边|這裡|这里)|指導老師|介入放射|介放|乳房\s*x|乳攝|乳房攝影|mammo|健康署|國健署|"
                         r"surgical (?:society|cme|credits?|points?|certificate)|\btsa\b|tsir|instructor|"
                         # the societies our 第五條第三款 counts the meetings of, named by the list that names them ("訓練基準裡有列的",
                         # "listed in the surgical training standards"), and the asker a surgeon ("我們外科去參加", "as a surgeon")
                         # (said as listed there, not asked whether it is: "眼科醫學會有在訓練課程基準裡嗎" our texts cannot answer)
                         r"(?:訓練(?:課程)?基準|训练(?:课程)?基准|課程基準|课程基准)[^，,。？?；;]{0,6}?(?:有列|所列|列的|列出|有的那|裡面有的|里面有的)|"
                         r"(?:有列|所列|列在|列入)[^，,。？?；;]{0,6}?(?:訓練(?:課程)?基準|训练(?:课程)?基准|課程基準|课程基准)(?![^，,。？?；;]{0,8}(?:嗎|吗|[?？]))|"
                         r"\blisted\s+(?:in|on|under)\s+(?:the\s+)?(?:surgical\s+)?(?:specialist\s+)?training\s+(?:course\s+)?(?:standards?|curriculum|list)\b|"
                         r"(?:我們|我们|咱們|咱们|我是|我們是|我们是|身為|身为|作為|作为)(?:這些|这些|一般)?外科(?!醫學會|医学会|學會|学会|專科|专科)|"
                         r"\b(?:we|us)\s+(?:general\s+)?surgeons\b|\bas\s+(?:a\s+)?(?:general\s+)?surgeons?\b|\bI'?m\s+a\s+(?:general\s+)?surgeon\b", re.I)


# Titles that are not our certificate's (ours is 指導老師): 指導醫師, 認證醫師 …; theirs unless the
# question is about an interventional domain of ours (a user may call our instructor 指導醫師).
_TITLE = re.compile(r"指導醫師|認證醫師|(?:專業|專科|次專科)認證")
_INSTRUCTOR_TITLE = re.compile(r"指導醫師|指导医师")
# A hospital's own clinical teacher ("教學醫院的指導醫師", "PGY 指導醫師"): a 指導醫師 title that is not our instructor's.
_HOSPITAL_TEACHER = re.compile(r"(?:教學醫院|教学医院|醫院|医院|醫學中心|医学中心|PGY|一般醫學|一般医学)[^，,。？?]{0,4}(?:指導醫師|指导医师)")
_TSIR_DOMAIN = re.compile(r"栓塞|消融|介入|切片|引流|疼痛控制|定位|支架|TACE|RFA|PTA|TIPS|PCN|PTCD|embol|ablat|interventional", re.I)
# The instructor's renewal items (第五條: lectures and moderating, oral or e-poster presentations, papers) counted for the
# certificate's renewal: a bare 指導醫師 renewed with them is our instructor's ("要換指導醫師證，國際會議演講3次").
_TSIR_RENEWAL_ITEMS = re.compile(r"演講|演讲|座長|座长|口頭報告|口头报告|壁報|壁报|e-?poster|SCI|論文|论文|"
                                 r"\b(?:lectur\w*|moderat\w*|oral\s+presentations?|papers?)\b", re.I)
# The instructor's lifetime certificate at 60 (第六條), asked of a renewal with the person's age or birth date ("民國54年出生，
# 申請指導醫師換證還要點數嗎"): a bare 指導醫師 renewed so is our instructor's too.
_TSIR_LIFETIME = re.compile(r"終身|终身|(?:60|六十)\s*歲|(?:60|六十)\s*岁|出生|生日|\blifetime\b|\bborn\b|\bbirth", re.I)
# Our instructor certificate's own subjects, said of a bare 指導醫師 (`_our_instructors_renewal`): its renewal in other words
# (更新, 續證, 續期), its validity or expiry, its lifetime form (第六條: 60 歲, 終身, a birth year "1960年生"), applying for it and
# the facts its rules count (申請, 資格, 例數, 年資, 點數).
_TSIR_CERT_SUBJECT = re.compile(r"更新|續證|续证|續期|续期|效期|有效|到期|過期|过期|終身|终身|(?:\d{2,4}|[一二三四五六七八九十]{2,4})\s*年\s*(?:出?生|次)|"
                                r"(?:滿|满|到|快|將|将|就)\s*(?:60|六十)|申請|申请|資格|资格|資歷|资历|例數|例数|個案|个案|(?:\d+|幾|几|多少)\s*例|年資|年资|點數|点数")
# (the certificate said before or after its renewal: "換指導醫師證", "指導醫師證要換了")
_RENEWAL = re.compile(r"換[^，,。？?\s]{0,6}?證|换[^，,。？?\s]{0,6}?证|證書?[^，,。？?\s]{0,3}?換|证书?[^，,。？?\s]{0,3}?换|展延|延展|"
                      r"\brenew\w*", re.I)
# The radiology specialist certificate's years, counted beside an interventional domain ("拿到放射線專科證書已經滿十年，
# 申請定位切片引流"): the seniority our instructor rule asks of an applicant (第一條), not the radiology board's own rules.
_RADIOLOGY_NAME = re.compile(r"^(?:診斷)?放射(?:線|科|診斷)?(?:科)?$")
_SENIORITY = re.compile(r"[\d０-９一二三四五六七八九十兩两]+\s*(?:年|years?)|年資|年资", re.I)


# A society's journal named as where one's paper came out ("台灣醫學會雜誌那種非SCI的一作", "刊在內科醫學會的期刊", "a first-author
# paper in the Journal of the Formosan Medical Association"): the place of publication, which our paper credits count (第五條
#第七款、第八款; TSIR 第五條第一款、第二款) — never whose rules are asked. A credit or an authorship of one's own is asked of it; the
# journal's own instructions to authors (投稿格式) stay that journal's (`_SOCIETY_ADMIN`).
_JOURNAL_AFTER = re.compile(r"\s*(?:的)?\s*(?:雜誌|杂志|期刊|會誌|会志|學報|学报|會刊|会刊|刊物|journal)", re.I)
_JOURNAL_BEFORE = re.compile(r"\b(?:journal|annals|bulletin|archives)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_PAPER_CREDIT = re.compile(r"論文|论文|文章|原著|一作|二作|通訊|通讯|作者|\bSCI\b|發表|发表|刊登|刊出|刊在|登在|投稿|"
                           r"\b(?:paper|article|manuscript|author|published|publication)s?\b", re.I)


def journal_named(text: str, start: int, end: int) -> bool:
    """Is the society named at text[start:end] (its head word ending at `end`) the name of a journal a paper of one's own
    came out in, credits or authorship asked (`_JOURNAL_AFTER`, `_PAPER_CREDIT`)?"""
    if not (_JOURNAL_AFTER.match(text, end) or _JOURNAL_BEFORE.search(text[:start])):
        return False
    rest = text[:start] + " " * (end - start) + text[end:]
    return bool(_PAPER_CREDIT.search(rest)) and bool(_CREDIT_WORD.search(text) or _VALUE_ASKED.search(text) or re.search(r"算|幾分|几分|多少分|count", text, re.I))


def _our_instructors_seniority(name: str, rest: str) -> bool:
    """Is a radiology specialist certificate named for the years our instructor rule counts (`_RADIOLOGY_NAME` beside an
    interventional domain and a count of years)?"""
    return bool(_RADIOLOGY_NAME.match(name) and _TSIR_DOMAIN.search(rest) and _SENIORITY.search(rest))


def _named(text: str, head: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each body or certificate named before `head`, the name cut at the last
    verb or particle ("我是家醫科的，家醫學會" → 家)."""
    out = []
    for m in head.finditer(text):
        run = re.search(r"[\u4e00-\u9fff]{0,10}$", text[:m.start()]).group(0)
        name = _NAME_CUT.sub("", run)
        out.append((_REGULAR.sub("", name), m.start() - len(name), m.end()))
    return out


# An issuer or certificate of ours named only to be set apart ("the radiology society (not TSIR)", "放射線醫學會（不是介入學會）",
# "不是指導老師那個", "rather than the TSA one"): the question is about the other body, so the name anchors nothing.
_OURS_SET_APART = re.compile(
    r"[(（]?\s*\b(?:not|non-|rather\s+than|instead\s+of|other\s+than)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:TSIR|TSA|\bIR|interventional(?:\s+radiology)?|instructor|surgical\s+society|surgery\s+society)\b(?:\s*(?:'s|one|instructor|"
    r"certificate|cert|renewal|society|rules?)\b)*\s*[)）]?|"
    r"[(（]?\s*(?:不是|并非|並非|而非|而不是|非)\s*(?:介入(?:放射線?)?(?:性治療)?學會|介放|TSIR|TSA|外科醫學會|指導老師|指導醫師)[^，,。？?；;()（）]{0,6}[)）]?", re.I)


def _anchor_rest(rest: str) -> bool:
    """Is the question anchored to ours outside a named body, our issuers named only to be set apart (`_OURS_SET_APART`)
    not counting?"""
    return bool(_OUR_ANCHOR.search(_OURS_SET_APART.sub(" ", rest)))


_OWN_AFTER = re.compile(r"\s*(?:的)?\s*(?:自己|自身|本身)")
# (… a class of others, never the bare 學會 that is ours: "只有學會自己辦的嗎")
_OTHERS_CLASS = re.compile(r"次專科|其他|其它|別的|别的")


# The credits of the meeting's own field asked after it ("整形外科醫學會年會，整形外科專科那邊可以拿幾學分", "小兒外科專科可以認幾學分",
# "大腸直腸外科那邊認幾分"), or the society itself named as the one crediting ("在整形外科醫學會算幾學分", "整外學會那邊能拿幾個學分"):
# that field's own count, not what our 第五條第三款 gives its meeting. (Our side named, "外科這邊認幾分", "外科醫學會那邊給幾分",
# is no other field: bare 外科 is ours.)
# (the field read whole — "胸腔" never cut from "胸腔外科年會" — and no meeting word between it and the credits asked: a second
# meeting listed, "…跟胸腔外科年會一天可以認多少積分", is one more meeting of one's own, not that field's count)
_MEETING_WORDS = r"年會|年会|研討會|研讨会|大會|大会|會議|会议"
_THEIR_FIELD_CREDITS = re.compile(
    rf"(?:{_FIELD})(?!外)(?:科)?(?:的)?(?:次)?(?:專科|专科)?(?:醫師|医师)?(?:的)?\s*(?:那邊|那边|那裡|那里|這邊|这边)?"
    rf"(?!\s*(?:醫學會|医学会|學會|学会)?\s*(?:的)?\s*(?:{_MEETING_WORDS}))"
    rf"(?:(?!{_MEETING_WORDS})[^，,。？?；;]){{0,10}}?(?:幾|几|多少)\s*(?:個|个)?\s*(?:學分|学分|積分|积分|點|点|分)")
# (… the crediting verb with the amount asked right after it: "在整形外科醫學會算幾學分", "整外學會那邊能拿幾個學分" — never a course
# the society accredited, "消化外科醫學會認可的研討會")
_CREDITED_BY = re.compile(r"\s*(?:那邊|那边|那裡|那里|這邊|这边)?\s*(?:可以|能|會|会|可)?\s*(?:算|認|认|給|给|拿|採計|采计|採認|采认)"
                          r"\s*(?:到)?\s*(?:幾|几|多少)")


# A society named in Chinese inside English words, after its meeting ("joined the 2-day annual meeting of 台灣消化外科醫學會",
# "the congress hosted by 泌尿科醫學會"): the meeting attended, which our credits count (第五條第三款), not that society's rules.
_EN_MEETING_OF = re.compile(r"\b(?:meeting|mtg|congress|conference|symposium|convention|assembly|annual)\s+(?:of|by|hosted\s+by|held\s+by|at)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)


def _their_credits_named(text: str, end: int) -> bool:
    """After the society ending at `end` (a meeting of theirs attended), are that field's own credits asked (`_THEIR_FIELD_CREDITS`,
    the field said again with no meeting word after it), or is the society itself the one crediting (`_CREDITED_BY` right after
    its name)?"""
    return bool(_CREDITED_BY.match(text, end) or _THEIR_FIELD_CREDITS.search(text, end))


def _foreign_named(text: str) -> str | None:
    """A body or a specialty certificate named in the question that is not ours, when the question is
    not anchored to ours elsewhere and does not ask about attending that body's meeting (which is
    a question about our credits: 第五條第三款、第十款)."""
    for kind, head in (("other_certificate", _CERT_HEAD), ("other_society", _ORG_HEAD)):
        for name, start, end in _named(text, head):
            # (a class of societies with "自己的 / 本身的" right after, "其他外科次專科學會自己的積分", asks their own rules)
            if _GENERIC_NAMED.match(name) and _OTHERS_CLASS.search(name) and kind == "other_society" and _OWN_AFTER.match(text, end) \
                    and not _anchor_rest(text[:start] + text[end:]):
                return kind
            if _ours_named(name) or _GENERIC_NAMED.match(name) or not _is_a_name(name):
                continue
            if kind == "other_society" and journal_named(text, start, end):
                continue  # (a journal of that name: where a paper of one's own came out)
            # (that field's own credits asked after its meeting, or the society named as the one crediting: theirs, whatever
            # word of ours the field's own name holds — 整形「外科專科」, 小兒「外科醫學會」)
            if kind == "other_society" and _their_credits_named(text, end):
                return kind
            if kind == "other_society" and _DOUBLE_CLAIM.search(text) and not _PAPER_SHOWN.search(text):
                return kind
            rest = _theirs_blanked(text, end, _THEIRS_AFTER_ZH)
            rest = rest[:start] + " " * (end - start) + rest[end:]
            if _anchor_rest(rest):
                continue
            if kind == "other_certificate" and _our_instructors_seniority(name, rest):
                continue
            if kind == "other_society" and _radiology_points_of_our_renewal(name, text, end, rest):
                continue
            # a bare specialist certificate renewed beside a subject only our surgical certificate's renewal has ("駐外醫療團兩年，
            # 回來換專科證書的分數會降嗎": 第五條第十四款) — no field named before it
            if kind == "other_certificate" and _OUR_CERT_SUBJECT.search(rest):
                continue
            if kind == "other_society" and (_ATTEND.search(text[:start]) or _EN_MEETING_OF.search(text[:start])
                                            or _surgical_meeting(name, text, end)
                                            or _example_of_meeting(text, start, end) or _asks_our_review(text)
                                            or _listed_meeting(text, end, rest)):
                continue
            return kind
    if _TITLE.search(text) and not _OUR_ANCHOR.search(text) and not _TSIR_DOMAIN.search(text) \
            and not _our_instructors_renewal(text):
        return "other_certificate"
    return None


# The radiology society's points given as a figure ("放射科學會積分 40", "放射線醫學會的學分 60 分", "放射醫學會那邊拿了 40 分"):
# the plain radiology education points our instructor's renewal adds to article 5's items (第五條: 取得放射線專科醫師教育積分
# 累積達 200 分; SPEC §4.2 `cme_points`) — when the question is that renewal, never the society's own rules
_RADIOLOGY_SOCIETY_NAME = re.compile(r"(?<!介入)(?<!介入性)放射(?:線|线|科)?(?:醫學|医学)?$")
_POINTS_GIVEN = re.compile(r"\s*(?:的|那邊|那边|那裡|那里|給的|给的|認可的|认可的)?\s*(?:繼續|继续)?(?:教育)?\s*"
                           r"(?:積分|积分|學分|学分|分數|分数|點數|点数)?\s*(?:有|是|共|累積了?|累积了?|拿了?|給了?|给了?)?\s*"
                           r"(?:約|约|大概)?\s*\d+(?:\.\d+)?\s*分?")


def _radiology_points_of_our_renewal(name: str, text: str, end: int, rest: str) -> bool:
    """Is the radiology society named for its points, given as a figure (`_POINTS_GIVEN` right after the name), in a question
    that is our instructor's renewal — renewal said (`_RENEWAL`) with article 5's items (`_TSIR_RENEWAL_ITEMS`) — outside it?
    Those points are the renewal's radiology education points (SPEC §4.2 `cme_points`); a question about that society's
    own credits or rules names no renewal of ours and stays theirs."""
    base = _SOCIETY_TAIL.sub("", name)
    return bool(_RADIOLOGY_SOCIETY_NAME.search(base or name)) and _POINTS_GIVEN.match(text, end) is not None \
        and bool(_RENEWAL.search(rest)) and bool(_TSIR_RENEWAL_ITEMS.search(rest))


_RADIOLOGY_SOCIETY = re.compile(r"(?<!介入)(?<!介入性)(放射(?:線|线|科)?)(?:醫學|医学|學|学)(?:會|会)")


def _radiology_society_points(text: str, m: re.Match[str]) -> bool:
    """Is the society a cue list found (`m`) the radiology society, its points given as a figure in our instructor's renewal
    (`_radiology_points_of_our_renewal`)?"""
    society = _RADIOLOGY_SOCIETY.search(m.group(0))
    if society is None:
        return False
    start, end = m.start() + society.start(), m.start() + society.end()
    rest = text[:start] + " " * (end - start) + text[end:]
    return _radiology_points_of_our_renewal(society.group(1), text, end, rest)


def _our_instructors_renewal(text: str) -> bool:
    """Is a bare title's certificate renewed as our instructor's: a renewal asked with the items our renewal counts
    ("要換指導醫師證，國際會議演講3次") or with the lifetime certificate or a birth date (第六條); or a bare 指導醫師 asked of any
    subject of our certificate (`_TSIR_CERT_SUBJECT`: its renewal however said — 換證, 更新, 續證 —, its window, its lifetime form
    at 60, its validity, applying for it and what it counts: "指導醫師證書…換證最早什麼時候", "递指导医师的更新申请", "快60岁了，
    指导医师证书能不能变终身") — no body, field or hospital named, the only 指導醫師 certificate these rules know is ours
    (people call our 指導老師 so, in zh-TW and zh-CN alike)?"""
    if _RENEWAL.search(text) and (_TSIR_RENEWAL_ITEMS.search(text) or _TSIR_LIFETIME.search(text)):
        return True
    return bare_title_of_ours(text)


def bare_title_of_ours(text: str) -> bool:
    """A bare 指導醫師 (no hospital's) asked of a subject of our certificate (its renewal, lifetime form, validity, application,
    counts): the only 指導醫師 certificate these rules know is ours."""
    bare_title = _INSTRUCTOR_TITLE.search(text) and not _HOSPITAL_TEACHER.search(text)
    return bool(bare_title and (_RENEWAL.search(text) or _TSIR_LIFETIME.search(text) or _TSIR_CERT_SUBJECT.search(text)))


# The same in English: "the Dermatology Society", "Society of Ultrasound", "a radiology specialist certificate".
_EN_ORG = re.compile(r"((?:[A-Za-z][\w'-]*\s+){1,5}?)(?:society|association|college|academy)\b(?!\s+of)"
                     r"|(?:society|association|college|academy)\s+(?:of|for)\s+((?:[A-Za-z-]+\s*){1,4})", re.I)
_EN_CERT = re.compile(r"((?:[A-Za-z-]+\s+){1,3}?)(?:specialist|specialty|board|sub-?specialty)\s+"
                      r"(?:certificate|certification|re-?certification|credential)", re.I)
# ("surg…" is ours only without a specialty; so is "interventional" — a neuro- or cardio-interventional society is another body's)
_EN_OURS = re.compile(r"(?<!neuro)(?<!neuro-)(?<!cardio)(?<!cardio-)(?<!cardiac\s)(?<!coronary\s)interventional|\btsa\b|tsir|health promotion",
                      re.I)
_EN_SPECIALTY = re.compile(rf"{_FIELD_EN}|cardiac|coronary|radiolog\w*|diagnostic|pathology|nuclear|rehabilitation|rheumatolog\w*|"
                           r"anesthesi\w*|nephrolog\w*|otolaryngolog\w*|\bENT\b|ultrasound|sonograph\w*|endoscop\w*", re.I)
_EN_ATTEND = re.compile(r"\b(?:attend\w*|went\s+to|go(?:ing)?\s+to|at\s+(?:the|a|an)|present\w*\s+at|spoke\s+at)\b", re.I)
# A society named as the host of a meeting ("a 2-day pediatric surgery society annual meeting", "the X Society's
# congress"): the meeting someone went to, which our credits count (第五條第三款), not that society's own rules.
# (… or its meeting said as "annual" alone, closing the words: "plastic surg society annual (2 days) and …", "the X society annual, 1 day")
_EN_MEETING_AFTER = re.compile(r"\s*(?:'s\s+)?(?:\d{4}\s+)?(?:annual\s+|yearly\s+|national\s+|international\s+)?"
                               r"(?:meeting|mtg|congress|conference|symposium|convention|assembly)\b|"
                               r"\s*(?:'s\s+)?(?:annual|annaul|anual)(?=\s*(?:[(,.;+&\-–—]|$)|\s+(?:and|plus|too|as\s+well)\b)", re.I)


# "the annual meeting of the Urology Society", "a congress hosted by the X association": the host named after its meeting.
_EN_MEETING_BEFORE = re.compile(r"\b(?:meeting|mtg|congress|conference|symposium|convention|assembly)\s+"
                                r"(?:of|by|held\s+by|hosted\s+by|organi[sz]ed\s+by|run\s+by)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


# (the same inside the span a name pattern took, when it reached back over the meeting: "annual meeting of the urology association")
_EN_MEETING_INSIDE = re.compile(r"\b(?:meeting|mtg|congress|conference|symposium|convention|assembly)\s+"
                                r"(?:of|by|held\s+by|hosted\s+by|organi[sz]ed\s+by|run\s+by)\s+(?:the\s+|a\s+|an\s+)?", re.I)


# A society given as an example of the meetings asked about ("the annual meeting of a surgery-related society (e.g. the XX
# Endoscopy Society)", "congresses such as the Endoscopy Society's"): the meeting our credits count (第五條第三款、第十款).
_EN_EXAMPLE = re.compile(r"\be\.g\.|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\blike\b|[(（]", re.I)
_EN_MEETING_WORD = re.compile(r"\b(?:meetings?|mtgs?|congress(?:es)?|conferences?|symposi(?:um|a|ums)|conventions?|assembl(?:y|ies))\b", re.I)


def _example_meeting_en(text: str, start: int, end: int) -> bool:
    """Is the English society named at text[start:end] an example (`_EN_EXAMPLE`, just before or at the start of the name the
    pattern took) of a meeting named before it in the same sentence, no body's own rules named (`_THEIR_OWN`)?"""
    marks = list(_EN_EXAMPLE.finditer(text, max(0, start - 20), end))
    if not marks or _THEIR_OWN.search(text):
        return False
    sentence = re.split(r"[.?!;](?:\s|$)", text[:marks[-1].start()])[-1]
    return bool(_EN_MEETING_WORD.search(sentence))


def _meeting_of(text: str, start: int, end: int) -> bool:
    """Is the English society named at text[start:end] the host of a meeting attended ("went to the X Society …",
    "a 2-day X society annual meeting", "the annual meeting of the X society"), or an example of such a meeting, not its own
    rules?"""
    return bool(_EN_ATTEND.search(text[max(0, start - 30):end]) or _EN_MEETING_AFTER.match(text, end)
                or _EN_MEETING_BEFORE.search(text[max(0, start - 40):start]) or _EN_MEETING_INSIDE.search(text, start, end)
                or _example_meeting_en(text, start, end)
                or (_EN_ONE_AFTER.match(text, end) is not None and _EN_MEETING_WORD.search(text, 0, start) is not None))


# "… the plastic surgery society annual mtg + the trauma society one", "and the hernia society's too": the society's own
# meeting pointed at by "one" / "'s", a meeting named before it — another meeting attended, not that society's rules
_EN_ONE_AFTER = re.compile(r"\s*(?:(?:'s|’s)\s+(?:one|too|as\s+well)\b|\s+ones?\b(?!\s+(?:of|who|that)\b))", re.I)


def _attends(text: str, start: int, end: int) -> bool:
    """Is the body named at text[start:end] the venue of a meeting the person attended?"""
    return bool(_ATTEND.search(text[:start]) or _EN_ATTEND.search(text[max(0, start - 30):end]))


# A named body's own certificate renewed ("the radiology society's specialist renewal", "the Society of Digestive Surgery's board
# renewal", "how many points does the X society need for recertification"): the body that issues the certificate decides whose
# rules are asked — never ours, whatever credits of ours the question offers toward it ("do TSA annual meeting credits count?").
_EN_RENEWAL_OF = (r"(?:own\s+)?(?:(?:specialist|specialty|sub-?specialty|board)\s+)?(?:(?:certificate|certification|cert|credential)\s+)?"
                  r"(?:renewal|re-?certification|recertif\w*|recert)\b")
_EN_THEIR_RENEWAL = re.compile(
    rf"((?:[A-Za-z][\w'-]*\s+){{1,5}}?)(?:society|association|college|academy|board)(?:'s|’s)?\s+{_EN_RENEWAL_OF}|"
    rf"(?:society|association|college|academy|board)\s+(?:of|for)\s+((?:[A-Za-z-]+\s+){{0,3}}[A-Za-z-]+)(?:'s|’s)\s+{_EN_RENEWAL_OF}|"
    rf"((?:[A-Za-z][\w'-]*\s+){{1,5}}?)(?:society|association|college|academy|board)\s+(?:need|require|want|ask|expect)s?\s+"
    rf"(?:[\w-]+\s+){{0,3}}?for\s+(?:the\s+|a\s+|its\s+)?{_EN_RENEWAL_OF}", re.I)


def _their_renewal_en(text: str) -> str | None:
    """Another specialty body's own certificate renewal asked (`_EN_THEIR_RENEWAL`), the body not ours, our issuers named only
    to be set apart (`_OURS_SET_APART`) or as where credits come from."""
    for m in _EN_THEIR_RENEWAL.finditer(_OURS_SET_APART.sub(" ", text)):
        name = next((g for g in m.groups() if g), "")
        if _EN_SPECIALTY.search(name) and not _EN_OURS.search(name):
            return "other_certificate"
    return None


# What the body just named is said to have or issue ("the cardiology society (TSCI) have an instructor cert too?", "does the X
# society offer its own instructor certification", "X 學會也有指導老師認證嗎", "X 醫學會自己的指導醫師"): that body's certificate,
# its title word no anchor of ours — read to the end of its clause.
_THEIRS_AFTER_EN = re.compile(r"\s*(?:[(（][^)）]{0,30}[)）]\s*)?(?:'s|’s)?\s*(?:also\s+|too\s+)?"
                              r"(?:(?:have|has|had|offer|offers|issue|issues|run|runs|give|gives|grant|grants|award|awards)\b|"
                              r"(?:own\s+)?(?:instructor|certificat\w*|cert\b|credential))[^?.;!]*", re.I)
_THEIRS_AFTER_ZH = re.compile(r"\s*(?:[(（][^)）]{0,30}[)）]\s*)?(?:也|都|自己|本身|有沒有|有没有|是否)?\s*(?:也)?\s*"
                              r"(?:有|發|发|核發|核发|辦|办|的)(?:沒有|没有)?(?:自己)?(?:的)?[^，,。？?；;!！]{0,6}?"
                              r"(?:指導老師|指导老师|指導醫師|指导医师|認證|认证|證書|证书|instructor)[^，,。？?；;!！]*", re.I)


def _theirs_blanked(text: str, end: int, theirs: re.Pattern[str]) -> str:
    """`text` with the clause after a body named (ending at `end`) that says what that body has or issues (`theirs`) blanked: a
    title word there is the other body's certificate, no anchor of ours."""
    m = theirs.match(text, end)
    return text[:end] + " " * (m.end() - end) + text[m.end():] if m else text


# A certificate named as when one's seniority counts from ("exactly 8 yrs since my radiology board cert", "10 years after
# getting my board certificate"): the years our instructor's eligibility counts, not that board's rules asked.
_SENIORITY_SINCE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*(?:-\s*)?"
                              r"(?:yrs?|years?)\s+(?:now\s+)?(?:since|after|post|out\s+from)\b", re.I)


def _foreign_named_en(text: str) -> str | None:
    """English bodies and certificates: another specialty's, with no anchor of ours elsewhere."""
    for kind, pattern in (("other_certificate", _EN_CERT), ("other_society", _EN_ORG)):
        for m in pattern.finditer(text):
            name = next(g for g in m.groups() if g is not None) if any(m.groups()) else ""
            if _EN_OURS.search(m.group(0)) or not _EN_SPECIALTY.search(name):
                continue
            if kind == "other_certificate" and _SENIORITY_SINCE.search(text[max(0, m.start() - 40):m.end()]):
                continue  # "8 yrs since my radiology board cert": the seniority our instructor's eligibility counts, not that board
            rest = _theirs_blanked(text, m.end(), _THEIRS_AFTER_EN)
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
            if _anchor_rest(rest):
                continue
            # ("Exactly 8 yrs since my radiology board cert", beside PCN / PTCD counts: the years our instructor rule counts,
            # as `_our_instructors_seniority` reads them in Chinese — never the radiology board's own rules)
            if kind == "other_certificate" and re.search(r"radiolog", name, re.I) and _TSIR_DOMAIN.search(rest) \
                    and (_SENIORITY.search(rest) or re.search(r"\d+\s*yrs?\b", rest, re.I)) and not _RENEWAL.search(text):
                continue
            if kind == "other_society" and (_meeting_of(text, m.start(), m.end()) or _asks_our_review(text)
                                            or _applies_to_ours(text)):
                continue
            return kind
    return None


# Boards abroad and their recertification schemes (ours are the TSA certificate and the TSIR instructor).
_BOARDS_ABROAD = re.compile(r"maintenance of certification|\bMOC\b|American Board of|European Board of|\bABR\b|\bABIM\b|"
                            r"\bFACS\b|\bFRACS\b|\bFRCSC\b|\bFRCSEd\b|"
                            r"\bEBIR\b|\bFRCR\b|\bFRCS\b|"
                            # (the US boards' own scheme by its name, "continuous certification", or a board by its initials —
                            # ABS, ABMS, ABSITE — or said as the US / American board(s); in Chinese, the US board's certificate
                            # or its recertification: "美國外科專科的持續認證", "美国的board要多少学分")
                            r"(?i:\bcontinu(?:ous|ing)\s+certification\b)|\bABS\b|\bABMS\b|\bABSITE\b|\b(?:US|U\.S\.|American)\s+(?i:boards?)\b|"
                            r"美[國国][^，,。？?；;]{0,8}?(?:board|專科醫師證書|专科医师证书|專科證書|专科证书|持續認證|持续认证|"
                            r"再認證|再认证|重新認證|重新认证|專科委員會|专科委员会)")


_BREAST = re.compile(r"乳房|乳攝|乳癌|乳腺|mammo|breast", re.I)
# Another course's instructor (ATLS 講師, ACLS instructor): that course's rules, unless the question asks
# what teaching it earns in our credits (第五條第十三款 counts the ATLS course itself).
_COURSE_INSTRUCTOR = re.compile(r"(?:ATLS|ACLS|BLS|PALS|APLS|NRP|ANLS|ETTC|TNCC|ITLS|PHTLS|PTLS)\W{0,3}(?:的)?\W{0,3}"
                                r"(?:講師|教官|導師|指導員|instructor)", re.I)
# A life-support course's own card kept up ("my ACLS card expires", "BLS 證照過期要複訓幾小時", "PALS recertification"): that
# course's rules, unless the question asks what the course earns in our credits (第五條第十三款 counts the ATLS course).
_COURSE_CARD = re.compile(r"\b(?:ATLS|ACLS|BLS|PALS|APLS|NRP|ANLS|ETTC|TNCC|ITLS|PHTLS|PTLS)(?![A-Za-z])[^，,。？?；;!！]{0,30}?"
                          r"(?:\brenew\w*|\bre-?cert\w*|\brefresher|\bexpir\w*|\blapse[ds]?\b|到期|過期|过期|效期|複訓|复训|"
                          r"重新上課|重新上课|重上|續證|续证|換證|换证|更新)|"
                          # (the renewal said first, "renew my ACLS provider card", "BLS 要更新": another card than the ATLS, which
                          # our credits count — "for renewal, does ATLS count?" is ours)
                          r"(?:\brenew\w*|\bre-?cert\w*|\brecertif\w*|複訓|复训|續證|续证|更新)[^，,。？?；;!！]{0,20}?"
                          r"\b(?:ACLS|BLS|PALS|APLS|NRP|ANLS|ETTC|TNCC|ITLS|PHTLS|PTLS)(?![A-Za-z])", re.I)
# (… one item of a list of activities our credits count, "2 intl mtgs in 2026 + ATLS refresher. how many?": the tally's)
# (… or a training our 5.9 credits beside it: "長庚進修兩週，然後 ATLS 上了 2 次（一次學員一次複訓）")
_OTHER_CREDITED = re.compile(r"\b(?:meetings?|mtgs?|congress(?:es)?|conferences?|confs?|seminars?|papers?|posters?|orals?|fellowship)\b|"
                             r"年會|年会|月會|月会|研討會|研讨会|論文|论文|壁報|壁报|進修|进修|研修", re.I)
# A figure of credits said bare ("一次複訓，這樣有60分嗎"): our credits asked of the course
_CREDIT_FIGURE = re.compile(r"\d\s*分(?!鐘|钟)")
# A quality-certification scheme (癌症診療品質認證 …); "品質認證" said of a mammography unit or facility
# is a user's name for our review.
_QUALITY_CERT = re.compile(r"品質認證|(?:care|treatment)\s+quality\s+(?:accreditation|certification)|"
                           r"quality\s+(?:accreditation|certification)\s+(?:of|for)", re.I)
# A reward or incentive scheme ("品質提升計畫的獎勵金", "pay-for-performance"): our texts grant none (they only withhold payment
# and deduct subsidy), so it is another programme's rules — unless our credits are what is rewarded (an island doctor's
# "bonus" is our doubled credits).
_REWARD = re.compile(r"獎勵|奖励|獎金|奖金|\bincentives?\b|pay[- ]for[- ]performance|\bP4P\b", re.I)
_MAMMO = re.compile(r"乳攝|乳房\s*X|乳房攝影|mammo", re.I)
# Another body's accreditation of a mammography unit or breast centre (the ACR's, EUREF's, the NHS or BreastScreen
# programmes', the Joint Commission's): its own criteria, not the HPA's follow-up review. The ACR's BI-RADS categories
# are the words our own follow-up rule uses, so "ACR category 4" stays ours (and the ACR phantom is the field test's own
# phantom: "ACR phantom 80", "ACR 假體 80"); so does a question that names the HPA
# review beside it ("we are ACR-accredited — does the HPA still require the phantom test?").
_FOREIGN_ACCREDITOR = re.compile(
    r"\bACR\b(?!\s*[-–]?\s*(?:BI-?RADS|categor\w*|cat\b|分類|分类|lexicon|類別|类别|\d|phantom|假體|假体|體模|体模|模體|模体))|American\s+College\s+of\s+Radiology|"
    r"美[國国]放射(?:線|线)?(?:醫|医)?(?:學院|学院|學會|学会)|\bEUREF\b|\bNHSBSP\b|\bBreastScreen\b|\bEUSOMA\b|"
    r"\bJoint\s+Commission\b|\bNAPBC\b", re.I)
_HPA_REVIEW = re.compile(r"健康署|國健署|国健署|後續審查|后续审查|後審|續審|\bHPA\b|follow-?up\s+review|本署", re.I)
_CREDIT_WORD = re.compile(r"積分|學分|幾分|算分|credits?|points?|\bpts\b|\bCME\b", re.I)
# What an activity is worth asked without naming credits ("what's that worth", "值幾分"): our credits' question.
# ("最多可以拿多少", "能拿多少", "可以拿幾": what it earns asked, the credits unnamed)
_VALUE_ASKED = re.compile(r"\bworth\b|值多少|值幾分|值几分|給幾分|给几分|(?:可以|能|可)拿(?:到)?(?:多少|幾|几)", re.I)
# A residency or fellowship named only as when the years began ("3.5 years out of residency", "five years post-residency",
# "finished my residency 6 years ago", "住院醫師畢業 4 年", "fellowship 結束後 5 年", "规培结束已经 4 年了"): the span since it, not the
# programme, is what is said; with our instructor certificate asked (`_INSTRUCTOR_NAMED`) it is the years as a specialist (第一條).
_NUM_WORD = r"(?:\d+(?:\.\d+)?|how\s+many|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|[一二兩两三四五六七八九十半幾几]+)"
_TRAINING_NAME = r"(?:(?:radiology|IR|interventional|diagnostic)\s+)?(?:residency|fellowship|training|boards)"
_TRAINING_NAME_ZH = r"(?:住院醫師|住院医师|住院|fellowship|研修醫師|研修医师|研修|專科訓練|专科训练|規培|规培|住培|專培|专培|R\d?)"
_RESIDENCY_AS_TIME = re.compile(
    rf"\b{_NUM_WORD}\s*(?:-\s*)?(?:years?|yrs?|y)\s+(?:out\s+of|after|since|post|past|beyond|from)\s+(?:(?:my|the|finishing|completing)\s+)?{_TRAINING_NAME}\b|"
    rf"\b{_NUM_WORD}\s*(?:-\s*)?(?:years?|yrs?)\s+post-?\s*(?:residency|fellowship|training)\b|"
    rf"\b(?:finished|completed|graduated\s+from|done\s+with|out\s+of|left)\s+(?:my\s+|the\s+)?{_TRAINING_NAME}\s+"
    rf"(?:{_NUM_WORD}\s+years?\s+ago|in\s+(?:19|20)\d\d)\b|"
    rf"\b(?:since|after)\s+(?:finishing\s+|completing\s+)?(?:my\s+|the\s+)?{_TRAINING_NAME}\b[^?.]{{0,12}}?\b{_NUM_WORD}\s+years?\b|"
    rf"{_TRAINING_NAME_ZH}\s*(?:訓練|训练)?\s*(?:畢業|毕业|結束|结束|完訓|完训|結訓|结训|完成|出來|出来)\s*(?:後|后|之後|之后|以後|以后)?\s*(?:已經|已经|已|滿|满|有|了)?\s*"
    rf"{_NUM_WORD}\s*(?:個|个)?\s*(?:年|多年)|"
    rf"{_TRAINING_NAME_ZH}\s*(?:訓練|训练)?\s*(?:畢業|毕业|結束|结束|完訓|完训|結訓|结训|完成)\s*(?:已經|已经|已|滿|满)?\s*(?:快|近|約|约)?\s*"
    rf"{_NUM_WORD}\s*年", re.I)


def _residency_only_dates(text: str) -> bool:
    """Is a residency named only as when the years began (`_RESIDENCY_AS_TIME`), our instructor certificate asked
    (`_INSTRUCTOR_NAMED`), and no residency programme's own terms asked (its length, rotations, curriculum)?"""
    rest = _RESIDENCY_AS_TIME.sub(" ", text)
    return bool(_RESIDENCY_AS_TIME.search(text)) and bool(_INSTRUCTOR_NAMED.search(text)) \
        and not re.search(_RESIDENCY_CURRICULUM, rest, re.I) and not _RESIDENCY_NAMED.search(rest)


_RESIDENCY_GUARD = re.compile(r"積分|學分|幾分|算分|多少分|credits?|points?|\bpts\b|\bCME\b|\bworth\b|指導老師|instructor|進修", re.I)
# Doctors of another country or region whose credits are asked about ("美國的外科醫師每年要多少 CME",
# "how many credits do American surgeons need"), not a meeting there that someone attended.
_ABROAD_DOCTORS = re.compile(r"(?:中國大陸|大陸|內地|香港|澳門|美國|日本|韓國|新加坡|英國)(?:地區)?(?:的)?(?:[\u4e00-\u9fff]{1,3}科)?(?:醫師|醫生)|"
                             r"\b(?:American|Chinese|Japanese|Hong\s+Kong|Korean|Singaporean|British|US|UK)\s+(?:\w+\s+)?"
                             r"(?:doctors?|physicians?|surgeons?|radiologists?)\b", re.I)
# (a meeting said short too: "the annual mtgs", "two intl confs")
_ABROAD_ATTEND = re.compile(r"參加|出席|參與|開會|會議|年會|研討會|attend\w*|went\s+to|conference|congress|meeting|\bmtgs?\b|\bconfs?\b", re.I)
# Shortened and mainland forms of a title, read as the full one: 專醫 = 專科醫師, 醫生 = 醫師; and the English certificate said
# short ("the subspecialty cert", "their certs") read as the word the cue lists name.
_TITLE_FORMS = ((re.compile(r"專醫"), "專科醫師"), (re.compile(r"醫生"), "醫師"),
                (re.compile(r"(?<![A-Za-z-])(?:[Cc]ert|CERT)(s?)\b"), r"certificate\1"))


def _scope_text(text: str) -> str:
    """The text the cue lists read: shortened and mainland titles written out in full."""
    for pattern, full in _TITLE_FORMS:
        text = pattern.sub(full, text)
    return text


# Money our own rules set or withhold: the fee of an application or accreditation (and who is exempt from it),
# the screenings over the reasonable volume that are not paid, the subsidy deducted for a low completion rate.
_OUR_PAYMENT = re.compile(r"認定費|審查費|申請費|(?:認定|審查|申請)[^，,。？?]{0,8}(?:收費|費用|免費|免收|繳費|要錢)|"
                          r"合理量|超量|超過的部分|超出的部分|篩檢費|完成率|追蹤率|追踪率|"
                          # the cases whose follow-up was completed, counted (2.5's numerator: "完成追蹤 300 案", "追蹤完成的有 90 例")
                          r"(?:完成追蹤|完成追踪|追蹤完成|追踪完成)[^，,。？?]{0,6}?\d|"
                          # the screening subsidy deducted ("補助款會被扣多少", "扣的是補助款那個"; its amount between:
                          # "補助 100 萬，會被扣嗎")
                          r"(?:補助|补助)(?:款|經費|经费)?[^，,。？?]{0,6}?(?:扣|砍|(?<!多)少(?:了|掉|給|给|拿))|(?:扣|砍)[^，,。？?]{0,6}?(?:補助|补助)|"
                          r"(?:補助|补助)(?:款|經費|经费)?\s*(?:是|有|約|约)?\s*(?:新台幣|新臺幣|NT\$?)?\s*[\d,.]+\s*(?:萬|万|元)?\s*(?:元)?\s*[，,]\s*"
                          r"[^，,。？?]{0,6}?(?:扣|砍)|"
                          # the screenings not paid for (the volume rule withholds payment past the reasonable volume)
                          r"(?:篩檢|筛检|乳攝|乳摄|案|件)[^，,。？?]{0,8}?(?:不給付|不予給付|不给付|拿不到錢|拿不到钱|不付錢|不付钱)|"
                          r"\b(?:screening|mammo\w*)\s+(?:\w+\s+){0,3}?(?:won'?t|will\s+not|not|never|don'?t|doesn'?t)\s+(?:\w+\s+)?(?:be\s+)?(?:get\s+)?paid\b|"
                          r"\b(?:won'?t|will\s+not|not|don'?t)\s+(?:get\s+|be\s+)?paid\b[^.?!]{0,60}?\b(?:screen\w*|mammo\w*)|"
                          # the same said "reimbursed", of the cases or screenings of a volume stated ("we screened 12,400 … how many
                          # cases won't be reimbursed", "which exams aren't reimbursed once we're over")
                          r"\b(?:cases|screen\w*|mammo\w*|exams?)\b[^?!]{0,80}?\b(?:won'?t|will\s+not|wouldn'?t|not|never|aren'?t|isn'?t)\s+"
                          r"(?:\w+\s+)?(?:be\s+|get\s+)?reimbursed\b|"
                          r"(?:accreditation|application|review|recognition)\s+fees?|\bfees?\b[^.?!]{0,40}\b(?:waiv\w*|exempt\w*)|"
                          r"\b(?:waiv\w*|exempt\w*)\b[^.?!]{0,40}\bfees?\b|reasonable\s+(?:annual\s+|yearly\s+)?volume|"
                          r"\b(?:extra|excess)\s+(?:\w+\s+)?(?:exams?|screenings?|cases|mammograms?)|completion\s+rate|"
                          # the instructor rule's own fees: the first review free, a lost certificate reissued for a fee
                          r"補發|补发|初審|初审|第一次審查|第一次审查|證書費|证书费|審查費|审查费|"
                          r"\breissu\w*|\breplacement\s+(?:certificate|cert)\b|\b(?:first|initial)\s+review\b|\bcertificate\s+fees?\b|"
                          # (the same with words between, "the first instructor review", "lost my cert … a replacement", "證書遺失")
                          r"\b(?:first|initial)\s+(?:\w+\s+){1,2}?review\b|\b(?:lost|lose|misplaced)\s+(?:my|the|our|his|her)\s+(?:\w+\s+)?"
                          r"(?:certificate|cert)\b|證書(?:遺失|弄丟|掉了|不見)|证书(?:遗失|弄丢|掉了|不见)|(?:遺失|遗失|弄丟|弄丢)[^，,。？?]{0,4}證書", re.I)
# What our instructor owes the trainees ("當上指導老師後有什麼義務", "住院醫師來跟 case 要幫他們做什麼", "what am I expected to do
# for the trainees as an instructor"): the instructor rule's article 3, not a residency programme's rules.
_INSTRUCTOR_DUTY = re.compile(
    r"(?:指導老師|指导老师|\binstructors?\b)[^。？?]{0,24}?(?:義務|义务|責任|责任|職責|职责|負責|负责|要做什麼|要做什么|要幫|要帮|簽章|签章|帶學員|带学员|(?:收|帶|带)[^。？?]{0,4}?(?:學員|学员|住院醫師|住院医师)|"
    r"\bduties\b|\bduty\b|\bobligat\w*|\bresponsib\w*|\bexpected\s+to\b|\bsupposed\s+to\b)", re.I)


# A training period of weeks or days, or under a month, or a fellowship / 進修 abroad
_SHORT_STINT = re.compile(
    r"\b(?:\d+|one|two|three|four|a)[- ]?(?:weeks?|wks?|days?)(?![a-z])|\b(?:shorter|less|under|within)\s+(?:than\s+)?(?:a|one|1)\s+month|"
    r"\bfellowship\b[^?.]{0,30}?\b(?:abroad|overseas)\b|\b(?:abroad|overseas)\b[^?.]{0,30}?\bfellowship\b|"
    r"(?:一|1)\s*(?:個|个)?\s*月(?:以內|以内|以下|內|内)|不(?:滿|满|到)\s*(?:一|1)\s*(?:個|个)?\s*月|"
    r"[一二兩两三四五六七八九十\d]\s*(?:週|周|星期|禮拜|礼拜|天)(?:的)?[^，,。？?]{0,8}?(?:進修|进修|訓練|训练|研修|見習|见习|觀摩|观摩|fellow)|"
    r"(?:國外|国外|出國|出国)(?:的)?(?:短期)?(?:進修|进修|研修)|短期(?:進修|进修|研修|訓練|训练)", re.I)
_RESIDENCY_NAMED = re.compile(r"residen\w*|rotation|住院醫師|住院医师|規培|规培|住培|輪轉|轮转|PGY", re.I)


# Mammography named only as the programme another one is compared with ("比例跟乳攝一樣嗎", "same as for mammo").
_COMPARED_TO_MAMMO = re.compile(r"(?:跟|和|與|同|比照|像)\s*(?:乳攝|乳房攝影|乳房\s*X\s*光(?:攝影)?|mammo\w*)\s*(?:篩檢)?\s*(?:一樣|相同|一致|比|的)?|"
                                r"\b(?:same\s+as|like|as\s+(?:for|with)|compared\s+(?:to|with))\s+(?:the\s+)?(?:mammo\w*|breast)\w*", re.I)
# Screening with another modality (breast ultrasound, MRI, tomosynthesis): not the mammography programme.
_OTHER_MODALITY_SCREENING = re.compile(
    r"(?:超音波|超声|超聲|MRI|磁振|核磁|斷層|断层)\s*(?:乳房|乳腺)?\s*(?:篩檢|筛查|篩查|筛检)|"
    # its readers' and operators' credentials ("乳房超音波的判讀醫師要什麼資格", "breast ultrasound reader requirements")
    r"(?:乳房|乳腺)\s*(?:超音波|超声|超聲|MRI|磁振|核磁)[^，,。？?]{0,8}?(?:判讀|判读|醫師|医师|技師|技师|操作|資格|资格|資質|资质|認證|认证|證照|证照|機構|机构|評鑑|评鉴|"
    # (… or its own certificate, training or course: "乳房超音波的訓練證書是哪個學會發的", "乳腺超声培训证书要做几例")
    r"證書|证书|訓練|训练|培訓|培训|課程|课程|執照|执照)|"
    r"\b(?:breast\s+)?(?:ultrasound|sonograph\w*|MRI)\s+(?:\w+\s+){0,2}?(?:training\s+)?(?:certificates?|certification|training\s+course|course)\b|"
    r"\bbreast\s+(?:ultrasound|sonograph\w*|MRI)\s+(?:\w+\s+){0,2}?(?:facilit\w*|centers?|centres?|units?|accredit\w*|licen[cs]\w*)\b|"
    r"\bbreast\s+(?:ultrasound|sonograph\w*|MRI)\s+(?:\w+\s+){0,2}?(?:readers?|reading|credential\w*|qualif\w*|certif\w*|"
    r"requirements?|operators?|sonographers?)\b|"
    r"\b(?:ultrasound|sonograph\w*|MRI|tomosynthesis)\s+(?:breast\s+)?screen\w*|\bscreen\w*\s+(?:breast\s+)?(?:ultrasound|MRI)\b", re.I)
# (… said as the one the other is likened to, "跟乳攝的後續審查一樣嗎", "same as for mammo" — not one of two things asked about,
# "乳房超音波判讀醫師和乳攝判讀醫師的時數")
_LIKE_MAMMO = re.compile(r"(?:跟|和|與|与|同|比照|像)\s*(?:乳攝|乳摄|乳房攝影|乳房摄影|乳房\s*X\s*光(?:攝影)?|mammo\w*)[^，,。？?]{0,8}?"
                         r"(?:一樣|一样|相同|一致|類似|类似|那種|那种|那樣|那样|那類|那类|似的)|"
                         # (… or likened with a verb that needs no 一樣 after it: "比照乳攝車", "參照乳攝的規定")
                         r"(?:比照|參照|参照|類似|类似|如同)\s*(?:乳攝|乳摄|乳房攝影|乳房摄影|乳房\s*X\s*光(?:攝影)?|mammo\w*)|\b(?:same\s+as|like|as\s+(?:for|with))\s+(?:the\s+)?(?:mammo\w*|breast\s+screening)|"
                         # (… or asked whether it has to do with ours: "跟乳攝的資格審查有關嗎", "is it related to the mammography review")
                         r"(?:跟|和|與|与|同)\s*(?:乳攝|乳摄|乳房攝影|乳房摄影|乳房\s*X\s*光(?:攝影)?)[^，,。？?]{0,10}?(?:有關|有关|相關|相关|有關係|有关系|有沒有關|有没有关)|"
                         r"\b(?:related|linked|connected)\s+to\s+(?:the\s+|our\s+)?(?:mammo\w*|breast\s+x-?ray)|"
                         r"\b(?:anything|something)\s+to\s+do\s+with\s+(?:the\s+|our\s+)?(?:mammo\w*|breast\s+x-?ray)", re.I)
_MAMMO_SCREENING = re.compile(r"乳攝|乳房攝影|乳房\s*X|X\s*光|mammo", re.I)
# Cardiology's interventions (PCI, the cath lab): another specialty's credential, unless our instructor is named.
_CARDIAC = re.compile(r"\bPCI\b|心導管|冠狀動脈(?:介入|支架|繞道)|coronary\s+(?:intervention|stent\w*|angioplasty)|cath(?:eter)?[- ]?lab", re.I)


# A Latin word glued to Han text ("介入性心臟科的PCI認證", "ACR認證"): `\b` finds no edge between a Han character and a letter
# (both are word characters), so the acronyms the cue lists bound with `\b` are read again with a space at each such joint.
_HAN_LATIN_JOINT = re.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u4e00-\u9fff])")


def foreign_target(text: str) -> str | None:
    """The kind of neighbouring subject the question's target belongs to, or None (SPEC §3)."""
    text = _scope_text(text)
    found = _foreign_target(text)
    spaced = _HAN_LATIN_JOINT.sub(" ", text)
    if found is None and spaced != text:
        found = _foreign_target(spaced)
    return found


# Another country's screening programme or IR / radiology society's own certificate ("the Singapore breast screening programme",
# "香港的乳癌篩檢計劃", "the Korean Society of Interventional Radiology certificate", "日本介入放射學會的專門醫資格"): its own rules
# — unlike attending such a society's meeting, which our credits count.
_ABROAD = (r"(?:Singapore\w*|Hong\s+Kong|British|UK|U\.?S\.?|American|Japan\w*|Korea\w*|Australia\w*|Canad\w*|European|Chinese|"
           r"Malaysia\w*|Thai|Indian|German|French)")
_ABROAD_ZH = r"(?:新加坡|香港|英國|英国|美國|美国|日本|韓國|韩国|澳洲|加拿大|歐洲|欧洲|中國大陸|大陸|大陆|馬來西亞|马来西亚|泰國|泰国|德國|德国)"
_FOREIGN_PROGRAMME = re.compile(
    rf"\b{_ABROAD}(?:'s|’s)?\s+(?:national\s+)?(?:breast\s+)?(?:cancer\s+)?screening\s+(?:programme|program|scheme|service)\b|"
    rf"{_ABROAD_ZH}(?:的)?(?:國家|国家)?(?:乳癌|乳房|乳腺癌)?(?:篩檢|筛检|篩查|筛查)(?:計畫|計劃|计划|方案|項目|项目)", re.I)
_FOREIGN_SOCIETY_CERT = re.compile(
    rf"\b{_ABROAD}\s+(?:\w+\s+){{0,4}}?(?:Society|Association|College|Board|Academy)\b[^?.!]{{0,40}}?"
    r"\b(?:certificat\w*|accredit\w*|credential\w*|instructor|board\s+(?:exam|renewal|re-?certif\w*)|fellowship\s+exam|licen[cs]\w*)|"
    rf"{_ABROAD_ZH}(?:的)?[\u4e00-\u9fff]{{0,8}}(?:學會|学会|協會|协会)(?:的)?[^，,。？?]{{0,10}}?(?:證書|证书|認證|认证|資格|资格|專門醫|专门医|指導醫師|指导医师)",
    re.I)


# A society of a disease or an organ outside the surgical specialties ("台灣乳癌醫學會", "乳房醫學會", "癌症學會", "the Taiwan Breast
# Cancer Society", "an oncology association", "Society of Senology"), its credits asked with no word of ours (外科學會, TSA,
# surgical): that society's own continuing-education credits — unlike a surgical specialty society's meeting, which our
# credits count (第五條第三款).
_DISEASE_SOCIETY = re.compile(
    r"(?:乳癌|乳房|乳腺|癌症|腫瘤|肿瘤|癌)(?:醫學會|医学会|學會|学会|協會|协会|基金會|基金会)|"
    r"\b(?:breast(?:\s+cancer)?|cancer|oncology|oncologic(?:al)?|tumou?r|senology|mammary)\s+(?:\w+\s+)?(?:society|association|foundation|college|"
    r"academy|group)\b|\b(?:society|association|college|academy)\s+(?:of|for)\s+(?:\w+\s+)?(?:breast|cancer|oncology|senology)\b", re.I)
# Our review's own measures asked ("the minimum follow-up completion rate to avoid a deduction", "複判差異多少要停判"), the credit word
# only a remark beside them ("prepping a CME credits talk for our breast imaging group — …"): our review's rule, no society's credits
# — unless credits are asked too ("how many CME credits", "算幾分", "can it count toward …").
_REVIEW_MEASURE = re.compile(r"完成率|追蹤完成|追踪完成|複判|復判|复判|合理量|扣款|扣減|扣减|評等|评等|跑片|"
                             r"follow-?up\s+(?:completion|rate)|completion\s+rate|re-?read|discrepanc\w*|reasonable\s+volume|"
                             r"deduct\w*|image\s+(?:grade|eval\w*)|\bQC\b|"
                             # the screening volume's limits ("the monthly cap per radiographer", "每月篩檢上限", "合理量")
                             r"monthly\s+(?:cap|limit|maximum)|(?:screening|annual)\s+(?:cap|volume|limit)|per\s+radiographer|"
                             r"每月(?:篩檢|筛检)?(?:上限|數量|数量)|(?:篩檢|筛检)(?:數量|数量|量)(?:上限)?", re.I)
_CREDIT_ASKED = re.compile(r"how\s+many\s+(?:\w+\s+){0,2}?(?:credits?|points?|CME|hours)|"
                           r"\b(?:credits?|points?|CME)\b[^?.]{0,25}?\b(?:count|worth|earn|get|give|claim|apply|award)\w*|"
                           r"\b(?:count|worth|earn|get|give|claim|award)\w*\s+(?:\w+\s+){0,3}?(?:credits?|points?|CME)\b|"
                           r"幾分|几分|幾個學分|几个学分|多少(?:個|个)?(?:積分|积分|學分|学分|分)|(?:積分|积分|學分|学分)[^，,。？?]{0,6}?(?:嗎|吗|怎麼算|怎么算|多少|幾|几)|"
                           r"算(?:不算)?(?:積分|积分|學分|学分)|抵", re.I)

# The membership as a standing held ("kept my membership", "會員資格還在"), and how an activity of ours is counted asked beside it
_MEMBERSHIP_HELD = re.compile(r"membership|會員資格|会员资格", re.I)
_COUNTING_ASKED = re.compile(
    _CREDIT_ASKED.pattern + r"|\b(?:credits?|points?|CME)\b|"
    r"\b(?:meetings?|conferences?|congress\w*|symposi\w*|lectures?|seminars?|courses?|activit\w*|talks?)\b[^?.]{0,40}?\b(?:count\w*|credit\w*|recogni[sz]\w*)|"
    r"(?:會議|年會|研討會|講座|演講|課程|活動)[^，,。？?]{0,12}?(?:怎麼算|怎么算|算不算|算嗎|算吗|採計|采计|認列|认列|積分|积分|學分|学分)", re.I)
_OUR_ISSUER_CREDITS = re.compile(
    r"\b(?:does|do|will|would|can|could|did)\s+(?:the\s+)?(?:TSA|surgical\s+(?:society|association))\s+(?:\w+\s+)?"
    r"(?:give|award|grant|count|accept|recogni[sz]e|credit|approve)\w*\b|\b(?:TSA|surgical)\s+(?:CME\s+)?(?:credits?|points?)\b|"
    r"外科(?:醫學會|医学会|學會|学会)(?:可以|能|會|会|要)?(?:認|认|給|给|算|承認|承认)", re.I)


# An organiser's request for credit recognition sent to OUR society ("we're sending the recognition request to the surgical
# association ourselves", "apply to the TSA for CME recognition", "我們年會要向外科醫學會申請積分認定"): our procedure and its fee
# (第四條), whichever society organises the meeting — unless that society's own rules are named (`_THEIR_OWN`).
_OUR_SOCIETY_EN = (r"(?:the\s+|your\s+)?(?:TSA|Taiwan\s+Surgical\s+(?:Association|Society)|surgical\s+(?:association|society)|"
                   r"surgery\s+(?:association|society)|society\s+of\s+surgery)\b(?!\s*(?:'s\s+)?(?:own|of\s+\w+))")
_APPLIES_TO_OURS = re.compile(
    r"\b(?:apply\w*|applied|submit\w*|send\w*|sent|fil(?:e|es|ed|ing)|request\w*|application|recognition|accreditation)\b[^.?!;]{0,80}?"
    rf"\b(?:to|with|from)\s+{_OUR_SOCIETY_EN}|\b(?:pay|pays|paying|paid|owe)\s+{_OUR_SOCIETY_EN}|"
    r"(?:向|找|送|交|寄)(?:台灣|臺灣)?(?:外科醫學會|外科医学会|外科學會|外科学会|本會|本会)[^，,。？?；;]{0,12}?(?:申請|申请|認定|认定|送審|送审)", re.I)


def _applies_to_ours(text: str) -> bool:
    """Is a request for credit recognition sent to our society (`_APPLIES_TO_OURS`), no society's own rules named?"""
    return bool(_APPLIES_TO_OURS.search(text)) and not _THEIR_OWN.search(text) and not _THEIR_OWN_ZH_RULES.search(text) \
        and not _DOUBLE_CLAIM.search(text)


# Another society's own rules named in Chinese ("他們自己的積分", "該學會的規定")
_THEIR_OWN_ZH_RULES = re.compile(r"(?:他們|他们|該會|该会|該學會|该学会)(?:自己)?(?:的)?|自己的(?:積分|积分|學分|学分|規定|规定|認定|认定)")


def _asks_our_review(text: str) -> bool:
    """Does the question ask one of our review's measures, a society or its credits named only beside it (`_REVIEW_MEASURE`)?"""
    return bool(_REVIEW_MEASURE.search(text)) and not _CREDIT_ASKED.search(text)


_SURGICAL_OURS = re.compile(r"外科|\bsurg\w*|\btsa\b|本會|tsir|指導老師|instructor|介入|interventional", re.I)


# Another field's own continuing education, its credits asked ("家醫科的繼續教育，上過乳攝判讀課程可以抵幾個積分", "內科醫師繼續教育
# 學分怎麼算", "the radiology society's CME points for our CT conference"), no word of our issuers beside it: that field's own
# credits, whatever course earned them — unlike a course counted in our surgical credits ("內科的繼續教育課程，外科學會算幾分")
# or radiology points counted toward the instructor's renewal (第五條), which name ours.
_OTHER_FIELD_CE = re.compile(
    rf"(?:{_FIELD})(?:科)?(?:專科)?(?:醫師)?(?:的)?\s*繼續(?:醫學)?教育|"
    r"放射(?:線)?(?:醫學會|學會)(?:的)?\s*(?:繼續教育)?\s*(?:積分|學分|點數)|"
    r"\bradiolog\w*\s+(?:society|association|college)(?:\s+of\s+(?:the\s+)?(?:R\.?O\.?C\.?|Taiwan|China|the\s+Republic\s+of\s+China))?"
    r"(?:'s|’s)?\s+(?:CME|continuing\s+(?:medical\s+)?education|credits?|points?)", re.I)
# A doctor of another field asking for credits ("我是家醫科醫師，參加乳攝判讀課程可以拿幾個學分", "as a GP, how many CME credits is a
# mammography course worth"), no word of ours (外科, surgical, the instructor) and no reader of our review named: that field's own
# credits — our surgical credits are a surgeon's, and the review's readers count hours (判讀醫師的繼續教育時數), not credits.
# A non-surgical field's specialist said in English ("family med specialist here", "internal medicine doc", "as a cardiology
# specialist"): the asker's own field — its board's renewal, never our surgical certificate's (from branch rulesdev58).
_NON_SURGICAL_SPECIALIST_EN = (r"\b(?:internal\s+medicine|int(?:ernal)?\.?\s+med|family\s+med(?:icine)?|FM|pediatric\w*|paediatric\w*|"
                               r"cardiolog\w*|neurolog\w*|dermatolog\w*|psychiatr\w*|ophthalm\w*|obstetric\w*|gyn\w*|oncolog\w*|"
                               r"gastro\w*|emergency\s+medicine|an(?:a)?esthe\w*|rehab\w*|rheumatolog\w*|nephrolog\w*|pulmonolog\w*)\s+"
                               r"(?:specialist|doc|doctor|physician|attending)s?\b")
_OTHER_FIELD_DOCTOR = re.compile(
    # (… or the asker's own field said as who they are: "我是內科的，我們學會的年會…", "我們是家醫科，…")
    rf"(?:{_FIELD})(?:科)?(?:專科)?醫師|(?:我|我們|我们)是(?:{_FIELD})(?:科|系)?(?:專科|专科)?(?=的|，|,|\s)|\b(?:family\s+(?:physician|doctor|practitioner)|GP|general\s+practitioner|internist|"
    r"pa?ediatrician|neurologist|cardiologist|gyn(?:a)?ecologist|obstetrician|dermatologist|psychiatrist|ophthalmologist|urologist|"
    r"oncologist|gastroenterologist|an(?:a)?esthesiologist|an(?:a)?esthetist|emergency\s+physician)s?\b|"
    # (… or said as that field's specialist: "family med specialist here", "an internal medicine doc")
    rf"{_NON_SURGICAL_SPECIALIST_EN}", re.I)
_DOCTOR_CREDIT = re.compile(r"積分|學分|\bcredits?\b|\bpoints?\b|\bpts\b|\bCME\b|"
                            # (a score asked bare: "我是家醫科的，我們學會年會算幾分")
                            r"幾分|几分|多少分", re.I)
_OUR_READER = re.compile(r"判讀醫師|判讀資格|reading\s+physician|\breaders?\b|\bATLS\b|高級外傷救命術", re.I)
# our instructor's renewal, which counts radiology points: a radiology society's points asked toward it are ours
# … unless what is renewed is that doctor's own board certificate ("do internists need 100 credits to renew their board
# certification", "家醫科醫師的專科證書換證要幾學分"): that board's rule, not our instructor's
# (… or the asker says the specialty is theirs, "我是眼科專科，六年要多少學分才能換證": the board they hold is renewed)
_THEIR_BOARD = re.compile(rf"\bboard\b|{_NON_SURGICAL_SPECIALIST_EN}|\b(?:their|his|her)\s+(?:own\s+)?(?:specialist\s+|specialty\s+)?(?:certif\w*|licen[cs]e)|"
                          r"(?:我|我們|我们)是[^，,。？?]{0,6}?(?:專科|专科)|"
                          r"專科(?:醫師)?(?:的)?(?:證書|證照)|专科(?:医师)?(?:的)?(?:证书|证照)", re.I)
_OUR_CREDIT_USE = re.compile(r"展延|延展|換證|換發|換照|\brenew\w*|\brecertif\w*", re.I)


# A specialist's own certification or its exam asked ("the certification for being an IR specialist", "what are the exam
# requirements", "做介入專科醫師的考試資格"): the specialty board's — never the instructor certificate, nor the re-read's film-reading
# exam (跑片考試, `_READING_EXAM`), which our review sets.
_SPECIALIST_EXAM = re.compile(
    r"\bexam(?:ination)?\s+(?:requirements?|eligibility|syllabus|format|contents?|dates?|fees?)\b|"
    r"\b(?:certification|certificate|credential|accreditation|license|licence)\s+(?:\w+\s+){0,2}?(?:for|as)\s+(?:being|becoming)\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,3}?specialist\b", re.I)
_READING_EXAM = re.compile(r"跑片|閱片考|判讀考|\b(?:film|reading|re-?read)\w*\s+(?:\w+\s+)?(?:exam|test)|re-?read|discrepanc", re.I)
_REREAD_NAMED = re.compile(_READING_EXAM.pattern + r"|複判|復判|複讀|\bdiscordan\w*|\bdouble[- ]read", re.I)
# a board's, a licence's or another body's examination named outright (never the re-read's film-reading exam)
_EXAM_BODY = re.compile(r"\bboard\b|specialist|specialty|licen[cs]\w*|national\s+exam|國考|国考|專科|专科|甄審|甄审|執照|执照|證照|证照", re.I)
# who decides ("誰拍板", "哪個單位決定", "who signs off") of a credit or a course's approval: our issuer's reviewing body (tsa 第四條第一款)
_CREDIT_DECIDER = re.compile(r"(?:誰|谁|哪個|哪个|哪位|什麼人|什么人)[^。？?!！]{0,6}?(?:拍板|決定|决定|說了算|说了算|做主|核定|認定|认定|審|审|批准|核准)|"
                             r"拍板|說了算|说了算|做主|(?:最後|最后|最終|最终)(?:是)?(?:誰|谁)?(?:決定|决定|認定|认定|核定)|"
                             r"(?:秘書處|秘书处|理事長|理事长|理事會|理事会|理監事會|理监事会)(?:來|来|在)?(?:決定|决定|認定|认定|核定|審核|审核)|\bwho\s+(?:signs?\s+off|decides?|approves?|has\s+the\s+final\s+say)\b", re.I)
_CREDIT_DECIDED = re.compile(r"給分|给分|積分|积分|學分|学分|分數|分数|課程|课程|認定|认定|\bcredits?\b|\bpoints?\b|\bCME\b|\bcourses?\b", re.I)


# What only the surgical specialist certificate's renewal is said with (第五條第十四款 the medical mission abroad, 離島 service, the
# society itself), and the holders of a practising licence (醫事放射師, 護理師 …, 執業): a bare 換照 beside the first and none of the
# second is a surgeon's colloquial name for renewing the specialist certificate, not the MOHW licence.
# A subject only our surgical certificate's renewal has: a medical mission abroad, an outlying island (第五條第十四款、第十五款)
_OUR_CERT_SUBJECT = re.compile(r"駐外|醫療團|医疗团|離島|离岛|外交部|国际医疗|國際醫療")
_OUR_CERT_RENEWAL = re.compile(r"駐外|醫療團|医疗团|離島|离岛|外科|本會|專科醫師證書|专科医师证书")
_LICENCE_HOLDER = re.compile(r"放射師|放射师|放射士|醫事|医事|執業|执业|護理|护理|藥師|药师|技術師|技术师|檢驗|检验|治療師|治疗师|公會|公会|"
                             r"醫師執照|医师执照")


# Someone's own examination result read out — a relative's, a friend's or one's own report ("我媽的乳房攝影報告寫鈣化點", "my sister's
# mammogram came back with calcifications") — and what it means for her asked: how serious it is, whether it is cancer, where to
# be seen next ("要不要換醫院", "should she get a second opinion"). A patient's question for her doctor, not our review's rules
# (the review's own reports, "監測報告", are no one's result, and no worry is asked of them).
_KIN_ZH = r"(?:媽|妈|爸|太太|老婆|先生|老公|姐|姊|妹|女兒|女儿|婆婆|岳母|阿嬤|阿嬷|奶奶|外婆|阿姨|家人|朋友|親戚|亲戚|同事)"
_KIN_EN = r"(?:mom|mum|mother|dad|father|wife|husband|sister|aunt|grandma|grandmother|daughter|friend|relative|cousin|partner)"
_SOMEONES_RESULT = re.compile(
    rf"{_KIN_ZH}(?:的)?[^，,。？?；;]{{0,10}}?(?:報告|报告|檢查結果|检查结果|片子|結果|结果)|"
    r"我(?:自己)?的(?:乳房攝影|乳房摄影|乳攝|乳摄|乳房|檢查|检查|切片|超音波|超声波)(?:的)?(?:報告|报告|結果|结果)|"
    rf"\bmy\s+(?:{_KIN_EN}(?:'s|’s)?\s+)?(?:\w+\s+){{0,2}}?(?:report|results?|mammogram|scan|findings?)\b|"
    # ("my aunt got a BI-RADS 3 on her mammogram")
    rf"\bmy\s+{_KIN_EN}\b[^?.]{{0,60}}?\b(?:report|results?|mammogram|scan|findings?|bi-?rads|category)\b", re.I)
_RESULT_WORRY = re.compile(
    r"嚴重|严重|要緊|要紧|危險|危险|(?:是不是|會不會|会不会|是)(?:癌|惡性|恶性|良性)|換(?:一)?(?:家|間|间)?醫院|换(?:一)?(?:家|间)?医院|轉院|转院|"
    r"(?:要|該|该|應該|应该)?(?:看|掛|挂)(?:哪|什麼|什么)科|擔心|担心|"
    r"\bserious\b|\bworr(?:y|ied|ying)\b|\bcancer\b|\bmalignan\w*|\bbenign\b|\bswitch\s+(?:\w+\s+)?(?:hospitals?|doctors?|clinics?)\b|"
    r"\bsecond\s+opinion\b|\banother\s+(?:hospital|doctor|clinic)\b|\bshould\s+(?:she|he|i)\s+be\s+(?:worried|concerned)\b", re.I)


# A person's own screening schedule asked for her (SPEC §3, clinical): whether or when she should start, or how often to have,
# mammograms — said of a patient (an age and sex, "38F", "a 42-year-old") or of her risk (a relative's cancer, a family history,
# BRCA) — "38F, mother had breast ca at 45: start annual mammograms now or wait till 40?", "媽媽有乳癌，我 35 歲要不要開始每年照乳攝".
# That is her doctor's decision (or the screening programme's eligibility), never our review of the facilities that screen; the
# review's own follow-up of a screened case (category, recall, 複檢, 追蹤) and its counts stay ours.
_RISK_HISTORY = (rf"family\s+history|\b{_KIN_EN}(?:'s|’s)?\s+(?:\w+\s+){{0,2}}?(?:had|has|was\s+diagnosed|died|with)\b|\bBRCA\d?\b|"
                 r"\bhigh[- ]risk\b|家族史|(?:母親|母亲|媽媽|妈妈|姊姊|姐姐|妹妹|阿姨|外婆|奶奶|家人)(?:有|得過|得过|得了|曾經|曾经|曾|罹患)|高風險|高风险")
_SCREEN_EXAM = r"mammo\w*|乳攝|乳摄|乳房攝影|乳房摄影|乳房\s*X\s*光|乳癌篩檢|乳癌筛检"
_SCREEN_TIMING = re.compile(
    rf"\b(?:start|begin)\w*\s+(?:\w+\s+){{0,3}}?(?:{_SCREEN_EXAM}|screening)|"
    rf"(?:{_SCREEN_EXAM}|screening)[^?？。]{{0,40}}?(?:\bnow\s+or\s+(?:wait|later|next)|\bwait\s+(?:till|until|for|to)\b|"
    r"\bat\s+what\s+age\b|\bhow\s+often\b|等到|幾歲(?:開始|才|再)|几岁(?:开始|才|再))|"
    rf"\b(?:annual|yearly|every\s+(?:year|two\s+years))\s+(?:screening\s+)?(?:{_SCREEN_EXAM})|"
    rf"\bhow\s+often\s+(?:should|must|do|does)\s+(?:she|he|I|they|the\s+patient)\s+(?:get|have|do)\s+(?:\w+\s+)?(?:{_SCREEN_EXAM})|"
    rf"(?:要不要|該不該|该不该|需不需要|應不應該|应不应该|應該|应该|可以)(?:先|現在|现在)?(?:開始|开始)?(?:每年|每兩年|每两年|定期)?(?:做|照|安排|接受)?\s*(?:{_SCREEN_EXAM})|"
    rf"(?:開始|开始)(?:每年|每兩年|每两年|定期)?(?:做|照|安排|接受)?\s*(?:{_SCREEN_EXAM})|"
    rf"(?:{_SCREEN_EXAM})[^，,。？?]{{0,12}}?(?:多久(?:做|照)?一次|幾歲開始|几岁开始)", re.I)
_PERSON_SCREENED = re.compile(rf"{_PATIENT}|{_RISK_HISTORY}|\b(?:she|her|he|him)\b|(?:我|她|他)\s*\d{{2}}\s*(?:歲|岁)", re.I)
# The review's own follow-up of a screened case or its counts: a recall, a category's deadline, the completion rate, a volume.
_REVIEW_FOLLOWUP = re.compile(r"\bcategory\b|\bcat\.?\s*\d|BI-?RADS|複檢|复检|追蹤|追踪|完成率|\brecall\w*|\bfollow-?up\b|"
                              r"合理量|篩檢量|筛检量|\bvolume\b|補助|补助|\bsubsid\w*|給付|给付|\d\s*(?:件|案)\b", re.I)


def _screening_schedule_asked(text: str) -> bool:
    """Is a person's own screening schedule asked for her (`_SCREEN_TIMING` said of `_PERSON_SCREENED`), none of the review's
    follow-up or counts named (`_REVIEW_FOLLOWUP`, `_OUR_MEASURE_COUNTED`)?"""
    return (bool(_SCREEN_TIMING.search(text)) and bool(_PERSON_SCREENED.search(text))
            and not _REVIEW_FOLLOWUP.search(text) and not _OUR_MEASURE_COUNTED.search(text))


# Another modality's unit and its radiation QA or inspection ("our CT scanner's annual radiation QA", "C-arm 的輻射檢測多久一次"):
# the Ionizing Radiation Protection Act's, not the review of a mammography unit (which `_MAMMO` names).
_OTHER_UNIT_QA = re.compile(
    r"(?:\bCT\b|電腦斷層|斷層掃描|透視|C-?arm|C臂|血管攝影機|牙科\s*X|一般\s*X\s*光|\b(?:CT|general\s+x-?ray|fluoroscop\w*|angiograph\w*|dental\s+x-?ray)\s+"
    r"(?:scanners?|units?|machines?|systems?|rooms?)\b)[^。？?]{0,40}?"
    r"(?:\bQA\b|\bQC\b|品保|品管|quality\s+(?:assurance|control)|(?:輻射|辐射)(?:安全|檢查|檢測|測試|偵測)|radiation\s+(?:QA|safety|inspection|survey|tests?|checks?)|\binspections?\b)", re.I)
# The same said by the room or the system the modality is named by, its quality control asked in either order ("our angio suite
# needs its annual radiation QC", "the annual QC requirements for our CT scanner", "血管攝影室的輻射品管", "DSA 的年度質控",
# "電腦斷層的質控測試", "a digital radiography room's QC"): the other modality's own standard, never our mammography unit's test
# (二(二)) — mammography named anywhere keeps it ours (`_MAMMO`, read by the caller).
_MODALITY_UNIT = (r"\bCT\b|電腦斷層|电脑断层|斷層掃描|断层扫描|血管攝影|血管摄影|血管造影|\bDSA\b|數位減影|数字减影|心導管室|心导管室|導管室|导管室|"
                  r"透視|透视|C-?arm|C臂|牙科\s*X|一般\s*X\s*光|一般攝影|一般摄影|\bangio(?:graph\w*)?\b|\bfluoro(?:scop\w*)?\b|"
                  r"\bcath(?:eter(?:isation|ization)?)?[- ]?lab\b|\bgeneral\s+(?:radiograph\w*|x-?ray)|\bdental\s+x-?ray|"
                  r"\bhybrid\s+(?:OR|suite|theatre|theater)\b")
# (a "DR unit" or "digital radiography" is what many call a digital mammography unit — never read as another modality; and the
# on-site test's mammography-only items, compression and the chest-wall edge, say whose unit it is)
_MAMMO_QC_ITEM = re.compile(r"\bcompression\b|chest[- ]wall|壓迫|压迫|胸壁", re.I)
_UNIT_QC = (r"\bQA\b|\bQC\b|品保|品管|質控|质控|品質控制|品质控制|質量控制|质量控制|quality\s+(?:assurance|control)|"
            r"(?:輻射|辐射)(?:安全|劑量|剂量)?(?:檢查|检查|檢測|检测|測試|测试|偵測|侦测)|(?:劑量|剂量)(?:檢測|检测|測試|测试)|"
            r"radiation\s+(?:QA|QC|safety|inspection|survey|tests?|checks?)|"
            r"\b(?:dose|HVL|output|phantom)\s+(?:(?:and\s+)?[\w-]+\s+){0,3}?(?:tests?|checks?|results?|scores?|limits?)\b")
_OTHER_UNIT_QC = re.compile(rf"(?:{_MODALITY_UNIT})[^。？?!]{{0,40}}?(?:{_UNIT_QC})|(?:{_UNIT_QC})[^。？?!]{{0,30}}?(?:{_MODALITY_UNIT})", re.I)


_FIELD_BOARD = re.compile(rf"(?:{_FIELD_EN})\s+(?:specialty\s+|specialist\s+)?board\b|(?:{_FIELD})(?:科)?\s*(?:專科|专科)?\s*\b(?:renewal|board)\b", re.I)
_FIELD_SURGERY_BOARD = re.compile(
    rf"\b(?:toward|towards|for|to)\s+(?:the|my|our|their|his|her|a)?\s*(?:{_FIELD_EN})\s+(?:surg(?:ery|ical)\s+)?"
    r"(?:board|specialty\s+board|specialist\s+board|re-?certif\w*|recert\w*|board\s+renewal|specialty\s+renewal)\b", re.I)
_OUR_BOARD_EN = re.compile(r"\bTSA\b|\bgeneral\s+surg\w*|\bsurgical\s+(?:society|board|association)\b|\bsurgery\s+society\b", re.I)
_ATLS_HOST_FIELD = re.compile(r"trauma|critical|intensive|emergency|\bEM\b|急診|急诊|重症|創傷|创伤", re.I)


# Another modality's quality control or quality review ("乳房 MRI 的品管測試要做哪些項目", "骨密度檢查的品質審查標準", "DXA QC
# requirements", "breast ultrasound quality review"), no mammography named: that modality's own standards, not our review's
# (二(二) tests mammography units only).
_OTHER_MODALITY_QA = re.compile(
    r"(?:\bMRI\b|磁振|核磁|骨密度|骨質密度|骨质密度|\bDE?XA\b|bone\s+(?:mineral\s+)?densit\w*|超音波|超声|超聲|\bultrasound\b)[^。？?]{0,20}?"
    r"(?:品管|品保|品質|品质|\bQC\b|\bQA\b|quality\s+(?:control|assurance|review|standards?)|後續審查|后续审查|審查標準|审查标准)", re.I)


# A non-X-ray breast modality or tomosynthesis (which the review's text never names) and its QC asked in one clause, either order
# ("the pass score for the annual phantom test on our breast ultrasound machine", "乳房超音波的假體測試及格標準", "run QC on our
# breast MRI", "乳腺超声质控要做哪些项目"), the mammography review named only as the occasion in another clause ("the HPA auditors
# are coming for the mammography review", "乳攝後續審查快到了，順便問一下…"): that modality's own standards — the review tests
# mammography units only (二(二)). A clause asking the mammography unit's QC (mammography and a QC word together, "the phantom pass
# criteria for our mammography unit and the ultrasound") keeps the question ours: its mammography part is answered.
_BREAST_MODALITY = (r"超音波|超聲波|超声波|超聲|超声|\bultrasound|\bsonograph\w*|\bsono\b|(?-i:\bUS\b)\s+(?:unit|machine|scanner|system|probe)s?\b|"
                    r"\bMRI\b|\bMR\s+(?:unit|scanner|machine)|磁振|核磁|斷層合成|断层合成|tomosynthesis|\bDBT\b|\btomo\b|3D\s*(?:乳攝|乳摄|乳房攝影|乳房摄影|mammo\w*)")
_QC_WORD = (r"\bQA\b|\bQC\b|品管|品保|質控|质控|品質控制|品质控制|質量控制|质量控制|品質管制|quality\s+(?:assurance|control|checks?)|"
            r"phantom|假體|假体|模體|模体|驗收|验收|acceptance\s+test\w*|及格(?:標準|标准|分數|分数)?|pass(?:ing)?\s+(?:score|mark|criteria|threshold|grade)")
_MODALITY_QC_CLAUSE = re.compile(rf"(?:{_BREAST_MODALITY})[^。？?!！;；,，]{{0,40}}?(?:{_QC_WORD})|(?:{_QC_WORD})[^。？?!！;；,，]{{0,40}}?(?:{_BREAST_MODALITY})", re.I)
_MAMMO_QC_CLAUSE = re.compile(rf"(?:{_MAMMO.pattern})[^。？?!！;；,，]{{0,40}}?(?:{_QC_WORD}|測試|测试|\btests?\b)|"
                              rf"(?:{_QC_WORD})[^。？?!！;；,，]{{0,40}}?(?:{_MAMMO.pattern})", re.I)


def _other_modality_qc_asked(text: str) -> bool:
    """Is another breast modality's QC asked (`_MODALITY_QC_CLAUSE`), the mammography unit's QC asked in no clause
    (`_MAMMO_QC_CLAUSE`) and no item only a mammography unit's test has (compression, the chest wall)?"""
    return bool(_MODALITY_QC_CLAUSE.search(text)) and not _MAMMO_QC_CLAUSE.search(text) and not _MAMMO_QC_ITEM.search(text)


# A facility applying to screen at all ("申請成為乳癌篩檢的醫療機構，初次資格審查要準備什麼", "how does a hospital first become an
# accredited screening site"): the HPA's initial qualification review, another procedure than the follow-up review we hold.
_INITIAL_QUALIFICATION = re.compile(
    r"(?:初次|第一次|首次|新申請|新申请)(?:的)?(?:資格審查|资格审查)|申請成為[^，,。？?；;]{0,12}?(?:篩檢|筛检|乳攝|乳房攝影)[^，,。？?；;]{0,4}?(?:醫療機構|医疗机构|醫院|医院)|"
    r"\b(?:first|initially)\s+(?:become|get\s+(?:accredited|qualified|approved))\b[^?]{0,40}?\b(?:screening|mammo\w*)|"
    r"\b(?:initial|first)\s+(?:qualification|accreditation)\s+(?:review|application)\b", re.I)
_HPA_FOLLOWUP_REVIEW = re.compile(r"後續審查|后续审查|後審|續審|\bfollow-?up\s+review", re.I)


# The practising licence named as a copy to attach ("執業執照正反面影本", "a copy of my practising licence").
# (any copy of it: 影本, 複印件 / 复印件, 副本, a scan or a photo; or the licence itself named as what is attached or handed in —
# "要檢附執業執照嗎", "附上执业执照", "attach my practising licence", "a scan of my license")
_LICENCE_COPY = re.compile(r"(?:執業執照|执业执照|執照|执照)(?:的)?(?:正反面)?(?:的)?\s*(?:影本|影印本|影印|复印件|複印件|複印本|复印本|副本|"
                           r"掃描(?:檔|档|件)?|扫描(?:档|件)?|照片|翻拍|拍照)|"
                           r"(?:檢附|检附|附上|附|繳交|缴交|交|提供|上傳|上传|寄)(?:一份|1份)?(?:我的|本人的?)?\s*(?:醫師)?(?:執業執照|执业执照)(?!\s*(?:的)?(?:更新|換|换|展延|延展|到期|過期|过期))|"
                           r"\b(?:cop(?:y|ies)|scans?|photos?|photocop(?:y|ies))\s+of\s+(?:my|the|our|his|her|your)?\s*(?:\w+\s+){0,2}?licen[cs]e|"
                           r"\b(?:attach|submit|send|upload|include|enclose|provide)\w*\s+(?:a\s+|an\s+)?(?:my|the|our|his|her|your)?\s*(?:\w+\s+){0,2}?licen[cs]e\b"
                           r"(?!\s+(?:renewal|for\s+renewal))", re.I)


# The screening fee named bare ("跟國健署篩檢費一樣嗎"): a name for comparison, not the payment our rule withholds.
_FEE_NAMED = re.compile(r"(?:篩檢|筛检)(?:費|费)(?:用)?(?![^，,。？?]{0,8}?(?:不給付|不予給付|不给付|扣|超))")


def _inside(m: re.Match[str], pattern: re.Pattern[str], text: str) -> bool:
    """Does a match of `pattern` in `text` cover the match `m`?"""
    return any(c.start() <= m.start() and m.end() <= c.end() for c in pattern.finditer(text))


# The radiology board's own specialist certificate renewed, said in English ("renew my radiology specialist board certificate",
# "recertify my radiology boards"), or named while our instructor certificate is set aside ("my radiology specialist certificate
# (not the IR instructor one) — how many points?"): the radiology board's renewal (其他證書), never the instructor certificate's
# article 5 — whose points are radiology specialist education points, a word that names no certificate ("how many radiology
# specialist points to renew my instructor certificate" stays ours).
# (the field said in full too: "my diagnostic radiology specialist certificate")
_RADIOLOGY_BOARD_CERT_EN = (r"(?:diagnostic\s+)?radiolog\w*\s+(?:specialist\s+|specialty\s+)?(?:board\s+)?(?:certificat\w*|cert|boards?(?!\s+(?:exam|cert)))\b|"
                            r"(?:diagnostic\s+)?radiolog\w*\s+(?:specialist|specialty)\s+board\b")
_RADIOLOGY_BOARD_RENEWED = re.compile(
    rf"\b(?:renew\w*|re-?certif\w*|recert\w*|extend\w*)\s+(?:(?:my|the|our|a|his|her|their)\s+)?(?:own\s+)?(?:{_RADIOLOGY_BOARD_CERT_EN})|"
    # (… or said to run out: "my radiology boards expire in 2027", "the radiology board certificate is up for renewal")
    rf"(?:{_RADIOLOGY_BOARD_CERT_EN})[^?.;]{{0,20}}?\b(?:expir\w*|laps\w*|runs?\s+out|(?:due|up)\s+for\s+(?:renewal|recert\w*))", re.I)
_RADIOLOGY_BOARD_NAMED = re.compile(
    rf"(?:{_RADIOLOGY_BOARD_CERT_EN})|放射(?:線|线)?(?:科)?(?:專科|专科)(?:醫師|医师)?(?:的)?(?:證書|证书)|"
    # (… or its renewal said without 證書: "放射線專科醫師（不是指導醫師）換證要幾分")
    r"放射(?:線|线)?(?:科)?(?:專科|专科)(?:醫師|医师)?[^，,。？?；;]{0,6}?(?:換證|换证|展延|延展|續證|续证|更新)", re.I)


# The specialist certificate said to be asked about ITSELF, as against our instructor certificate ("my radiology specialist
# certificate itself", "the specialist certificate itself", "放射科專科證書本身", "專科證書自己的換證"), its renewal asked of it: the
# radiology board's own renewal (其他證書) — our instructor certificate only what it is told apart from. A bare specialist
# certificate counts so only beside our instructor's, no surgical word named (a surgeon's bare 專科證書 is our 第十條's).
_BOARD_CERT_ZH = r"(?:(?:診斷)?放射(?:線|线)?(?:科)?)?(?:專科|专科)(?:醫師|医师)?(?:的)?(?:證書|证书|證照|证照|資格|资格)"
_BOARD_CERT_BARE_EN = r"(?:specialist|specialty|board)\s+(?:certificat\w*|cert|credential)\b"
_ITSELF = r"\s*(?:itself|proper|本身|自己|自身)"
_BOARD_RENEWAL_WORD = (r"\brenew\w*|\brecert\w*|\bre-?certif\w*|\b(?:points?|credits?|CME)\b|換證|换证|展延|延展|續證|续证|更新|積分|积分|"
                       r"學分|学分|點數|点数|效期")
_BOARD_ITSELF_RENEWED = re.compile(
    rf"(?:{_RADIOLOGY_BOARD_CERT_EN}|{_BOARD_CERT_BARE_EN}|{_BOARD_CERT_ZH}){_ITSELF}[^?？。;；]{{0,40}}?(?:{_BOARD_RENEWAL_WORD})|"
    rf"\b(?:renew\w*|re-?certif\w*|recert\w*|extend\w*)\s+(?:(?:my|the|our|a|his|her|their)\s+)?(?:own\s+)?"
    rf"(?:{_RADIOLOGY_BOARD_CERT_EN}|{_BOARD_CERT_BARE_EN}){_ITSELF}", re.I)
_RADIOLOGY_WORD = re.compile(r"radiolog|放射", re.I)
# Our instructor certificate set beside another it is not ("besides the TSIR instructor cert", "apart from my instructor
# certificate", "除了指導老師證書以外", "指導老師之外"): what the question goes on to renew is that other certificate.
_OURS_BESIDE = re.compile(
    r"\b(?:besides|beside|apart\s+from|aside\s+from|other\s+than|except\s+(?:for\s+)?)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:TSIR\s+|IR\s+|interventional\s+)?instructor(?:\s+(?:cert\w*|credential))?|"
    r"\b(?:besides|beside|apart\s+from|aside\s+from|other\s+than)\s+(?:the\s+|my\s+|our\s+)?TSIR(?:\s+(?:cert\w*|one))?|"
    r"除了?\s*(?:介入(?:放射線?)?(?:學會)?的?)?(?:指導老師|指导老师)(?:的)?(?:認證|认证|證書|证书|證|证)?(?:以外|之外|外)?|"
    r"(?:指導老師|指导老师)(?:的)?(?:認證|认证|證書|证书|證|证)?(?:以外|之外)", re.I)


def _board_itself_renewed(text: str) -> bool:
    """Is the specialist certificate itself renewed, told apart from our instructor certificate (`_BOARD_ITSELF_RENEWED`,
    `_OURS_BESIDE` before a renewal of the radiology board's certificate)? A bare specialist certificate only beside our
    instructor's, no surgical word (外科, surgical, TSA) named."""
    m = _BOARD_ITSELF_RENEWED.search(text)
    if m and (_RADIOLOGY_WORD.search(m.group(0)) or (_INSTRUCTOR_NAMED.search(text) and not _OUR_CREDITS_NAMED.search(text))):
        return True
    return bool(_OURS_BESIDE.search(text)) and bool(
        _RADIOLOGY_BOARD_RENEWED.search(_OURS_BESIDE.sub(" ", text)) or _RADIOLOGY_BOARD_ZH_RENEWED.search(_OURS_BESIDE.sub(" ", text)))


# (the radiology board's certificate renewed, said in Chinese: "放射科專科證書要怎麼換證", "放射專科醫師證書展延要幾分")
_RADIOLOGY_BOARD_ZH_RENEWED = re.compile(
    r"放射(?:線|线)?(?:科)?(?:專科|专科)(?:醫師|医师)?(?:的)?(?:證書|证书|證照|证照)?[^，,。？?；;]{0,8}?(?:換證|换证|展延|延展|續證|续证|更新)")


_DIAGNOSTIC_BOARD = re.compile(r"放射(?:線|线)?(?:科)?(?:診斷|诊断)(?:科)?(?:專科|专科)(?:醫師|医师)?(?:的)?(?:證書|证书)", re.I)
_ONLY_BOARD_ASKED = re.compile(
    r"只(?:是)?(?:問|问|想問|想问|要問|要问|想知道|關心|关心)[^，,。？?；;]{0,4}?(?:放射(?:線|线)?(?:科)?(?:診斷|诊断)?(?:專科|专科)|放射(?:診斷|诊断))|"
    r"\bonly\s+(?:asking|care|wondering)\s+about\s+(?:the\s+|my\s+)?radiolog\w*\s+(?:board|specialist|specialty)", re.I)


def _radiology_board_renewal(text: str) -> bool:
    """Is the radiology board's specialist certificate renewed (`_RADIOLOGY_BOARD_RENEWED`), or named with our instructor certificate
    set aside (`_OURS_SET_APART`), or asked about itself as against ours (`_board_itself_renewed`)?"""
    if _board_itself_renewed(text):
        return True
    # (… or the person says that is all they ask about, ours only compared: "跟指導老師換證是同一套嗎，我只問放射專科的", "I'm only
    # asking about the radiology board one")
    if _ONLY_BOARD_ASKED.search(text) and (_RADIOLOGY_BOARD_NAMED.search(text) or _DIAGNOSTIC_BOARD.search(text)):
        return True
    # (our instructor certificate asked beside it, "is the instructor renewal the same as renewing my radiology specialist
    # certificate?", "還不是指導老師，想申請指導老師", keeps the question ours: its own renewal is article 5, its eligibility article 1)
    rest = _OURS_SET_APART.sub(" ", text)
    if _INSTRUCTOR_NAMED.search(rest):
        return False
    if _OURS_SET_APART.search(text):
        return bool(_RADIOLOGY_BOARD_NAMED.search(rest))
    return bool(_RADIOLOGY_BOARD_RENEWED.search(rest))


_INSTRUCTOR_NAMED = re.compile(r"\binstructor|指導老師|指导老师|\bTSIR\b", re.I)
_INSTRUCTOR_WORD = re.compile(r"\binstructor|指導老師|指导老师|指導醫師|指导医师", re.I)
# How long staff may work: a working-hour cap, duty or on-call hours, consecutive shifts, the rest between them ("住院醫師每週工時
# 上限", "值班最多可以連續幾小時", "weekly duty-hour cap for residents", "how many hours can a resident work in a row") — labour
# law and the MOHW's guideline on residents' working hours. Our texts count hours only as credits (1 hour = 3 credits) and a
# radiographer's working DAYS for the reasonable volume; none sets how long anyone may work.
_DUTY_HOURS = re.compile(
    r"工時|工时|(?:工作|上班|值班|執勤|执勤|在院|待命|on\s*call)(?:的)?(?:時數|时数|時間|时间|小時數|小时数)(?:的)?(?:上限|限制|規定|规定|規範|规范|多久|最多|最長|最长|不得|不能|超過|超过)|"
    r"(?:值班|on\s*call)(?:的)?(?:上限|次數上限|次数上限|間隔|间隔|最多幾|最多几)|"
    r"連續(?:值班|工作|上班|執勤)|连续(?:值班|工作|上班|执勤)|(?:兩班|两班|班與班|班与班|輪班|轮班)(?:之間|之间|中間|中间)?(?:的)?(?:休息|間隔|间隔)|"
    r"(?:每|一|1)?\s*(?:個|个)?(?:週|周|星期|禮拜|礼拜|天|日|班)[^，,。？?；;]{0,8}?(?:工作|上班|值班|執勤|执勤|待在醫院|待在医院)[^，,。？?；;]{0,6}?"
    r"(?:\d+|幾|几|多少)\s*(?:個|个)?(?:小時|小时|鐘頭|钟头|hr|h\b)|"
    r"(?:值班|工作|上班|執勤|执勤)[^，,。？?；;]{0,8}?(?:最多|最長|最长|上限|不得超過|不得超过|不能超過|不能超过|連續|连续)[^，,。？?；;]{0,6}?"
    r"(?:\d+|幾|几|多少)\s*(?:個|个)?(?:小時|小时|鐘頭|钟头)|"
    r"(?:工作|上班|值班)[^，,。？?；;]{0,6}?(?:超時|超时|過勞|过劳)|超時(?:工作|值班)|超时(?:工作|值班)|過勞|过劳|加班(?:時數|时数|上限)|"
    r"\b(?:duty|work(?:ing)?|on[- ]?call|shift|clinical\s+work)[- ]hours?\b|\bhours?\s+(?:worked|on\s+duty|on\s+call)\b|"
    r"\b\d{2}[- ]hours?\s+(?:work\s*)?(?:weeks?|rule|limit|cap|shifts?)\b|\bwork(?:ing)?\s*(?:week|time)\s+(?:limits?|caps?|rules?|regulations?)\b|"
    r"\bhow\s+(?:many|long)\s+(?:hours?\s+)?(?:can|may|should|must|are|is)\s+(?:a\s+|the\s+|our\s+|my\s+)?(?:residents?|interns?|fellows?|doctors?|"
    r"physicians?|surgeons?|staff|radiographers?|techs?|technologists?|nurses?|PGYs?)\s+(?:allowed\s+to\s+)?(?:work|be\s+on\s+(?:call|duty)|stay)\b|"
    r"\bconsecutive\s+(?:hours|shifts|nights|calls?)\b|\bcall\s+(?:frequency|limits?|caps?)\b|\bovertime\s+(?:hours|limits?|caps?|rules?)\b|"
    r"\brest\s+(?:period|hours|time)s?\s+between\s+shifts\b|\bshifts?\s+(?:length|limits?|caps?)\b|"
    # how many nights on call a month at most ("一個月最多值幾班", "值班上限幾班"), the rest after a night on call ("值完班隔天可以休息嗎",
    # "post-call day off"), hours said per week ("residents doing 100 hrs a week")
    r"(?:最多|上限|不得超過|不得超过|不能超過|不能超过)[^，,。？?；;]{0,4}?(?:值|排|上)(?:幾|几|多少|\d+)\s*(?:個|个)?(?:班|夜)|"
    r"(?:值完班|值班(?:後|后|完|結束|结束|隔天|第二天)|on\s*call\s*(?:後|后|完))[^，,。？?；;]{0,8}?(?:休息|補休|补休|下班|放假)|\bpost[- ]call\b|"
    r"\b\d+\s*(?:hours?|hrs?|h)\s*(?:a|per|/|each|every)\s*(?:week|wk)\b|"
    r"(?:週|周|星期|禮拜|礼拜)[^，,。？?；;]{0,6}?(?:上限|最多|不得超過|不得超过|不能超過|不能超过)[^，,。？?；;]{0,4}?\d+\s*(?:個|个)?(?:小時|小时)|"
    # how long someone may work or stay on shift, asked in other orders ("how long can surgical residents be on call", "limits on
    # how long residents can work", "max shift length for our techs")
    r"\bhow\s+long\b[^?.]{0,40}?\b(?:can|may|are\s+(?:\w+\s+)?allowed\s+to|is\s+(?:\w+\s+)?allowed\s+to)\b[^?.]{0,20}?\b(?:work|be\s+on\s+(?:shift|call|duty))\b|"
    r"\b(?:limits?|caps?|restrictions?|maximum|max)\s+(?:on\s+)?(?:how\s+(?:long|many\s+hours)\s+)?(?:\w+\s+){0,3}?(?:residents?|interns?|fellows?|doctors?|"
    r"physicians?|staff|radiographers?|nurses?)\s+(?:can\s+|may\s+)?(?:work|be\s+on\s+(?:shift|call|duty))\b", re.I)
# What our texts count, asked beside the working time ("值班走不開那天的月會積分", "a 4-hour course during duty hours — credits?"):
# our rule asked, the working time only the occasion.
_OURS_BESIDE_DUTY = re.compile(r"積分|积分|學分|学分|\bcredits?\b|\bpoints?\b|\bCME\b|例數|例数|個案|个案|完成率|合理量|篩檢量|筛检量|照幾|照几|"
                               r"幾案|几案|\d\s*案|超量|複判|复判|評等|评等|展延|換證|换证|指導老師|指导老师|\binstructor|繼續教育|继续教育|"
                               r"簽到|签到|代簽|代签|\bscreening\s+(?:volume|cap|limit|count)s?\b|reasonable\s+volume|\bmammo\w*|乳攝|乳摄", re.I)
# A life-support course other than the ATLS named in Chinese too (BLS 基本救命術, ACLS 高級心臟救命術, PALS 兒童高級救命術, NRP 新生兒
# 高級救命術, CPR / AED).
_LIFE_SUPPORT_ZH = (r"基本救命術|基本救命术|高級心臟救命術|高级心脏救命术|(?:兒童|儿童|小兒|小儿)高級救命術|(?:兒童|儿童|小兒|小儿)高级救命术|"
                    r"新生兒(?:高級)?(?:急救|救命術)|新生儿(?:高级)?(?:急救|救命术)|心肺復甦術?|心肺复苏术?|\bCPR\b|\bAED\b")
_LIFE_SUPPORT_CARD = re.compile(rf"(?:{_LIFE_SUPPORT_ZH})[^，,。？?；;!！]{{0,30}}?(?:\brenew\w*|\bre-?cert\w*|\brefresher|\bexpir\w*|到期|過期|过期|效期|"
                                r"複訓|复训|重新上課|重新上课|重上|續證|续证|換證|换证|更新)", re.I)
# The card's own renewal asked (where or how to renew it, how long or how often the refresher, whether another card is separate):
# that course's rules — even with a credit word beside it ("does it give any credits"), the course being none our credits name
# (only the ATLS is, 第五條第十三款) and no credits of ours named (外科, TSA, surgical).
_CARD_RENEWAL_ASKED = re.compile(
    r"\b(?:where|how)\s+(?:do|can|should|would|to|does\s+one)\s+(?:i\s+|we\s+|you\s+)?(?:\w+\s+){0,2}?(?:renew|recertif\w*|re-?cert|redo|retake|take\s+the\s+refresher|sign\s+up)|"
    r"\bhow\s+(?:long|often)\b|\bseparate\b|\bhow\s+many\s+(?:hours|days|classes|sessions)\b|\bwhere\b|"
    r"(?:去|到)?哪(?:裡|里|邊|边|兒|儿)?(?:可以|能)?(?:去)?(?:複訓|复训|更新|續證|续证|上課|上课|報名|报名|換證|换证|重上)|"
    r"(?:怎麼|怎么|如何)(?:去)?(?:複訓|复训|更新|續證|续证|換證|换证|報名|报名|重上|展延)|"
    r"(?:上|複訓|复训|重上)(?:幾|几|多少)(?:個)?(?:小時|小时|天|堂|次)|(?:幾|几)年(?:要)?(?:複訓|复训|更新|換|换|一次)|多久(?:要)?(?:複訓|复训|更新|換|换|一次)|"
    r"(?:是)?分開(?:的|算|辦|办|考)?|分开(?:的|算|办|考)?|另外(?:再)?(?:考|上|辦|办|複訓|复训)|"
    # whether it must be redone, or what a lapse means ("到期要重新上課嗎", "過期了怎麼辦", "do I have to retake the whole course")
    r"(?:要|需要|得|必須|必须)(?:重新上課|重新上课|重上|複訓|复训|重考|更新|續證|续证)(?:嗎|吗|嘛|[?？])|(?:過期|过期|到期)了?(?:要)?(?:怎麼辦|怎么办)|"
    r"\b(?:do|does|must|should|will)\s+(?:i|we|you|one|they)\s+(?:have\s+to\s+|need\s+to\s+)?(?:renew|redo|retake|recertif\w*|re-?take)\b|"
    r"\bwhat\s+happens\s+if\s+(?:it|my\s+\w+(?:\s+card)?)\s+(?:lapses|expires)\b", re.I)
# What is counted toward the other card itself ("does the ATLS course count toward it", "counts toward my ACLS card", "ATLS 可以抵
# ACLS 的時數嗎"): the ATLS named only as what that card's renewal might accept — the card's rules, never our 第五條第十三款.
_LIFE_SUPPORT_NAMES = r"(?:ACLS|BLS|PALS|APLS|NRP|ANLS|ETTC|TNCC|ITLS|PHTLS|PTLS)"
_TOWARD_THE_CARD = re.compile(
    r"\b(?:count(?:s|ed)?|credit(?:s|ed)?|appl(?:y|ies)|go(?:es)?|be\s+used)\s+(?:toward|towards|for|against)\s+"
    rf"(?:it|that|this|them|the\s+(?:card|renewal|refresher)|(?:my|the|that)\s+{_LIFE_SUPPORT_NAMES})\b|"
    rf"(?:抵|算進|算进|算入|計入|计入|採計|采计)\s*(?:我的)?\s*{_LIFE_SUPPORT_NAMES}", re.I)
# Another profession's certificate (a nurse's, an interventional or angiography technologist's), whichever body issues it — the
# IR society's own nursing or technologist certification included ("介入護理師認證", "IR nurse certification", "心導管技術師證照"):
# that certificate's rules. Our texts certify only the physician instructor (指導老師), and the review only checks the
# mammography radiographers' CE and experience (放射師 said bare stays ours).
_IR_STAFF_ZH = (r"(?:介入|血管攝影|血管摄影|血管造影|心導管|心导管|導管室|导管室|\bIR\b|\bDSA\b)(?:性)?(?:治療|治疗|放射)?(?:室)?(?:的)?"
                r"(?:放射師|放射师|放射技術師|放射技术师|技術師|技术师|技術員|技术员|技師|技师|護理師|护理师|護士|护士|護理人員|护理人员)")
_NURSE_ZH = (r"護理師|护理师|護士|护士|護理人員|护理人员|專科護理師|专科护理师|專師|专师")
_OTHER_PROFESSION_CERT = re.compile(
    rf"(?:{_IR_STAFF_ZH}|{_NURSE_ZH})[^，,。？?；;]{{0,8}}?(?:認證|认证|資格認定|资格认定|證照|证照|證書|证书|資格|资格|執照|执照)|"
    rf"(?:認證|认证)[^，,。？?；;]{{0,6}}?(?:{_IR_STAFF_ZH}|{_NURSE_ZH})|"
    r"\b(?:IR|interventional(?:\s+radiology)?|angio(?:graphy)?|cath(?:eter(?:i[sz]ation)?)?[- ]?lab|vascular|neuro-?interventional)\s+"
    r"(?:radiology\s+)?(?:nurs(?:e|es|ing)|(?:technologists?|technicians?|techs?)|radiographers?|RNs?|staff)\b[^?.]{0,40}?"
    r"\b(?:certif\w*|credential\w*|accredit\w*|qualif\w*|licen[cs]\w*|exam\w*)|"
    r"\b(?:certif\w*|credential\w*|accredit\w*)\b[^?.]{0,30}?\b(?:for\s+)?(?:IR|interventional(?:\s+radiology)?|angio(?:graphy)?|cath(?:eter)?[- ]?lab)\s+"
    r"(?:nurs(?:e|es|ing)|(?:technologists?|technicians?|techs?)|radiographers?|RNs?|staff)\b|"
    # our IR society named as the issuer of a certificate for another profession ("介入學會有辦技術師認證嗎", "TSIR 的護理師證書",
    # "can a nurse get certified by TSIR") — its instructor certificate is a physician's only
    r"(?:介入(?:放射線?|放射)?(?:性治療)?學會|介入放射线?学会|介入学会|介放|\bTSIR\b)[^。？?]{0,20}?(?:放射師|放射师|技術師|技术师|技術員|技术员|技師|技师|"
    r"護理師|护理师|護士|护士|護理人員|护理人员)[^。？?]{0,8}?(?:認證|认证|證書|证书|證照|证照|資格|资格)|"
    r"\b(?:nurses?|(?:technologists?|technicians?|techs?)|radiographers?|RNs?)\b[^?.]{0,40}?\b(?:certif\w*|credential\w*|accredit\w*)\b[^?.]{0,20}?\b(?:by|from|with|through)\s+(?:the\s+)?"
    r"(?:TSIR|(?:Taiwan\s+)?(?:Society|Association)\s+of\s+Interventional\s+Radiology|interventional\s+radiology\s+(?:society|association))\b|"
    r"\b(?:TSIR|interventional\s+radiology\s+(?:society|association))(?:'s|’s)?\b[^?.]{0,40}?\b(?:certif\w*|credential\w*)\b[^?.]{0,20}?\bfor\s+(?:\w+\s+)?"
    r"(?:nurses?|(?:technologists?|technicians?|techs?)|radiographers?|RNs?)\b", re.I)


def _foreign_target(text: str) -> str | None:
    if _radiology_board_renewal(text):
        return "other_certificate"
    if _DUTY_HOURS.search(text) and not _OURS_BESIDE_DUTY.search(text):
        return "working_hours"
    if _OTHER_UNIT_QA.search(text) and not _MAMMO.search(text):
        return "radiation_protection"
    if _OTHER_UNIT_QC.search(text) and not _MAMMO.search(text) and not _MAMMO_QC_ITEM.search(text):
        return "other_modality_qc"
    if _OTHER_MODALITY_QA.search(text) and not _MAMMO.search(text):
        return "other_regulation"
    if _other_modality_qc_asked(text):
        return "other_breast_modality_qc"
    # Another field's own board or its renewal named outright ("family med board CME — is an ATLS course worth credits for 家醫科
    # renewal?", "cardiology board renewal"): that board's rules, whatever course is asked about — the ATLS hosts' fields
    # (trauma, critical care, emergency) stay with `host_own_rules`.
    if (m := _FIELD_BOARD.search(text)) and not _ATLS_HOST_FIELD.search(m.group(0)) and not _SURGICAL_OURS.search(text):
        return "other_certificate"
    # (… a surgical field's own board named as what the points go toward — "how many points toward the plastic surgery board",
    # "counts toward my colorectal surgery recertification": that board's, though "surgery" is in its name; our board is named
    # without a field, or as the TSA's)
    if (m := _FIELD_SURGERY_BOARD.search(text)) and not _ATLS_HOST_FIELD.search(m.group(0)) and not _OUR_BOARD_EN.search(text):
        return "other_certificate"
    if re.search(_RADIATION_REGISTRATION, text, re.I):  # before a device's market licence (`other_regulation`)
        return "radiation_protection"
    if _WHICH_HOSPITAL.search(text) and not _OUR_MEASURE_COUNTED.search(text):
        return "clinical"
    if _INITIAL_QUALIFICATION.search(text) and not _HPA_FOLLOWUP_REVIEW.search(text):
        return "screening_facility_application"
    if _SOMEONES_RESULT.search(text) and _RESULT_WORRY.search(text) and not _OUR_MEASURE_COUNTED.search(text):
        return "clinical"
    if (m := _OTHER_FIELD_CE.search(text)) and _CREDIT_WORD.search(text) and not _OUR_CREDIT_USE.search(text) \
            and not _SURGICAL_OURS.search(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]):
        return "other_society"
    if _OTHER_FIELD_DOCTOR.search(text) and _DOCTOR_CREDIT.search(text) and not _SURGICAL_OURS.search(text) \
            and not _OUR_READER.search(text) and (not _OUR_CREDIT_USE.search(text) or _THEIR_BOARD.search(text)):
        return "other_certificate" if _OUR_CREDIT_USE.search(text) else "other_society"
    if (m := _DISEASE_SOCIETY.search(text)) and _CREDIT_WORD.search(text) \
            and not _SURGICAL_OURS.search(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]) \
            and not _asks_our_review(text):
        return "other_society"
    if _OTHER_SCREENING.search(text) and not _BREAST.search(_COMPARED_TO_MAMMO.sub(" ", text)):
        return "other_screening"
    # (mammography named only as what the other modality is compared with, "跟乳攝的後續審查一樣嗎", anchors nothing)
    if _OTHER_MODALITY_SCREENING.search(text) and not _MAMMO_SCREENING.search(_LIKE_MAMMO.sub(" ", text)):
        return "other_screening"
    if _CARDIAC.search(text) and not _OUR_ANCHOR.search(text):
        return "other_certificate"
    if _COURSE_INSTRUCTOR.search(text) and not _CREDIT_WORD.search(text) and not _CREDIT_ASKED.search(text):
        return "other_certificate"
    # (the ATLS's value asked without a credit word, "would the ATLS refresher count, and what's it worth?": our 5.13's)
    if (_COURSE_CARD.search(text) or _LIFE_SUPPORT_CARD.search(text)) and not _CREDIT_WORD.search(text) \
            and not _CREDIT_FIGURE.search(text) and not _CREDIT_ASKED.search(text) and not _OTHER_CREDITED.search(text) \
            and not (_ATLS.search(text) and _VALUE_ASKED.search(text)):
        return "other_certificate"
    # (… its renewal itself asked, a credit word beside it: a course our credits do not name, no credits of ours named)
    if (_COURSE_CARD.search(text) or _LIFE_SUPPORT_CARD.search(text)) and _CARD_RENEWAL_ASKED.search(text) \
            and (not _ATLS.search(text) or _TOWARD_THE_CARD.search(text)) \
            and not _OUR_CREDITS_NAMED.search(text) and not _OUR_ANCHOR.search(text) \
            and not _CREDIT_FIGURE.search(text) and not _OTHER_CREDITED.search(text):
        return "other_certificate"
    if _PATIENT_CARE.search(text) and not _OUR_MEASURE.search(text):
        return "clinical"
    if _ACT_OR_WAIT.search(text) and not _OUR_MEASURE_STRICT.search(text):
        return "clinical"
    if _FINDING_CARE.search(text) and not _OUR_MEASURE.search(text) and not _TIME_ASKED.search(text):
        return "clinical"
    if _treatment_chosen_for_disease(text):
        return "clinical"
    if _screening_schedule_asked(text):
        return "clinical"
    if _QUALITY_CERT.search(text) and not _MAMMO.search(text):
        return "other_regulation"
    if _FOREIGN_ACCREDITOR.search(text) and not _HPA_REVIEW.search(text):
        return "other_regulation"
    if _FOREIGN_PROGRAMME.search(text):
        return "other_jurisdiction"
    if _FOREIGN_SOCIETY_CERT.search(text):
        return "other_certificate"
    if _REWARD.search(text) and not _CREDIT_WORD.search(text):
        return "other_regulation"
    if _ABROAD_DOCTORS.search(text) and _CREDIT_WORD.search(text) and not _ABROAD_ATTEND.search(text):
        return "other_jurisdiction"
    if _SPECIALIST_EXAM.search(text) and not _READING_EXAM.search(text):
        return "exam"
    if found := _their_renewal_en(text):
        return found
    for kind, pattern in FOREIGN_TARGETS:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            # "外科專科醫師考試過了之後，第一次換證要幾分": the exam passed only dates the span our rules count (`_exam_only_passed`)
            if kind == "exam" and _exam_only_passed(text):
                continue
            # "在寫 fellow 訓練計畫書，想引用一下：指導老師認證的目的是什麼": a training or an exam named only as the asker's errand,
            # before the sentence that asks, which names ours (`_named_before_the_ask`)
            # (… or anywhere, when what is asked is our regulation's own purpose: "寫IR訓練計畫書，想引指導老師認證辦法的宗旨，它
            # 當初訂這個辦法是為了什麼" — `our_rules_purpose_asked`)
            if kind in ("training", "exam") and (_named_before_the_ask(text, m.end()) or our_rules_purpose_asked(text)):
                continue
            # "I attended the Urology Association's annual meeting": our credits (第五條第三款), not its rules.
            if kind == "other_society" and _meeting_of(text, m.start(), m.end()):
                continue
            # "the congress of a society in the residency curriculum — how many points": the curriculum names which
            # societies' meetings our credits count (第五條第三款), no residency question
            if kind == "training" and (_CREDIT_WORD.search(text) or _VALUE_ASKED.search(text)) and _ABROAD_ATTEND.search(text):
                continue
            # "3.5 years out of radiology residency … eligible for instructor?", "住院醫師畢業 4 年 … 可以申請指導老師嗎": the residency
            # only dates the years as a specialist our instructor rule counts (第一條), no residency programme asked
            if kind == "training" and _residency_only_dates(text):
                continue
            # "住院醫師輪轉到外科算進修積分嗎", "a resident rotation — how many points": credits asked of a training period are
            # our 進修 (第五條第九款), and an instructor's trainees are his duty (`_RESIDENCY_GUARD`)
            if pattern is _RESIDENCY_CURRICULUM and _RESIDENCY_GUARD.search(text):
                continue
            # "should a patient's biopsy be logged in the biopsy domain?": a clinical act counted in our measures
            if kind == "clinical" and (_OUR_MEASURE.search(text) or _followup_figures_described(text)):
                continue
            # "乳房醫學會積分課要講後續審查，複判差異超過幾%會停判": a society's credits named as the talk's occasion, our review's
            # measure asked (`_asks_our_review`)
            if kind in ("other_society", "other_certificate") and _CREDIT_WORD.search(m.group(0)) and _asks_our_review(text):
                continue
            # "the breast society's CME event — does the TSA give credits for it?": whether our issuer credits that society's
            # event is our rule (第五條第十款、第十一款), asked of our issuer by name
            # (… unless what they are counted toward is said to be that body's own: "count TSA credits for its board recert")
            if kind == "other_society" and _OUR_ISSUER_CREDITS.search(text) and not _THEIR_TARGET.match(m.group(0)):
                continue
            # "our colorectal surgery society's meeting — we send the recognition request to the surgical association": the
            # organiser applying to our society (第四條), its fee and deadline ours (`_applies_to_ours`)
            if kind == "other_society" and _applies_to_ours(text):
                continue
            # "do we still get reimbursed for the screenings over the reasonable volume?": a payment our rule withholds
            if kind == "billing" and _OUR_PAYMENT.search(_FEE_NAMED.sub(" ", text)):
                continue
            # "國外進修期間請公假，積分怎麼算": what our texts count is asked beside the leave or the pay
            if kind == "employment" and _OURS_BESIDE_EMPLOYMENT.search(text):
                continue
            # "申請離島加倍要附執業執照影本嗎": the licence named as a copy our rule asks attached (第五條第十五款), not renewed
            if kind == "licence" and _inside(m, _LICENCE_COPY, text):
                continue
            # "her reread came back 55% discordant … does she have to sit an exam too?": the re-read's film-reading exam (跑片考試),
            # which our review sets (二(一)…乙、丙) — not a board's or a licence's, unless one is named
            if kind == "exam" and _REREAD_NAMED.search(text) and not _EXAM_BODY.search(text):
                continue
            # "the HPA's on-site test of our mammography unit: what is the phantom pass score?": the pass mark of one of our review's
            # own assessments (the on-site test, the phantom, the written review — `_OUR_ASSESSMENT`), no board or licence named
            if kind == "exam" and _OUR_ASSESSMENT.search(text) and not _EXAM_BODY.search(text):
                continue
            # "I moved abroad but kept my membership — how do local meetings get counted?", "會員資格還在，國外的研討會積分怎麼算":
            # the membership named as the asker's standing, our counting of an activity asked (第七條, 第五條)
            if kind == "society_admin" and _MEMBERSHIP_HELD.fullmatch(m.group(0)) and _COUNTING_ASKED.search(text):
                continue
            # "課程給不給分最後是誰拍板？秘書處？理事長？": who decides a credit (第四條第一款), office-holders named only as guesses
            if kind == "society_admin" and m.group(0) in ("理事長", "理事长") and _CREDIT_DECIDER.search(text) \
                    and _CREDIT_DECIDED.search(text):
                continue
            # "駐外醫療團兩年，換照要的積分會打折嗎": 換照 said bare of a surgeon's certificate, beside a subject only our surgical
            # certificate has (a medical mission, an outlying island, the surgical society) and no licence holder named
            if kind == "licence" and _OUR_CERT_RENEWAL.search(text) and not _LICENCE_HOLDER.search(text) \
                    and m.group(0) in ("換照", "换照"):
                continue
            return kind
    # (after the licence's own list: a nurse's certificate renewed with its credits is the licence's continuing education)
    if _OTHER_PROFESSION_CERT.search(text) and not _INSTRUCTOR_WORD.search(text) and not _MAMMO.search(text):
        return "other_certificate"
    org = _other_org_target(text)
    if org:
        return org
    if _BOARDS_ABROAD.search(text):
        return "other_certificate"
    # (the ATLS hosts' own board, which the name cut reads as ours — 外傷 / 急救加護 are named in our 第五條第十三款)
    return _foreign_named(text) or _foreign_named_en(text) or ("other_society" if host_own_rules(text) else None)


# Where a sentence ends before the last one: a colon, a full stop, a semicolon (not a question mark — a sentence asked is an ask,
# not the asker's context).
_SENTENCE_END = re.compile(r"[:：。;；]|\.(?=\s)")


def _ask_of_ours(text: str) -> int | None:
    """Where the sentence the question ends with begins, when a sentence of context comes before it (no question asked there)
    and it names ours (`_OUR_ANCHOR`); else None."""
    cuts = [c.end() for c in _SENTENCE_END.finditer(text.rstrip(" .:：;；"))]
    if not cuts or re.search(r"[?？]", text[:cuts[-1]]) or not _OUR_ANCHOR.search(text[cuts[-1]:]):
        return None
    return cuts[-1]


def _named_before_the_ask(text: str, end: int) -> bool:
    """Is a neighbour's subject ending at `end` named only before the sentence the question ends with, which names ours
    (`_ask_of_ours`)? ("寫 fellow 訓練計畫書的背景，想引用一下：介入放射線學會當初訂這個指導老師認證，目的是什麼？" asks our
    certificate's purpose; the training plan is only what it is for.)"""
    start = _ask_of_ours(text)
    return start is not None and end <= start


# One of our regulations named as such ("指導老師認證辦法", "積分認定辦法", "後續審查作業", "the TSIR instructor certification
# rules"), or pointed back to ("這個辦法", "本辦法", "該規定", "these rules") …
_OUR_REGULATION = re.compile(
    r"(?:指導老師|指导老师|介入|積分|积分|學分|学分|繼續教育|继续教育|後續審查|后续审查|後審|乳攝|乳摄|乳房\s*X\s*光?(?:攝影|摄影)?|外科)"
    r"[^，,。？?；;]{0,10}?(?:辦法|办法|規定|规定|作業|作业|要點|要点|規範|规范)|"
    r"(?:這個|这个|這套|这套|本|該|该|此|那個|那个)(?:辦法|办法|規定|规定|作業|作业|認證|认证)|"
    r"\b(?:TSIR|TSA|HPA|instructor|CME|credit|follow-?up\s+review|mammograph\w*)\b[^?.;]{0,30}?\b(?:rules?|regulations?|scheme|programme|program|"
    r"certification|accreditation)\b|\b(?:these|the|this|its|their)\s+(?:rules|regulations?)\b", re.I)
# … and its purpose asked ("宗旨", "目的是什麼", "當初訂這個辦法是為了什麼", "立法意旨", "what is the purpose of", "why was it set up").
_PURPOSE_ASKED = re.compile(
    r"宗旨|目的|立意|用意|初衷|意旨|精神|為了什麼|为了什么|為什麼要(?:訂|定|設|设|制定)|为什么要(?:订|定|设|制定)|(?:訂|订|制定|設立|设立)的?(?:原因|理由)|"
    r"\b(?:purpose|aim|aims|objective|objectives|intent|intention|rationale|spirit)\b|"
    r"\bwhy\s+(?:was|were|did)\s+[^?.]{0,40}?\b(?:set\s+up|created|established|introduced|adopted|written|made|issued)\b", re.I)


def our_rules_purpose_asked(text: str) -> bool:
    """Is the purpose of one of our regulations, named as such, asked (`_OUR_REGULATION`, `_PURPOSE_ASKED`)? Such a question is
    ours (the regulation's preamble) whatever neighbouring subject — a training plan, an exam — it is asked for."""
    return bool(_OUR_REGULATION.search(text)) and bool(_PURPOSE_ASKED.search(text)) and bool(ANCHOR.search(text) or _OUR_ANCHOR.search(text))


def context_only(text: str, kinds: tuple[str, ...] = ("training", "exam")) -> bool:
    """Is the question's last sentence ours (`_ask_of_ours`) and free of the neighbour `kinds`' own cues — a training or exam
    named only in the sentence of context before it?"""
    start = _ask_of_ours(text)
    return start is not None and not any(
        k in kinds and re.search(p, text[start:], re.I) for k, p in FOREIGN_TARGETS)


# "toward their / for its own …": the target of a count said to be another body's (`FOREIGN_TARGETS`' other_society)
_THEIR_TARGET = re.compile(r"(?:toward|towards|for)\s+(?:their|its)\b", re.I)


INJECTION = re.compile(
    r"ignore (?:all |the |any |your |previous |prior |above )*(?:rules|instructions|prompts?)|disregard (?:the |all |your )*(?:rules|instructions)|"
    r"忽略(?:所有|以上|前面|之前|上述)?(?:的)?(?:規則|規定|指示|指令)|不要管(?:規則|規定)|假裝|pretend|system prompt|系統提示|jailbreak|you are now|你現在是",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ScopeVerdict:
    in_scope: bool
    reason: str  # "vocabulary", "retrieval", or the out-of-scope marker kind
    injection: bool = False


def has_content(text: str) -> bool:
    """Does the text hold any letter, Han character or digit at all (emoji-only and punctuation do not)?"""
    return any(ch.isalnum() for ch in text)


def out_of_scope_marker(q: Query) -> str | None:
    """The kind of out-of-scope subject the question is about: a marker not anchored to our issuers,
    or a neighbouring subject whose target is someone else's (which no anchor overrides). A name glossed in the other
    language between its words ("the neurointerventional (神經介入) society", "心臟血管 (cardiovascular) 學會") is read with
    the gloss left out too."""
    return _text_marker(q.cues)


@lru_cache(maxsize=64)
def _text_marker(text: str) -> str | None:
    """`out_of_scope_marker` of a question's read text, remembered for the last few texts: the engine asks it before
    routing a question and `assess` again after retrieving for it (~0.7 ms each time)."""
    t = _scope_text(text)
    found = _marker(t)
    if found is None and _GLOSS.search(t):
        found = _marker(_GLOSS.sub("", t))
    if found is None and (bare := _without_asides(t)) != t:
        found = _marker(bare)
    if found is not None and found not in NEVER_OURS and (plain := _ASKED_ON_BEHALF.sub(" ", t)) != t:
        # the office or person the question comes from is who asks, not what is asked ("會計室問：…會被扣多少錢", "人事室
        # 想知道…", "our billing office wants to know …"): the question is read without them
        found = _marker(plain)
    return found


# Who a question is asked for or passed on from — an office, a department or a colleague, then a verb of asking
# ("會計室問：", "採購組的同事想知道", "人事室要我問", "財務處來問說", "our accounting office asks:", "the billing department wants
# to know", "procurement asked me —"): the asker's desk, which names no subject of the question.
_OFFICE_ZH = (r"(?:會計|会计|主計|主计|人事|總務|总务|採購|采购|財務|财务|出納|出纳|稽核|資訊|资讯|法務|法务|秘書|秘书|院長|院长|行政)"
              r"(?:室|處|处|科|組|组|部|部門|部门|單位|单位|中心|辦公室|办公室)?(?:的)?(?:同事|同仁|小姐|先生|主任|組長|组长|人員|人员|那邊|那边)?")
_ASKED_ON_BEHALF = re.compile(
    rf"(?:{_OFFICE_ZH})\s*(?:在|來|来|跑來|跑来|打電話來|打电话来|又)?(?:問|问|詢問|询问|想問|想问|想知道|要我問|要我问|請我問|请我问|叫我問|叫我问|"
    r"請教|请教|要知道)(?:說|说|我|一下)?\s*[：:，,、—–-]?|"
    r"\b(?:the|our|my)\s+(?:hospital'?s?\s+)?(?:accounting|accounts|finance|financial|billing|procurement|purchasing|HR|human\s+resources|"
    r"admin(?:istration|istrative)?|audit)\s+(?:office|department|dept\.?|team|desk|section|unit|staff|people|folks|colleagues?)?\s*"
    r"(?:asks?|asked(?:\s+me)?|is\s+asking|are\s+asking|wants?\s+to\s+know|wanted\s+to\s+know|needs?\s+to\s+know|queried)\b\s*[:,—–-]?",
    re.I)


# A short aside in brackets that elaborates the word before it ("a neurointerventional (stroke thrombectomy) operator certificate",
# "a neuro-IR (mechanical thrombectomy) certificate", "神經介入（中風取栓）的術者證書"): the name is read with the aside left out too.
# An aside that names ours ("（外科醫學會承認嗎）", "(not TSIR)", "（乳攝機）") is kept: it may be what makes the question ours.
_ASIDE = re.compile(r"\s*[（(]([^()（）]{1,40})[)）]")


def _without_asides(text: str) -> str:
    """The text with its short bracketed asides left out, those naming ours kept (`_ASIDE`)."""
    def drop(m: re.Match[str]) -> str:
        inner = m.group(1)
        return m.group(0) if ANCHOR.search(inner) or _OUR_ANCHOR.search(inner) or _OURS_IN_ASIDE.search(inner) else ""
    return _ASIDE.sub(drop, text)


# (our own subjects said inside an aside: a surgical meeting or credits, mammography, the instructor's domains)
_OURS_IN_ASIDE = re.compile(r"外科|\bsurg\w*|乳房|乳腺|乳攝|mammo|\bbreast\b|指導老師|instructor|積分|學分|\bcredits?\b|\bCME\b", re.I)
# A gloss in brackets: Han characters after a Latin word, or Latin words after Han characters
_GLOSS = re.compile(r"(?<=[A-Za-z])\s*[（(]\s*[\u4e00-\u9fff]{1,12}\s*[)）]|(?<=[\u4e00-\u9fff])\s*[（(]\s*[A-Za-z][A-Za-z\s-]{0,40}[)）]\s*")


# Ours named only as what another subject is compared with ("same percentage bands as mammo?", "跟乳攝一樣嗎", "比照乳攝"): the
# other subject is asked about, the comparison anchors nothing.
_COMPARED_WITH_OURS = re.compile(
    r"\b(?:same|similar|like|as\s+with|compared\s+(?:to|with)|the\s+way)\b[^?.;]{0,30}?\b(?:as|to|with|for)?\s*(?:the\s+|our\s+)?"
    r"(?:mammo\w*|breast\s+screening)\b|(?:跟|和|與|与|同|比照|參照|参照|像)\s*(?:乳攝|乳摄|乳房\s*X\s*光?\s*攝影|乳房攝影|乳房摄影)"
    r"(?:\s*(?:那樣|那样|一樣|一样|相同|類似|类似))?", re.I)


# Our instructor certificate set apart by name while another certificate or membership is asked ("the TSIR membership /
# specialist certificate (not the instructor one)", "專科醫師證書（不是指導醫師那張）怎麼換證"): that other certificate's rules
# are asked, which the instructor rule's renewal would only mislead about (SPEC §3: another certificate than the TSIR
# instructor certificate). The opposite ("the instructor one, not the specialist one") stays ours.
_INSTRUCTOR_SET_APART = re.compile(
    r"\b(?:not|other\s+than|rather\s+than|instead\s+of|apart\s+from|besides)\s+(?:the\s+|my\s+|our\s+|an?\s+)?(?:TSIR\s+)?"
    r"instructor(?:'s|’s)?(?:\s+(?:one|cert\w*|credential|certification|licen[cs]e))?\b|"
    r"(?:不是|不是指|非|而非|並非|并非|而不是)\s*(?:那張|那张|那個|那个)?\s*(?:指導老師|指导老师|指導醫師|指导医师)", re.I)
_OTHER_CERT_ASKED = re.compile(
    r"\b(?:specialist|specialty|board|membership|member)\b[^.?!;]{0,40}?\b(?:cert\w*|renew\w*|membership)|\bmembership\b|"
    r"專科(?:醫師)?(?:的)?(?:證書|證照|資格)|专科(?:医师)?(?:的)?(?:证书|证照|资格)|會員|会员", re.I)
_RENEWAL_OR_POINTS = re.compile(rf"{_RENEWAL.pattern}|\bpoints?\b|\bcredits?\b|積分|积分|學分|学分", re.I)


def _other_than_instructor_asked(t: str) -> bool:
    """Is another certificate or a membership asked about its renewal or points, our instructor certificate set apart by
    name (`_INSTRUCTOR_SET_APART`)?"""
    return bool(_INSTRUCTOR_SET_APART.search(t) and _OTHER_CERT_ASKED.search(t) and _RENEWAL_OR_POINTS.search(t))


def _marker(t: str) -> str | None:
    if _other_than_instructor_asked(t):
        return "other_certificate"
    anchored = ANCHOR.search(_COMPARED_WITH_OURS.sub(" ", t)) is not None
    for kind, pattern in OUT_OF_SCOPE:
        m = re.search(pattern, t, re.IGNORECASE)
        if m and (kind in NEVER_OURS or not anchored):
            # a clinical word beside one of our measures named outright ("tumor embo (TACE, drug eluting beads) — what's the
            # case count required?", "藥物課程可以拿幾個積分"): the measure is asked, the clinical word only names the procedure
            if kind == "clinical" and (_OUR_MEASURE_COUNTED.search(t) or _followup_figures_described(t)):
                continue
            # the ATLS course's co-organisers named ("ATLS run with the trauma society", "the emergency and critical care
            # society's ATLS course"): the course our 第五條第十三款 credits, not another society's own rules
            if kind == "other_society" and _ATLS.search(t) and _ATLS_HOST.fullmatch(m.group(0)) and not _THEIR_OWN.search(t) \
                    and not host_own_rules(t):
                continue
            # the radiology society's points given as a figure in our instructor's renewal ("換證…再加放射科學會積分 40"):
            # the renewal's radiology education points, not that society's rules
            if kind == "other_society" and _radiology_society_points(t, m):
                continue
            return kind
    found = foreign_target(t)
    if found == "other_society" and _ATLS.search(t) and _ATLS_HOST.search(t) and not _THEIR_OWN.search(t) and not host_own_rules(t) \
            and foreign_target(_ATLS_HOST.sub(" the course's hosts ", t)) is None:
        return None
    return found


# the host's own rules asked ("count ATLS toward its own renewal", "他們自己的積分"): theirs, not our clause
_THEIR_OWN = re.compile(r"\b(?:its|their)\s+own\b|(?:他們|他们|該會|该会|該學會|该学会)?自己(?:的)?", re.I)
# The ATLS course's co-organisers' (and the emergency physician's) own certificate, renewal or rules named ("the emergency
# medicine society's renewal rules", "dual boarded in EM", "急救加護醫學會的專科換證", "急診專科證書展延"): that board's rules are
# asked, whatever the ATLS course earns in ours (第五條第十三款) — unless our own credits are named beside it (外科, TSA, surgical).
_HOST_OWN_RULES = re.compile(
    r"\b(?:trauma|critical\s+care|emergency(?:\s+medicine)?|EM)\s+(?:surg\w*\s+)?(?:society|association|college|academy|board)(?:'s|’s)?\s+"
    r"(?:own\s+)?(?:\w+\s+)?(?:renewal|re-?certif\w*|recert\w*|rules|requirements?|certificat\w*|board\s+(?:renewal|cert\w*)|credit\s+system)|"
    r"\b(?:dual|double)[- ]board(?:ed|-certified|\s+certified)?\s+in\s+(?:EM|emergency|critical\s+care)\b|"
    r"\b(?:EM|emergency\s+medicine|critical\s+care)\s+(?:board|specialist|specialty)\s+(?:renewal|re-?certif\w*|recert\w*|certificat\w*)|"
    r"(?:外傷|外伤|急救加護|急救加护|急診|急诊|重症)(?:醫學會|医学会|學會|学会)(?:自己|本身)?(?:的)?(?:專科|专科|換證|换证|展延|延展|積分制度|积分制度|"
    r"規定|规定|認證|认证|甄審|甄审|證書|证书)|"
    r"(?:急診|急诊|重症|外傷|外伤)(?:醫學)?(?:專科|专科)(?:醫師|医师)?(?:的)?(?:證書|证书|換證|换证|展延|延展|積分|积分|甄審|甄审)", re.I)
_OUR_CREDITS_NAMED = re.compile(r"外科|\bsurg(?:ical|ery)\b|\bTSA\b", re.I)


def host_own_rules(text: str) -> bool:
    """Is the ATLS course's co-organisers' or an emergency physician's own certificate or renewal asked (`_HOST_OWN_RULES`),
    our surgical credits not named?"""
    return bool(_HOST_OWN_RULES.search(text)) and not _OUR_CREDITS_NAMED.search(text)
_ATLS = re.compile(r"\bATLS\b|高級外傷救命術|高级外伤救命术|advanced\s+trauma\s+life\s+support", re.IGNORECASE)
_ATLS_HOST = re.compile(r"(?:trauma|(?:emergency\s+(?:and\s+)?)?critical\s+care|emergency\s+medicine)\s+(?:surg\w*\s+)?"
                        r"(?:society|association|college|academy)|(?:society|association|college|academy)\s+of\s+"
                        r"(?:trauma|(?:emergency\s+(?:and\s+)?)?critical\s+care|emergency\s+medicine)", re.IGNORECASE)


_LAW_CLAUSE = re.compile(r"(?<!辦)法\s*第")  # 醫師法第8條: another law's article, not ours


def names_our_clause(text: str) -> bool:
    """Does the question name a clause of ours (第五條第三款, 二(五), tsa-cme/5.3, article 5 item 15)?
    Such a question stays in scope whatever else it mentions (SPEC §3)."""
    from knowledge.lookup import parse_references  # noqa: PLC0415 - light, but keep `import bot.scope` lighter

    return bool(parse_references(text)) and not _LAW_CLAUSE.search(text)


_OUR_REVIEW_ITEM = re.compile(
    # (the on-site test's items: the CR exposure index, the image storage / PACS and the reading workstations)
    r"曝(?:露|光)(?:指標|指标|指數|指数)|exposure\s+index|影像(?:儲存|储存|存檔|存档)|\bPACS\b|image\s+(?:storage|archiv\w*)|"
    r"閱片(?:系統|工作站|螢幕)|阅片(?:系统|工作站|萤幕)|reading\s+(?:workstation|monitor)s?|"
    r"clinical\s+image\s+(?:evaluation|assessment|review)|臨床影像評估|临床影像评估|self-?selected|sampled\s+(?:images?|films?)|"
    r"自選片|自选片|抽選片|抽选片|phantom|假體|假体|實地測試|实地测试|實測|实测|\bon-?site\s+(?:test\w*|QC|inspection|visit)|\bQC\b|品管|品保|"
    r"re-?read|複判|復判|复判|疑似陽性|疑陽|追蹤完成|追踪完成|"
    r"follow-?up\s+(?:review|audit|assessment)|(?:review\w*|audit\w*|assess\w*)\s+(?:at|in|during)\s+(?:the\s+)?follow-?up|"
    r"後續審查|后续审查|後審|续审|續審", re.I)
# (the films said pulled — "被抽了 6 組片子", "抽片" — and the grade asked as 幾等 are the same evaluation's)
_OUR_GRADE = re.compile(r"self-?selected|sampled\s+(?:images?|films?|sets?)|\bgrade[sd]?\b|自選片|自选片|抽選片|抽选片|評等|评等|臨床影像評估|临床影像评估|"
                        r"被抽(?:了|到|中)?[^，,。？?]{0,6}?(?:片|組|组)|抽片|(?:幾|几)等", re.I)
# Our review's own assessments by name: the written review (書面考核 / 書面審查, 一(二)), the on-site test and its items, the
# clinical image evaluation, the re-read (`_OUR_REVIEW_ITEM`).
_OUR_ASSESSMENT = re.compile(_OUR_REVIEW_ITEM.pattern + r"|書面考核|书面考核|書面審查|书面审查|書審|书审|(?:現場|现场)(?:檢測|检测|測試|测试)|"
                             r"\bwritten\s+(?:review|assessment|evaluation)\b|\bdocument(?:ary)?\s+review\b|\bpaper\s+review\b", re.I)
# The licence itself renewed, replaced or expiring: its own rules asked, whatever copy of it is named.
_LICENCE_RENEWED = re.compile(r"(?:執照|执照|換照|换照)[^，,。？?]{0,6}?(?:更新|換發|换发|展延|延展|到期|過期|过期|換|换)|換照|换照|"
                              r"\brenew\w*|\bexpir\w*|\blicen[cs]e\s+(?:renewal|replacement)", re.I)
# An exam named as already passed, only the start of a span our rules count ("外科專科醫師考試過了之後，第一次換證要幾分", "I passed the
# board exam in 2019 — how many years before I can apply to be an instructor"), and our certificate's renewal, its credits or the
# instructor's eligibility asked — no detail of the exam itself (its sign-up, syllabus, pass mark): `_exam_only_passed`.
_EXAM_PASSED = re.compile(r"(?:考試|考试|甄審|甄审|筆試|笔试|口試|口试|考)(?:已經|已经|都)?(?:過了|过了|考過|考过|考完|通過|通过|過|过|完)(?!程)|"
                          r"考(?:上|到|取)(?!什|哪|幾|几)|(?:通過|通过)(?:了)?[^，,。？?]{0,8}?(?:考試|考试|甄審|甄审)|"
                          r"\bpass(?:ed|ing)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){0,2}?(?:exams?|examinations?|boards?)\b|"
                          r"\b(?:after|since|once)\s+(?:I\s+)?(?:passed|passing|clearing|cleared)\b|\bboard[- ]certified\s+(?:in|since)\s+\d{4}\b", re.I)
_OURS_AFTER_EXAM = re.compile(r"換證|换证|展延|延展|繼續教育|继续教育|積分|积分|學分|学分|指導老師|指导老师|\binstructor\b|"
                              r"\bcredits?\b|\bCME\b|\brenew\w*|\bre-?certif\w*", re.I)
_EXAM_DETAIL = re.compile(r"報名|报名|範圍|范围|科目|及格|題|题|怎麼考|怎么考|考什麼|考什么|考哪|考試(?:日期|時間)|考试(?:日期|时间)|"
                          r"\bpass(?:ing)?\s+(?:score|mark)|\bsyllabus\b|\bsit\b|\bregist\w*\s+for\b|\bexam\s+(?:date|fee|format|contents?)", re.I)


def _exam_only_passed(text: str) -> bool:
    """Is the exam named only as passed before our certificate's renewal, credits or instructor eligibility are asked, no other
    specialty's board named ("passed the family medicine boards — credits to renew?" is that board's)?"""
    return bool(_EXAM_PASSED.search(text)) and bool(_OURS_AFTER_EXAM.search(text)) and not _EXAM_DETAIL.search(text) \
        and not re.search(_FIELD, text) and not re.search(_FIELD_EN, text, re.I)


_EXAM_COUNT = re.compile(r"\d[\d,]*\s+(?:[a-z-]+\s+){0,2}exam(?:s|inations?)\b", re.I)
_BOARD_EXAM = re.compile(r"board\s+(?:exam|certif)|written|oral\s+exam|passing|pass\s+(?:the|it)\b|sit\s+(?:for|the)\b|考試|筆試|口試", re.I)


def neighbour_kind(q: Query, cache_dir: Path | None = None, *, topic: bool = True,
                   reads_as_ours: Callable[[], bool] | None = None,
                   past_cues: Callable[[], None] | None = None) -> str | None:
    """The out-of-scope kind of the question (SPEC §3), or None when it is ours: small talk first;
    then a question naming a clause of ours stays in; then the cue lists and whose body or
    certificate it names; then (`topic`) the e5 topic classifier against bot/scope_prototypes.yaml,
    unless `reads_as_ours()` says the question's own facts fill one of our calculations (asked
    only when a hint word sends the question to the classifier). `past_cues()` is called once the
    cue lists have left the question ours, before the classifier (the engine starts its encoder
    there: a question the cue lists send out of scope costs no encode)."""
    marker = out_of_scope_marker(q)
    if marker in NEVER_OURS:
        return marker
    ours = names_our_clause(q.text)
    if marker and not ours:
        return marker
    if past_cues is not None:
        past_cues()
    if ours or not topic:
        return None
    from bot.scope_model import has_hint, topic_neighbour  # noqa: PLC0415 - numpy and the encoder only when asked

    if not has_hint(q.folded) or (reads_as_ours is not None and reads_as_ours()):
        return None
    found = topic_neighbour(q.folded, cache_dir)
    # A training or exam named only as the asker's errand, the sentence that asks about ours (`context_only`).
    if found and found[0] in ("training", "exam") and (context_only(q.cues) or our_rules_purpose_asked(q.cues)):
        return None
    # A course's credit application asked, however "accredited" reads ("how far in advance must a hospital apply for its course to
    # be accredited?"): our 第四條, not a hospital's accreditation.
    if found and found[0] == "other_regulation" and _COURSE_APPROVAL.search(q.cues):
        return None
    # A training period that earns credits ("a 3-month fellowship … the monthly training points") is our
    # 第五條第九款 (進修), not a residency or board-training question.
    if found and found[0] == "training" and (_CREDIT_WORD.search(q.cues) or _INSTRUCTOR_DUTY.search(q.cues)):
        return None
    # A residency named only as when the years as a specialist began, our instructor certificate asked (`_residency_only_dates`).
    if found and found[0] == "training" and _residency_only_dates(q.cues):
        return None
    # A short training stint or a fellowship abroad, no residency named ("who reviews a 2-week fellowship abroad?", "兩週的國外
    # 進修誰審"): our 進修 of a month or less goes to the Education Committee (第五條第九款), not a residency question.
    if found and found[0] == "training" and _SHORT_STINT.search(q.cues) and not _RESIDENCY_NAMED.search(q.cues):
        return None
    # The training our image evaluation's grade C or D sends a radiographer to ("抽選片平均 322 是幾等，要上 40 小時訓練嗎"):
    # the review's own measure (二(一)2), not a residency's.
    if found and found[0] == "training" and _OUR_GRADE.search(q.cues):
        return None
    # One of our review's own assessments named, the exam only everyday speech for it ("書面考核到底在考啥", "实地测试都考哪些项目",
    # "what does the written review test us on"), no board, licence or national exam named (`_EXAM_BODY`): what our review
    # examines is asked, no one's examination sat.
    if found and found[0] == "exam" and _OUR_ASSESSMENT.search(q.cues) and not _EXAM_BODY.search(q.cues):
        return None
    # An exam named only as passed, our renewal, credits or instructor eligibility asked after it (`_exam_only_passed`).
    if found and found[0] == "exam" and _exam_only_passed(q.cues):
        return None
    # The licence named only as a document our rule asks attached ("do I attach my practising licence or is a scan fine"), its
    # renewal not asked: the attachment is ours (第五條第十五款), as in the cue lists (`_LICENCE_COPY`).
    if found and found[0] == "licence" and _LICENCE_COPY.search(q.cues) and not _LICENCE_RENEWED.search(q.cues):
        return None
    # The licence named among the staff's documents our follow-up review checks ("for the follow-up review, what do they verify about
    # the staff — just licences or also CE hours?", "後續審查查核人員只看執照嗎"), its renewal not asked: the review's staff check
    # (一(一)1), not the licence's own rules.
    if found and found[0] == "licence" and _HPA_FOLLOWUP_REVIEW.search(q.cues) and not _LICENCE_RENEWED.search(q.cues):
        return None
    # A count of examinations ("80 exams today", "510 mammo exams last month") is a screening volume of ours,
    # not a board exam.
    if found and found[0] == "exam" and _EXAM_COUNT.search(q.cues) and not _BOARD_EXAM.search(q.cues):
        return None
    # A patient's examination counted in our measures ("別家醫院做的切片，算我們的追蹤完成嗎"): ours, not a clinical choice.
    if found and found[0] == "clinical" and (_OUR_MEASURE_COUNTED.search(q.cues) or _followup_figures_described(q.cues)):
        return None
    # Which of our instructor domains a patient's procedure counts under ("病人的栓塞要算腫瘤栓塞還是非腫瘤栓塞", "does her TACE count
    # as tumour embolization"): the certificate's classification (第二條), however clinical its words.
    if found and found[0] == "clinical" and asks_domain_of(q.cues):
        return None
    # A grade of our image evaluation asked, no examination or treatment named ("is her grade based on the better set or the
    # average?"): ours, however "better" reads.
    if found and found[0] == "clinical" and _OUR_GRADE.search(q.cues) and not re.search(_CLINICAL_ACT, q.cues, re.I):
        return None
    # An item of our follow-up review named (clinical image evaluation, the QC tests, the re-read, the follow-up review
    # itself) beside "accreditation" ("is clinical image evaluation reviewed at follow-up or only at the initial accreditation?"):
    # the facility's review is ours, however its first accreditation is called. (Another body's accreditation named outright —
    # ACR, hospital accreditation — is the cue lists' above.)
    if found and found[0] == "other_regulation" and _OUR_REVIEW_ITEM.search(q.cues):
        return None
    # The same item named beside a word the classifier reads as a clinical ask ("實測那天要不要派資訊室的人", "does the on-site
    # test check our PACS too, should IT be there"), no patient and no examination or treatment named: the regulation's own word
    # decides, not the shape of the ask.
    if found and found[0] == "clinical" and _OUR_REVIEW_ITEM.search(q.cues) \
            and not re.search(_CLINICAL_ACT, q.cues, re.I) and not re.search(_PATIENT, q.cues, re.I):
        return None
    # A fee or a payment our rules set (the accreditation fee and who is exempt, the excess volume not paid).
    if found and found[0] == "billing" and _OUR_PAYMENT.search(q.cues):
        return None
    # The screening subsidy's deduction asked beside our follow-up's own counts ("疑似陽性 240 位，追完 171 位，健康署補助總共
    # 1,850,000，會被扣多少", "HPA subsidy 2.1M, 300 suspected positives — how much is docked?"), however far apart the words:
    # our follow-up completion deduction (二(五)), not the insurer's billing — unless the insurer is named (`_INSURER_NAMED`).
    if found and found[0] == "billing" and _subsidy_deduction_asked(q.cues):
        return None
    return found[0] if found else None


_COURSE_APPROVAL = re.compile(
    r"\b(?:courses?|lectures?|seminars?|symposi(?:um|a)|workshops?|talks?)\b[^?.]{0,40}?\b(?:accredit\w*|approv\w*|recogni[sz]\w*|credit\w*)|"
    r"\b(?:accredit\w*|approv\w*|recogni[sz]\w*)\s+(?:\w+\s+){0,3}?(?:courses?|lectures?|seminars?|workshops?)\b|"
    r"(?:課程|演講|研討會|講習會)[^，,。？?]{0,12}?(?:認定|核可|認證|積分|學分)", re.I)


# Bigrams that carry no topic (question words, pronouns): they match any text.
_STOP_BIGRAMS = {"可以", "什麼", "如何", "怎麼", "哪裡", "請問", "我們", "你們", "是否", "需要", "要求", "的話", "有沒",
                 "沒有", "多少", "時候", "一下", "一個", "這個", "那個", "因為", "所以", "還是", "或是", "已經", "現在"}
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Characters of talk rather than topic (particles, pronouns, modal and linking words): a bigram with one
# of them ("發嗎", "寄的", "還是") matches nothing in a clause and only dilutes the share of a chatty question.
_FILLER = frozenset("的了嗎吧呢啊呀嘛喔哦是在把被就都也還很這那些個們我你他她它哪誰麼怎樣如果可以要會能有沒不先再又才跟和與及或說想用等")
# Words any office form shares (an application, its documents, uploading them): no topic of ours by themselves.
_CLERICAL_BIGRAMS = {"申請", "資料", "文件", "線上", "上傳", "網路", "醫院", "時間", "規定", "公布", "辦理", "準備", "繳交", "費用"}


def coverage(question: str, texts: list[str], *, content_only: bool = False) -> tuple[int, float]:
    """How many of the question's topical Chinese bigrams occur in the clause texts, and what share
    (`content_only`: leaving out bigrams with a filler character and the clerical ones)."""
    grams = {run[i:i + 2] for run in _HAN_RUN.findall(question) for i in range(len(run) - 1)} - _STOP_BIGRAMS
    if content_only:
        grams = {g for g in grams if g[0] not in _FILLER and g[1] not in _FILLER} - _CLERICAL_BIGRAMS
    if not grams:
        return 0, 0.0
    haystack = "\n".join(texts)
    found = sum(1 for g in grams if g in haystack)
    return found, found / len(grams)


_EN_WORD = re.compile(r"[a-z]{3,}")
EN_STOP = frozenset(  # English words that carry no topic (also bot.rules_answer)
    "the and for are can does did what how many much when who which with that this there have has will would should "
    "could may must need any our your their from into about per each under over than then they them was were been "
    "being also only just like get got its it's you yours we i'm i've not but all some other another same such one "
    "two yes here please tell know want say says said make made does don't doesn't isn't aren't".split())


def english_coverage(question: str, texts: list[str]) -> tuple[int, float]:
    """How many of the question's English content words occur in the texts (the clauses' English gists), and what share."""
    words = {w for w in _EN_WORD.findall(question.lower()) if w not in EN_STOP}
    if not words:
        return 0, 0.0
    haystack = "\n".join(texts).lower()
    found = sum(1 for w in words if re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", haystack))
    return found, found / len(words)


# Words any office question shares with the asks (where, when, apply, send, online …): no topic of ours.
_EN_CLERICAL = frozenset("where when why what which apply applying application applications send sent submit submitted "
                         "submitting online form forms hospital hospitals office need needs needed time times fee fees pay paid "
                         "post mail email upload park parking staff".split())


def asks_coverage(question: str, texts: list[str], asks: list[str]) -> bool:
    """Does the question say what the best clauses' asks say (the questions people ask that a clause answers,
    in their own words)? Only content counts: Chinese bigrams without filler or clerical words, English
    words without question and office words — so "醫院停車證怎麼申請" finds nothing there."""
    if not asks:
        return False
    found, share = coverage(question, texts + asks, content_only=True)
    if found >= 2 and share >= 0.5:
        return True
    words = {w for w in _EN_WORD.findall(question.lower()) if w not in EN_STOP and w not in _EN_CLERICAL}
    if len(words) < 2:
        return False
    haystack = "\n".join(texts + asks).lower()
    hit = sum(1 for w in words if re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", haystack))
    return hit >= 2 and hit / len(words) >= 0.5


# Where to get the application form and how to hand in the application ("申請表去哪裡下載", "申請文件寄還是上傳",
# "where do I download the application form"): each of our texts says so, and the form named bare is ours —
# another office's form names its own thing first ("停車證申請表", "the parking permit application form").
_APPLICATION_FORM = re.compile(
    r"(?:^|(?<=[\s,，。;；:：?？!！]|的|個|份|張|些|要|我|那|這))申請(?:表格?|書|文件|資料|檔案)"
    r"[^。？?!！]{0,16}?(?:下載|載|哪裡|哪裏|哪兒|去哪|在哪|怎麼交|如何交|交給|交到|繳交|寄|送到|送去|上傳|線上|網路|網上|紙本|電子|e-?mail)|"
    r"(?:^|(?<=\s))(?:(?:the|an?|my|our|this|that)\s+)?application\s+(?:form|documents?|packet|paperwork|materials?)\b"
    r"[^.?!]{0,40}?\b(?:where|download|submit\w*|send|sent|mail\w*|post(?:ed)?|upload\w*|online|paper|e-?mail)\b|"
    r"\b(?:where|how)\s+(?:do|can|should)\s+(?:i|we)\s+(?:get|download|find|submit|send|hand\s+in)\s+(?:the|an?|my|our)\s+"
    r"application(?:\s+(?:form|documents?|packet|paperwork))?\b|"
    # the documents said bare at the head of the question, and how or where they are sent ("資料是要線上傳還是用寄的？寄去哪裡",
    # "文件用郵寄的嗎", "证明要寄到哪"): the application's submission, which our texts set (郵寄至本學會)
    # (… or named by the procedure they are for, "審查資料要怎麼送", "送審的文件可以用 email 寄嗎", "换证材料能发邮件吗": the review's or
    # the application's documents, whose sending our texts set — never a bare 資料 of something else, "病歷資料")
    r"(?:^|(?<=[\s,，。;；:：?？!！]))(?:(?:審查|审查|審核|审核|送審|送审|申請|申请|換證|换证|展延|延展|認證|认证|積分|积分)\s*(?:的|用|要用的|要交的)?\s*)?"
    r"(?:資料|资料|材料|文件|證明文件|证明文件|證明|证明)(?:是)?(?:要|需要|得)?(?:用)?[^。？?!！]{0,12}?"
    r"(?:線上傳|线上传|網路傳|网路传|上傳|上传|郵寄|邮寄|用寄|寄到|寄去|寄給|寄给|親送|亲送|怎麼送|怎么送|如何送|送到哪|送去哪|怎麼交|怎么交|如何交|"
    r"e-?mail|電郵|电邮|電子郵件|电子邮件|發郵件|发邮件|紙本|纸本|紙質|纸质)|"
    # the same in English: the review's or the application's documents, and whether they are emailed, posted or uploaded
    r"\b(?:review|application|renewal|supporting|required)\s+(?:documents?|papers?|paperwork|materials?|files?|forms?)\b[^.?!]{0,40}?"
    r"\b(?:e-?mail\w*|mail(?:ed)?|post(?:ed)?|on\s+paper|paper\s+cop\w*|hard\s+cop\w*|upload\w*|online|send|sent|submit\w*)\b", re.I)
# The regulation itself amended or put in force ("這個辦法如果要改條文，要經過誰通過", "本辦法修正要報哪裡備查", "how is this
# regulation amended, who approves changes"): its own closing article (第十一條: 理事會通過、報請衛生主管機關備查), ours.
# The regulation's own notes and the letter they quote asked ("the notes at the end quote a 1996 health dept letter — which
# letter number?", "備註引用的衛生署函是哪一號", "附註那封函的日期"): the text itself (第十一條備註二), whatever else it shares.
_NOTE_LETTER = re.compile(
    r"\b(?:notes?|footnotes?|remarks?|annotations?|appendix)\b[^?.!]{0,60}?\b(?:letter|ruling|circular|directive)s?\b|"
    r"\b(?:letter|ruling|circular)\b[^?.!]{0,40}?\b(?:cited|quoted|referenced|mentioned)\s+(?:in|at)\s+the\s+(?:notes?|end|bottom|footnotes?)\b|"
    r"(?:備註|备注|附註|附注)[^。？?!！]{0,24}?(?:函|文號|文号|字號|字号)|(?:函|函釋|函释)[^。？?!！]{0,10}?(?:文號|文号|字號|字号|幾號|几号|哪一號|哪一号)",
    re.I)
_TEXT_AMENDED = re.compile(
    r"(?:這個|这个|這套|这套|這份|这份|這|这|本|此|該|该)(?:積分|积分|認證|认证|審查|审查|後續審查|后续审查|作業|作业)?(?:辦法|办法|規定|规定|認證辦法|认证办法)"
    r"[^。？?!！]{0,12}?(?:改|修正|修訂|修订|增訂|增订|通過|通过|實施|实施|備查|备查|生效)|"
    r"(?:改|修改|修正|修訂|修订)(?:條文|条文)[^。？?!！]{0,16}?(?:誰|谁|通過|通过|報|报|備查|备查)|"
    r"\b(?:this|the)\s+(?:regulation|rules?)\s+(?:\w+\s+){0,3}?(?:amended|changed|revised)\b[^?.]{0,40}?\b(?:who|approv\w*|board)\b", re.I)


# Who reviews an application and how its result is made known ("who actually reviews the applications, how do I find out if I
# passed", "認定是誰在審", "通過名單會公告嗎"): each of our texts names its reviewing body and how it announces (tsa 第四條第一款,
# tsir 第七條). (A board exam's or another body's review is a neighbour's, sent out by the cue lists before this.)
_WHO_DECIDES = re.compile(
    r"(?:誰|谁|哪個單位|哪个单位|什麼單位|什么单位|哪個委員會|哪个委员会)(?:在|來|来|負責|负责)?(?:審|审|核|認定|认定|決定|决定)|"
    r"(?:審查|审查|審核|审核)(?:的)?結果[^。？?]{0,10}?(?:公告|通知|哪裡看|哪里看|怎麼知道|怎么知道)|通過名單|通过名单|"
    r"\bwho\s+(?:actually\s+|really\s+)?(?:reviews?|approves?|decides?|assesses?|checks?)\b[^?]{0,30}?\b(?:applications?|credits?|certificat\w*|requests?)\b|"
    r"\b(?:find\s+out|know|be\s+notified|hear)\b[^?]{0,20}?\b(?:if|whether)\s+(?:i|we|it|they|my\s+\w+)\s+(?:passed|(?:was|were|got)\s+approved)\b", re.I)


# Which of article 2's domains a technique belongs to ("BRTO 算哪一個領域", "does a PAE count as non-tumour embolization",
# "TIPS 歸在哪一類"): the domains are our instructor rule's, and their techniques are named by the calculator's own vocabulary.
_CLASSIFY = re.compile(r"領域|哪一?(?:類|種|組|項|個)|算(?:在|是)?哪|歸(?:在|到|於)?哪|屬於|算不算|算是|\bdomains?\b|"
                       # two of our domains offered ("要算腫瘤栓塞還是非腫瘤栓塞")
                       r"算(?:作|做|成)?[^，,。？?]{1,12}?(?:還是|还是|或是)|"
                       r"\bwhich\s+(?:area|field|category|group)\b|\bcount(?:s|ed)?\s+(?:as|toward|towards|under)\b|"
                       r"\bfalls?\s+under\b|\bbelongs?\b|\bclassif\w*", re.I)
_DOMAIN_TERMS: re.Pattern[str] | None = None


def asks_domain_of(text: str) -> bool:
    """Does the question ask which of our instructor domains a technique named in it belongs to?"""
    global _DOMAIN_TERMS
    if not _CLASSIFY.search(text):
        return False
    if _DOMAIN_TERMS is None:
        from calculators.vocab_tsir import DOMAIN_WORDS  # noqa: PLC0415 - the calculator's own technique names

        _DOMAIN_TERMS = re.compile("|".join(f"(?:{w})" for w in DOMAIN_WORDS.values()), re.I)
    return bool(_DOMAIN_TERMS.search(text))


# Where the question proper begins after a chatty preamble — a greeting, who the asker is, how they came to the job ("各位好～我是
# X醫院乳篩窗口，上個月剛接手業務，前任留下來的資料亂七八糟😅 想問一下：…", "Hi all, new coordinator here, my predecessor left a
# mess. Quick question: …"): the words that announce the question. Only the first counts (a later 請問 opens a second ask).
_ASK_OPENER = re.compile(
    r"(?:想|要|想要)?(?:問一下|问一下|請問一下|请问一下|請問|请问|請教一下|请教一下|請教|请教|問問|问问|問個問題|问个问题|問題是|问题是|"
    r"確認一下|确认一下)(?:一下)?(?:各位|大家|一下)?\s*[：:，,～~—\-]*\s*|"
    r"(?:想|要)(?:問|问)(?:的是)?\s*[：:，,～~—\-]+\s*|"
    r"\b(?:quick\s+question|my\s+question\s+is|the\s+question\s+is|i\s+(?:just\s+)?(?:wanted|want|would\s+like|need)\s+to\s+(?:ask|check|know)|"
    r"(?:i\s+was|i'?m|i\s+am)\s+wondering|question\s+for\s+(?:you|the\s+group|everyone))\b\s*(?:[:,—\-]|\bif\b|\bwhether\b)?\s*",
    re.IGNORECASE)
_PREAMBLE_MIN = 6  # characters of preamble before the opener (a bare "請問…" has none to leave out)


def asked_part(text: str) -> str | None:
    """The question without its preamble: what follows the first words that announce it (`_ASK_OPENER`), or else the
    sentences that end in a question mark (bot.parts.asked_sentences); None when there is no preamble to leave out.
    Read by the scope check only where the whole message would be refused: context said before a question of ours
    (a new post, a predecessor's mess) dilutes the words the clauses share with it, it does not make it another subject."""
    m = _ASK_OPENER.search(text)
    if m is not None and m.start() >= _PREAMBLE_MIN and len(rest := text[m.end():].strip()) >= 6:
        return rest
    from bot.parts import asked_sentences  # noqa: PLC0415 - parts imports this module's neighbours
    asked = asked_sentences(text)
    return asked if asked and len(asked) < len(text) else None


def assess(q: Query, hit_texts: list[str] | None = None, top_via: list[str] | None = None,
           english_terms: list[str] | None = None, ask_texts: list[str] | None = None,
           top_asks: list[str] | None = None) -> ScopeVerdict:
    """In or out of scope: out-of-scope markers first, then our vocabulary, then how much of the
    question the best retrieved clauses actually contain (a dense match alone is what any sentence
    gets, the weather included; a shared word like 申請 or 醫院 is not enough either), then whether
    it says what the asks of those clauses say (`ask_texts`, content words only)."""
    injection = bool(INJECTION.search(q.text))
    marker = neighbour_kind(q, topic=False)  # the engine has asked the topic classifier already
    if marker:
        return ScopeVerdict(False, marker, injection)
    if IN_SCOPE.search(q.cues):
        return ScopeVerdict(True, "vocabulary", injection)
    if bare_title_of_ours(q.text):  # a bare 指導醫師 asked of our certificate's subjects (續證, 終身, 效期 …): ours
        return ScopeVerdict(True, "vocabulary", injection)
    if asks_domain_of(q.cues):
        return ScopeVerdict(True, "domain", injection)
    if _APPLICATION_FORM.search(q.cues):
        return ScopeVerdict(True, "application", injection)
    if _TEXT_AMENDED.search(q.cues):
        return ScopeVerdict(True, "amendment", injection)
    if _NOTE_LETTER.search(q.cues):
        return ScopeVerdict(True, "note", injection)
    if _WHO_DECIDES.search(q.cues):
        return ScopeVerdict(True, "review_body", injection)
    if top_via and "lookup" in top_via:
        return ScopeVerdict(True, "lookup", injection)  # the question names one of our clauses
    texts = hit_texts or []
    found, share = coverage(q.text, texts)
    # Bigrams across word joints dilute the share, so several matches at a lower share also count.
    if share >= 0.5 or (found >= 3 and share >= 0.3):
        return ScopeVerdict(True, "retrieval", injection)
    # A chatty question ("報到的時候就先發嗎…"): its content words, without the filler, must mostly be there.
    found, share = coverage(q.text, texts, content_only=True)
    if found >= 3 and share >= 0.4:
        return ScopeVerdict(True, "retrieval", injection)
    # English: the regulation's own terms that the question maps to must be in the clauses found,
    # or most of its content words in the clauses' English gists (hit_texts carry them).
    terms = [t for t in (english_terms or []) if any(t in x for x in texts)]
    if len(terms) >= 2:
        return ScopeVerdict(True, "retrieval", injection)
    found_en, share_en = english_coverage(q.text, texts)
    if found_en >= 2 and share_en >= 0.4:
        return ScopeVerdict(True, "retrieval", injection)
    if asks_coverage(q.text, texts, ask_texts or []):
        return ScopeVerdict(True, "asks", injection)
    # The three retrievers agree on the best clause (its words, its meaning and the questions it answers) and
    # the question shares two content words with it ("出國開會回來要報分，要交什麼"): a question of ours in its own words.
    # (English: three of its content words in that clause's English gist — "…how old it is, when we plan to scrap it,
    # whether it's been moved around" against the unit's age, scrapping age and relocations)
    # The best clause's asks are its questions in users' words ("國外開會回來要附什麼" beside its "出國開會申請積分要附什麼"),
    # read with its text (`top_asks`) — the asks only add to a word the clause itself has ("國外" there, "開會", "附什" in its asks),
    # three words in all, never stand for it alone (a generic "超过" and "小時" are no topic of ours).
    best = texts[:1] + list(top_asks or [])
    own = coverage(q.text, texts[:1], content_only=True)[0]
    if top_via and {"lexical", "dense", "ask"} <= set(top_via) and (
            own >= 2 or (own >= 1 and coverage(q.text, best, content_only=True)[0] >= 3)
            or english_coverage(q.text, texts[:1])[0] >= 3):
        return ScopeVerdict(True, "agreement", injection)
    return ScopeVerdict(False, "no_match", injection)
