import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MALL_FINANCE_MODULE } from "../../../types/modules"
import { DEFAULT_COD_SETTINGS } from "../../../utils/plugin-options"
import { CodRefusal, CodSetting } from "../models"
import MallFinanceModuleService from "../service"

jest.setTimeout(60_000)

const resolve = __dirname + "/.."

moduleIntegrationTestRunner<MallFinanceModuleService>({
  moduleName: MALL_FINANCE_MODULE,
  resolve,
  moduleModels: [CodSetting, CodRefusal],
  moduleOptions: { cod: { max_order_total: { cny: 5000 }, fee: { cny: 8 } } },
  testSuite: ({ service }) => {
    it("exposes its linkable surface", () => {
      expect(Object.keys(service.__joinerConfig().linkableKeys ?? {})).toEqual(
        expect.arrayContaining(["cod_setting_id", "cod_refusal_id"])
      )
    })

    describe("COD settings", () => {
      it("serves the plugin options until an admin saves", async () => {
        expect(await service.retrieveEffectiveCodSettings()).toEqual({
          ...DEFAULT_COD_SETTINGS,
          max_order_total: { cny: 5000 },
          fee: { cny: 8 },
          source: "plugin_options",
        })
      })

      it("saves one row, updates it in place, and resets to the options", async () => {
        const first = {
          ...DEFAULT_COD_SETTINGS,
          allowed_countries: ["cn"],
        }
        await service.saveCodSettings(first, "user_1")
        await service.saveCodSettings(
          { ...first, max_refused_deliveries: 5 },
          "user_2"
        )
        const rows = await service.listCodSettings()
        expect(rows).toHaveLength(1)
        expect(rows[0]).toEqual(
          expect.objectContaining({
            scope: "default",
            updated_by: "user_2",
            max_refused_deliveries: 5,
            allowed_countries: ["cn"],
          })
        )
        expect(await service.retrieveEffectiveCodSettings()).toEqual(
          expect.objectContaining({
            source: "settings",
            max_refused_deliveries: 5,
          })
        )

        await service.resetCodSettings()
        expect(await service.retrieveEffectiveCodSettings()).toEqual(
          expect.objectContaining({ source: "plugin_options", fee: { cny: 8 } })
        )
      })
    })

    describe("COD refusals", () => {
      it("counts a buyer's refusals by customer and by email, once per order", async () => {
        await service.createCodRefusals([
          {
            order_id: "order_1",
            customer_id: "cus_guest",
            email: "li.na@example.com",
          },
          {
            order_id: "order_2",
            customer_id: "cus_registered",
            email: "li.na@example.com",
          },
          {
            order_id: "order_3",
            customer_id: "cus_other",
            email: "other@example.com",
          },
        ])
        await expect(
          service.createCodRefusals({
            order_id: "order_1",
            customer_id: "cus_guest",
          })
        ).rejects.toThrow(/already exists/)

        expect(
          await service.countCodRefusalsFor({ customer_id: "cus_guest" })
        ).toBe(1)
        expect(
          await service.countCodRefusalsFor({
            customer_id: "cus_registered",
            email: "LI.NA@example.com",
          })
        ).toBe(2)
        expect(await service.countCodRefusalsFor({})).toBe(0)
      })
    })

    describe("eligibility strategy", () => {
      it("uses the default strategy when none is configured", async () => {
        const result = await service.evaluateCodEligibility({
          cart: {
            id: "cart_1",
            currency_code: "cny",
            total: 6000,
            email: null,
            customer_id: null,
            shipping_address: null,
            items: [],
          },
          settings: { ...DEFAULT_COD_SETTINGS, max_order_total: { cny: 5000 } },
          refused_deliveries: 0,
        })
        expect(result.reasons.map((r) => r.code)).toEqual([
          "max_order_total_exceeded",
        ])
      })
    })
  },
})
