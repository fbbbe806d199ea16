import {
  cjkSurname,
  hasCjk,
  isPinyinWord,
  namePinyin,
  pinyinSyllables,
  spellsPinyin,
  toSimplified,
} from "../chinese"
import {
  bigramDice,
  damerauLevenshtein,
  editSimilarity,
  oneEditApart,
} from "../similarity"

describe("Chinese helpers", () => {
  it("folds traditional characters of names, companies and addresses", () => {
    expect(toSimplified("陳大文")).toBe("陈大文")
    expect(toSimplified("張偉 劉麗 黃國強")).toBe("张伟 刘丽 黄国强")
    expect(toSimplified("華為技術有限公司")).toBe("华为技术有限公司")
    expect(toSimplified("廣東省深圳市南山區")).toBe("广东省深圳市南山区")
    expect(toSimplified("Wang 王")).toBe("Wang 王")
  })

  it("finds compound surnames", () => {
    expect(cjkSurname("欧阳娜娜")).toBe("欧阳")
    expect(cjkSurname("司马光")).toBe("司马")
    expect(cjkSurname("王伟")).toBe("王")
    expect(cjkSurname("欧阳")).toBe("欧")
  })

  it("reads names in pinyin, ü as u", () => {
    expect(namePinyin("吕布")).toEqual(["lu", "bu"])
    expect(namePinyin("陳大文")).toEqual(["chen", "da", "wen"])
    expect(namePinyin("Wang")).toEqual([])
    expect(hasCjk("abc张")).toBe(true)
    expect(hasCjk("abc")).toBe(false)
  })

  it("tells pinyin words from other words", () => {
    expect(isPinyinWord("xiaoming")).toBe(true)
    expect(isPinyinWord("zhuang")).toBe(true)
    expect(isPinyinWord("lv")).toBe(true)
    expect(isPinyinWord("lyu")).toBe(true)
    expect(isPinyinWord("wenyun")).toBe(true)
  })

  it("counts the fewest pinyin syllables of a word", () => {
    expect(pinyinSyllables("xiaoming")).toBe(2)
    expect(pinyinSyllables("marie")).toBe(3)
    expect(pinyinSyllables("lyu")).toBe(1)
    expect(pinyinSyllables("david")).toBe(0)
    expect(isPinyinWord("smith")).toBe(false)
    expect(isPinyinWord("xiaomign")).toBe(false)
    expect(isPinyinWord("")).toBe(false)
  })

  it("matches romanised names against pinyin in any order and grouping", () => {
    expect(spellsPinyin(["xiaoming", "zhang"], ["ming", "xiao", "zhang"])).toBe(
      true
    )
    expect(spellsPinyin(["xi", "an"], ["an", "xi"])).toBe(true)
    expect(spellsPinyin(["lv", "bu"], ["bu", "lu"])).toBe(true)
    expect(spellsPinyin(["lyu", "bu"], ["bu", "lu"])).toBe(true)
    // "nyu" across a syllable boundary is not an ü.
    expect(spellsPinyin(["huang", "wenyun"], ["huang", "wen", "yun"])).toBe(
      true
    )
    expect(spellsPinyin(["xiaomin", "zhang"], ["ming", "xiao", "zhang"])).toBe(
      false
    )
    expect(spellsPinyin(["zhang"], ["san", "zhang"])).toBe(false)
    expect(spellsPinyin([], ["zhang"])).toBe(false)
  })
})

describe("string distances", () => {
  it("counts a transposition as one edit", () => {
    expect(damerauLevenshtein("zhang", "zhnag")).toBe(1)
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3)
    expect(damerauLevenshtein("", "abc")).toBe(3)
    expect(damerauLevenshtein("same", "same")).toBe(0)
  })

  it("stops early past the limit", () => {
    expect(damerauLevenshtein("abcdefgh", "hgfedcba", 1)).toBe(2)
    expect(damerauLevenshtein("a", "abcdef", 2)).toBe(3)
  })

  it("handles strings longer than its reused rows", () => {
    const a = "x".repeat(100)
    expect(damerauLevenshtein(a, `${a}y`)).toBe(1)
    expect(editSimilarity(a, a)).toBe(1)
  })

  it("spots one substituted or swapped digit", () => {
    expect(oneEditApart("+8613800138000", "+8613800138001")).toBe(true)
    expect(oneEditApart("+8613800138000", "+8613800183000")).toBe(true)
    expect(oneEditApart("+8613800138000", "+8613800138000")).toBe(false)
    expect(oneEditApart("+8613800138000", "+8613900138001")).toBe(false)
    expect(oneEditApart("+8613800138000", "+861380013800")).toBe(false)
  })

  it("compares addresses by shared bigrams", () => {
    expect(bigramDice("深圳南山区科技园路18号", "深圳南山区科技园路18号")).toBe(
      1
    )
    // 11 bigrams each, 9 shared: "18" and "8号" changed.
    expect(
      bigramDice("深圳南山区科技园路18号", "深圳南山区科技园路19号")
    ).toBeCloseTo(18 / 22, 5)
    expect(bigramDice("北京朝阳区", "北京海淀区")).toBeCloseTo(0.25, 5)
    expect(bigramDice("北京朝阳区", "上海徐汇区")).toBe(0)
    expect(bigramDice("a", "ab")).toBe(0)
  })
})
