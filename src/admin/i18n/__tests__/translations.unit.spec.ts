import en from "../json/en.json"
import zhCN from "../json/zhCN.json"

type Tree = { [key: string]: string | Tree }

/** Every string of a translation file, by its dotted key. */
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`)
  )

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1])

/**
 * The key Chinese is read under. "zhCN", the dashboard's code for it, is not
 * a locale Intl knows, so i18next has no plural rules for it and looks a
 * counted key up with no suffix (or `_zero` for a count of 0): a Chinese
 * `x_other` is never read, and a key with only plural forms shows English.
 */
const chineseKey = (key: string) =>
  key.replace(/_(one|two|few|many|other)$/, "")

const english = flatten(en)
const chinese = new Map(flatten(zhCN))

describe("admin translations", () => {
  it("have a Chinese string for every English one, under the key Chinese is read by", () => {
    const missing = english
      .map(([key]) => chineseKey(key))
      .filter((key) => !chinese.has(key))
    expect([...new Set(missing)]).toEqual([])
  })

  it("have no Chinese string that is never read", () => {
    const read = new Set(english.map(([key]) => chineseKey(key)))
    expect([...chinese.keys()].filter((key) => !read.has(key))).toEqual([])
  })

  it("fill the same placeholders in Chinese as in English", () => {
    const wanted = new Map<string, Set<string>>()
    for (const [key, text] of english) {
      const target = chineseKey(key)
      wanted.set(
        target,
        new Set([...(wanted.get(target) ?? []), ...placeholders(text)])
      )
    }
    const wrong = [...wanted]
      .map(([key, names]) => ({
        key,
        english: [...names].sort(),
        chinese: [...new Set(placeholders(chinese.get(key) ?? ""))].sort(),
      }))
      .filter((row) => row.english.join() !== row.chinese.join())
    expect(wrong).toEqual([])
  })
})
