import { pinyin } from "pinyin-pro"

/**
 * Chinese-specific text helpers for matching: traditional to simplified
 * folding, surnames, pinyin, and telling pinyin syllables apart from other
 * Latin words.
 */

// Pairs of (traditional, simplified) characters common in personal names,
// company names and addresses, checked against OpenCC's tables (Taiwan and
// Hong Kong variants). A full converter weighs megabytes; names draw on a
// small alphabet, and comparing by pinyin covers what this table misses.
const TRADITIONAL_PAIRS =
  "愛爱辦办幫帮寶宝報报備备筆笔幣币畢毕邊边編编變变標标賓宾濱滨繽缤參参燦灿層层嬋婵禪禅產产廠厂場场暢畅車车陳陈稱称誠诚馳驰" +
  "遲迟寵宠礎础處处傳传創创純纯聰聪從从達达帶带單单黨党檔档導导島岛鄧邓電电訂订東东動动棟栋竇窦獨独篤笃隊队兌兑頓顿兒儿爾尔" +
  "發发範范紡纺飛飞紛纷奮奋豐丰風风楓枫峯峰鋒锋馮冯鳳凤婦妇復复蓋盖岡冈剛刚綱纲鋼钢崗岗鴿鸽閣阁給给宮宫龔龚溝沟構构購购顧顾" +
  "關关館馆廣广歸归龜龟貴贵國国還还韓韩漢汉號号賀贺鶴鹤恆恒紅红鴻鸿護护滬沪華华話话樺桦懷怀歡欢環环換换煥焕黃黄暉晖輝辉匯汇" +
  "會会繪绘渾浑貨货機机璣玑級级極极計计紀纪際际濟济繼继績绩霽霁驥骥賈贾價价堅坚儉俭簡简劍剑漸渐獎奖蔣蒋嬌娇階阶傑杰潔洁結结" +
  "緊紧錦锦勁劲進进晉晋經经競竞靜静糾纠駒驹劇剧據据鵑鹃絹绢絕绝軍军鈞钧駿骏開开凱凯庫库寬宽鄺邝來来賴赖蘭兰嵐岚藍蓝籃篮爛烂" +
  "樂乐類类離离禮礼裡里裏里歷历厲厉麗丽勵励連连漣涟蓮莲聯联璉琏練练煉炼糧粮療疗靈灵鈴铃齡龄嶺岭領领劉刘瀏浏龍龙瓏珑婁娄樓楼" +
  "盧卢廬庐魯鲁陸陆錄录祿禄呂吕綠绿鸞鸾倫伦綸纶輪轮羅罗絡络駱骆馬马瑪玛碼码買买麥麦賣卖滿满貿贸門门夢梦彌弥綿绵閔闵閩闽鳴鸣" +
  "銘铭繆缪納纳難难聶聂寧宁紐纽鈕钮農农濃浓歐欧甌瓯鷗鸥盤盘龐庞鵬鹏鋪铺齊齐騏骐綺绮氣气遷迁謙谦錢钱淺浅強强喬乔僑侨橋桥慶庆" +
  "窮穷瓊琼區区權权確确讓让嬈娆榮荣軟软銳锐鋭锐潤润薩萨紗纱廈厦紹绍設设攝摄紳绅審审聲声聖圣師师詩诗獅狮時时實实勢势飾饰壽寿" +
  "書书輸输術术樹树數数帥帅雙双順顺爍烁碩硕頌颂蘇苏歲岁孫孙瑣琐臺台態态壇坛譚谭湯汤濤涛韜韬騰腾條条鐵铁廳厅銅铜統统頭头圖图" +
  "團团灣湾萬万網网韋韦圍围維维偉伟緯纬煒炜瑋玮衛卫衞卫為为溫温紋纹聞闻穩稳烏乌無无吳吴務务霧雾錫锡璽玺細细俠侠峽峡賢贤險险" +
  "縣县現现線线獻献鄉乡響响蕭萧瀟潇簫箫曉晓協协謝谢興兴繡绣許许緒绪續续軒轩選选絢绚學学勳勋尋寻詢询亞亚婭娅煙烟閆闫嚴严閻阎" +
  "顏颜彥彦豔艳揚扬陽阳楊杨養养樣样堯尧瑤瑶藥药爺爷業业葉叶曄晔醫医禕祎儀仪義义億亿憶忆異异誼谊銀银飲饮隱隐應应鶯莺纓缨鷹鹰" +
  "瑩莹穎颖詠咏湧涌猶犹郵邮遊游於于餘余漁渔語语鈺钰淵渊員员園园圓圆緣缘轅辕遠远願愿約约嶽岳悅悦躍跃粵粤雲云運运韻韵雜杂暫暂" +
  "贊赞則则擇择澤泽責责齋斋戰战棧栈張张長长漲涨釗钊趙赵貞贞禎祯鎮镇徵征錚铮箏筝證证鄭郑織织紙纸摯挚終终鍾钟種种諸诸築筑莊庄" +
  "裝装諮咨資资綜综總总縱纵鄒邹組组"

let traditionalToSimplified: Map<number, number> | null = null

function traditionalTable(): Map<number, number> {
  if (!traditionalToSimplified) {
    traditionalToSimplified = new Map()
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
      traditionalToSimplified.set(
        TRADITIONAL_PAIRS.charCodeAt(i),
        TRADITIONAL_PAIRS.charCodeAt(i + 1)
      )
    }
  }
  return traditionalToSimplified
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const CJK_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g

export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

/** Folds the traditional characters of the embedded table to simplified ones. */
export function toSimplified(text: string): string {
  const table = traditionalTable()
  let codes: number[] | null = null
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const simplified = code >= 0x3400 ? table.get(code) : undefined
    if (simplified !== undefined && !codes) {
      codes = []
      for (let j = 0; j < i; j++) {
        codes.push(text.charCodeAt(j))
      }
    }
    codes?.push(simplified ?? code)
  }
  return codes ? String.fromCharCode(...codes) : text
}

// Two-character surnames: without them 欧阳娜娜 would have the surname 欧 and
// a sibling check would compare the wrong characters.
const COMPOUND_SURNAMES = new Set(
  (
    "欧阳 司马 诸葛 东方 上官 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 " +
    "令狐 钟离 闻人 万俟 赫连 澹台 濮阳 淳于 单于 太史 申屠 羊舌 微生 梁丘 " +
    "左丘 东郭 南宫 西门 百里 呼延 公冶 司空 拓跋 独孤 第五"
  ).split(" ")
)

/** The surname of a compact CJK name (simplified), e.g. "欧阳" for 欧阳娜娜. */
export function cjkSurname(name: string): string {
  const chars = Array.from(name)
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0] + chars[1])) {
    return chars[0] + chars[1]
  }
  return chars[0] ?? ""
}

/** Whether a compact CJK name is a surname alone: 王 of 王先生, 诸葛 of 诸葛先生. */
export function isBareSurname(name: string): boolean {
  return Array.from(name).length === 1 || COMPOUND_SURNAMES.has(name)
}

/**
 * Toneless pinyin of the CJK characters of a name, in written order, with
 * the surname readings (单 is "shan", 曾 is "zeng") and ü written as u, the
 * way names are romanised on documents.
 */
export function namePinyin(name: string): string[] {
  const cjk = name.match(CJK_GLOBAL)
  if (!cjk) {
    return []
  }
  return pinyin(cjk.join(""), {
    toneType: "none",
    type: "array",
    surname: "head",
  }).map((syllable) => syllable.replace(/ü/g, "u").toLowerCase())
}

const SYLLABLES = new Set(
  (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing " +
    "bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen " +
    "cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong " +
    "cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian " +
    "diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang " +
    "fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu " +
    "gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong " +
    "hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing " +
    "jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku " +
    "kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia " +
    "lian liang liao lie lin ling liu lo long lou lu luan lue lun luo ma mai " +
    "man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na " +
    "nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong " +
    "nou nu nuan nue nuo o ou pa pai pan pang pao pei pen peng pi pian piao " +
    "pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu " +
    "quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo " +
    "sa sai san sang sao se sen seng sha shai shan shang shao she shei shen " +
    "sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su " +
    "suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting " +
    "tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia " +
    "xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye " +
    "yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen " +
    "zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua " +
    "zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
  ).split(" ")
)

// How passports and forms write ü: 吕 is "Lv", "Lyu" or "Lu". Only a
// fallback: "nyu" and "lyu" also occur across a syllable boundary, as in
// "wenyun" (wen yun), so a word is first read as written.
function foldUmlaut(word: string): string {
  return word.replace(/([ln])(?:yu|v)/g, "$1u")
}

function isSyllableSequence(word: string, from: number): boolean {
  if (from === word.length) {
    return true
  }
  for (let end = Math.min(word.length, from + 6); end > from; end--) {
    if (SYLLABLES.has(word.slice(from, end)) && isSyllableSequence(word, end)) {
      return true
    }
  }
  return false
}

// Scoring asks about the same few thousand name tokens again and again.
const pinyinWords = new Map<string, boolean>()

/** Whether a Latin word reads as one or more pinyin syllables ("xiaoming"). */
export function isPinyinWord(word: string): boolean {
  let known = pinyinWords.get(word)
  if (known === undefined) {
    known =
      word.length > 0 &&
      word.length <= 24 &&
      (isSyllableSequence(word, 0) || isSyllableSequence(foldUmlaut(word), 0))
    if (pinyinWords.size >= 50_000) {
      pinyinWords.clear()
    }
    pinyinWords.set(word, known)
  }
  return known
}

/**
 * The fewest pinyin syllables a Latin word reads as ("marie" is ma ri e: 3),
 * or 0 when it is no pinyin. A Chinese given name has one or two.
 */
export function pinyinSyllables(word: string): number {
  return fewestSyllables(word) || fewestSyllables(foldUmlaut(word))
}

function fewestSyllables(word: string): number {
  const best = new Array<number>(word.length + 1).fill(Infinity)
  best[0] = 0
  for (let from = 0; from < word.length; from++) {
    if (best[from] === Infinity) {
      continue
    }
    for (let end = from + 1; end <= Math.min(word.length, from + 6); end++) {
      if (SYLLABLES.has(word.slice(from, end))) {
        best[end] = Math.min(best[end], best[from] + 1)
      }
    }
  }
  const n = best[word.length]
  return n === Infinity || !word.length ? 0 : n
}

/**
 * Whether Latin name tokens spell exactly the given pinyin syllables, in any
 * order and grouping: ["zhang", "xiaoming"] and ["ming", "xiao", "zhang"].
 */
export function spellsPinyin(tokens: string[], syllables: string[]): boolean {
  if (!tokens.length || !syllables.length) {
    return false
  }
  const folded = tokens.map(foldUmlaut)
  return (
    coversSyllables(tokens, syllables) ||
    (folded.some((w, i) => w !== tokens[i]) &&
      coversSyllables(folded, syllables))
  )
}

function coversSyllables(words: string[], syllables: string[]): boolean {
  if (
    words.reduce((n, w) => n + w.length, 0) !==
    syllables.reduce((n, s) => n + s.length, 0)
  ) {
    return false
  }
  const used = new Array<boolean>(syllables.length).fill(false)
  const cover = (token: number, at: number): boolean => {
    if (token === words.length) {
      return used.every(Boolean)
    }
    const word = words[token]
    if (at === word.length) {
      return at > 0 && cover(token + 1, 0)
    }
    for (let i = 0; i < syllables.length; i++) {
      if (!used[i] && word.startsWith(syllables[i], at)) {
        used[i] = true
        if (cover(token, at + syllables[i].length)) {
          return true
        }
        used[i] = false
      }
    }
    return false
  }
  return cover(0, 0)
}
