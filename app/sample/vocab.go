package sample

// tr is one phrase in both editions. English phrases start in lower case
// where they can begin a sentence, so the sentence builder alone decides
// on capitals.
type tr struct{ ja, en string }

// titles are whole release titles, the way ministries word them.
var titles = []tr{
	{"日英デジタルパートナーシップ政務級会合を開催しました", "Ministerial-Level Meeting of the Japan-UK Digital Partnership Held"},
	{"IoT製品セキュリティ適合性評価制度の相互承認に関する基本方針を公表します", "Basic Policy on Mutual Recognition of IoT Product Security Assessment Published"},
	{"信頼性のある自由なデータ流通（DFFT）の具体化に向けた共同声明を発出しました", "Joint Statement on the Operationalization of Data Free Flow with Trust (DFFT) Issued"},
	{"AIガバナンスに関する日英政策対話を開催しました", "Japan-UK Policy Dialogue on AI Governance Held"},
	{"半導体サプライチェーン強靱化支援事業の公募を開始します", "Call for Proposals under the Semiconductor Supply Chain Resilience Program Opens"},
	{"G7デジタル・技術大臣会合の結果を取りまとめました", "Outcome of the G7 Digital and Tech Ministers' Meeting Compiled"},
	{"中小企業のDX推進に向けた補助事業の採択結果を公表します", "Results of the Subsidy Program for the DX of Small Businesses Announced"},
	{"OECDデジタル経済政策委員会の閣僚級会合に出席しました", "OECD Digital Economy Policy Committee Ministerial Meeting Attended"},
}

// subjects act in sentences: ministries, governments, agencies.
var subjects = []tr{
	{"両国", "the two sides"},
	{"日英両政府", "the Japanese and UK governments"},
	{"経済産業省", "the Ministry of Economy, Trade and Industry"},
	{"総務省", "the Ministry of Internal Affairs and Communications"},
	{"デジタル庁", "the Digital Agency"},
	{"参加各国", "the participating countries"},
	{"関係府省庁", "the ministries concerned"},
	{"本会合の参加者", "the participants"},
	{"独立行政法人情報処理推進機構（IPA）", "the Information-technology Promotion Agency (IPA)"},
	{"国立研究開発法人新エネルギー・産業技術総合開発機構（NEDO）", "the New Energy and Industrial Technology Development Organization (NEDO)"},
	{"日英の関係機関", "the bodies concerned in Japan and the UK"},
}

// topics are policy subjects; the acronyms among them appear in both
// editions, as checkers of Latin-script tokens expect.
var topics = []tr{
	{"AIガバナンス", "AI governance"},
	{"生成AIの利活用", "the use of generative AI"},
	{"信頼性のある自由なデータ流通（DFFT）", "Data Free Flow with Trust (DFFT)"},
	{"DFFTの具体化", "putting DFFT into practice"},
	{"IoT製品のセキュリティ確保", "IoT product security"},
	{"半導体サプライチェーンの強靱化", "resilient semiconductor supply chains"},
	{"Beyond 5G/6Gの研究開発", "Beyond 5G/6G research"},
	{"Open RANの普及", "the spread of Open RAN"},
	{"越境データ移転", "cross-border data transfers"},
	{"サイバーセキュリティ対策", "cybersecurity measures"},
	{"デジタル人材の育成", "digital skills training"},
	{"中小企業のDX", "the DX of small businesses"},
	{"GXの推進", "promoting GX"},
	{"量子技術の研究開発", "quantum research"},
	{"脱炭素化", "decarbonization"},
	{"重要鉱物の安定供給", "a stable supply of critical minerals"},
	{"スタートアップ支援", "startup support"},
	{"ガバメントクラウドの活用", "the use of Government Cloud"},
	{"海底ケーブルの強靱化", "resilient submarine cables"},
	{"国際標準化", "international standardization"},
	{"5G基地局の整備", "the rollout of 5G base stations"},
	{"データセンターの地方分散", "regional data centers"},
	{"EVの普及", "EV uptake"},
	{"水素の利活用", "the use of hydrogen"},
	{"IoT機器の脆弱性対策", "fixing IoT device flaws"},
}

// fora are multilateral bodies named by their acronym in both editions.
var fora = []tr{
	{"G7", "the G7"}, {"G20", "the G20"}, {"OECD", "the OECD"}, {"APEC", "APEC"},
	{"WTO", "the WTO"}, {"ASEAN", "ASEAN"}, {"IEA", "the IEA"}, {"ITU", "the ITU"},
}

// places are where meetings are held.
var places = []tr{
	{"東京", "Tokyo"}, {"ロンドン", "London"}, {"大阪", "Osaka"}, {"パリ", "Paris"},
	{"ジュネーブ", "Geneva"}, {"広島", "Hiroshima"}, {"名古屋", "Nagoya"}, {"福岡", "Fukuoka"},
	{"仙台", "Sendai"}, {"札幌", "Sapporo"},
}

// bodies are groups set up to carry work forward.
var bodies = []tr{
	{"作業部会", "working group"}, {"官民協議会", "public-private council"},
	{"専門家会合", "expert panel"}, {"共同研究センター", "joint research center"},
	{"連絡調整会議", "liaison committee"}, {"推進本部", "promotion headquarters"},
}

// urlDirs are path segments of the (fictitious) ministry site.
var urlDirs = []string{"press", "policy/digital", "policy/it_policy", "mono_info_service", "policy/external_economy", "information"}

// topHeads name first-level sections.
var topHeads = []tr{
	{"概要", "Overview"}, {"背景", "Background"}, {"目的", "Purpose"},
	{"基本的な考え方", "Basic approach"}, {"主な成果", "Main outcomes"},
	{"会合の概要", "Summary of the meeting"}, {"共同声明の概要", "Summary of the joint statement"},
	{"支援の内容", "Details of support"}, {"実施体制", "Implementation structure"},
	{"今後の予定", "Next steps"}, {"対象事業", "Eligible projects"}, {"応募方法", "How to apply"},
	{"留意事項", "Notes"}, {"関連施策", "Related measures"}, {"評価の手順", "Assessment procedure"},
	{"対象範囲", "Scope"},
}

// subHeads name sections below the first level.
var subHeads = []tr{
	{"AI", "AI"}, {"データ", "Data"}, {"半導体", "Semiconductors"},
	{"サイバーレジリエンス", "Cyber resilience"}, {"将来の通信技術", "Future telecoms"},
	{"デジタル・ガバメント", "Digital government"}, {"人材育成", "Talent development"},
	{"研究開発", "Research and development"}, {"国際連携", "International cooperation"},
	{"標準化", "Standardization"}, {"重要鉱物", "Critical minerals"}, {"脱炭素化", "Decarbonization"},
	{"対象製品", "Covered products"}, {"対象外の製品", "Excluded products"}, {"申請", "Application"},
	{"審査", "Review"}, {"補助対象経費", "Eligible expenses"}, {"補助率", "Subsidy rate"},
	{"スケジュール", "Schedule"}, {"IoT製品セキュリティ", "IoT product security"},
	{"DFFT", "DFFT"}, {"Open RAN", "Open RAN"}, {"GX", "GX"},
}

// itemLists are the short entries of the lowest lists, grouped so one
// list names things of one sort, as real lists do.
var itemLists = [][]tr{
	{
		{"家庭用ルーター", "Home routers"}, {"ネットワークカメラ", "Network cameras"},
		{"スマートスピーカー", "Smart speakers"}, {"産業用制御機器", "Industrial control devices"},
		{"スマートロック", "Smart locks"}, {"ウェアラブル端末", "Wearable devices"},
		{"車載機器", "In-vehicle devices"}, {"医療機器", "Medical devices"},
	},
	{
		{"申請書", "Application form"}, {"技術文書", "Technical documentation"},
		{"試験報告書", "Test report"}, {"事業計画書", "Business plan"},
		{"誓約書", "Letter of commitment"}, {"決算書の写し", "Copy of financial statements"},
		{"役員名簿", "List of officers"}, {"実施体制図", "Organization chart"},
	},
	{
		{"人件費", "Personnel costs"}, {"設備費", "Equipment costs"}, {"外注費", "Outsourcing costs"},
		{"旅費", "Travel expenses"}, {"委託費", "Contract costs"}, {"見積書", "Quotation"},
		{"消耗品費", "Supplies"}, {"会議費", "Meeting costs"},
	},
	{
		{"大学・研究機関", "Universities and research institutes"}, {"中小企業", "Small and medium-sized enterprises"},
		{"スタートアップ", "Startups"}, {"地方公共団体", "Local governments"},
		{"業界団体", "Industry associations"}, {"金融機関", "Financial institutions"},
	},
}

// connectors open a second or third sentence.
var connectors = []tr{
	{"また、", "in addition, "}, {"さらに、", "furthermore, "}, {"その上で、", "on that basis, "},
	{"なお、", "note that "}, {"このため、", "to that end, "},
}

// divisions answer the closing contact block.
var divisions = []tr{
	{"商務情報政策局 国際室", "Office of International Affairs, Commerce and Information Policy Bureau"},
	{"商務情報政策局 情報経済課", "Information Economy Division, Commerce and Information Policy Bureau"},
	{"産業技術環境局 国際標準課", "International Standardization Division, Industrial Science and Technology Policy and Environment Bureau"},
	{"通商政策局 通商戦略室", "Trade Strategy Office, Trade Policy Bureau"},
	{"商務情報政策局 サイバーセキュリティ課", "Cybersecurity Division, Commerce and Information Policy Bureau"},
}
