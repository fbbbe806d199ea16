import financeModule from ".."
import validateOptionsLoader from "../loaders/validate-options"

const load = (options: Record<string, unknown>) =>
  validateOptionsLoader({
    options,
    container: {} as never,
  } as Parameters<typeof validateOptionsLoader>[0])

describe("the finance module's options loader", () => {
  it("runs when the module loads, before anything else", () => {
    expect(financeModule.loaders?.[0]).toBe(validateOptionsLoader)
  })

  it("stops startup on a wrong option, naming it", async () => {
    await expect(
      load({ cod: { max_refused_deliveries: "two" } })
    ).rejects.toThrow(
      /invalid plugin options: option "cod\.max_refused_deliveries"/
    )
    await expect(load({ cod: { fee: { rmb: 5 } } })).rejects.toThrow(
      /fee: "rmb" is not an ISO 4217 currency code/
    )
  })

  it("ignores what Medusa adds to module options", async () => {
    await expect(
      load({
        cod: { fee: { cny: 5 } },
        database: {},
        moduleName: "mall_finance",
      })
    ).resolves.toBeUndefined()
  })
})
