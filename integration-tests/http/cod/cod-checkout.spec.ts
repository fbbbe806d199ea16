import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type MallFinanceModuleService from "../../../src/modules/finance/service"
import { MALL_FINANCE_MODULE } from "../../../src/types/modules"
import { loginAdmin, registerCustomer } from "../../helpers/auth"
import {
  checkout,
  completeCart,
  GUANGZHOU_ADDRESS,
  prepareCart,
  type PrepareCartInput,
} from "../../helpers/checkout"
import { expectHttpError, type RequestConfig } from "../../helpers/http"
import {
  codProduct,
  noCodProduct,
  seedMall,
  storeHeaders,
  type SeededEnterprise,
} from "../../helpers/seeders"

jest.setTimeout(120_000)

const COD = "pp_cod_cod"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeededEnterprise
    let admin: RequestConfig
    let store: RequestConfig

    beforeAll(async () => {
      seed = await seedMall(getContainer())
    })

    beforeEach(async () => {
      admin = await loginAdmin(api, seed.admin!)
      store = storeHeaders(seed)
    })

    const chinaCart = (
      overrides: Partial<PrepareCartInput> = {}
    ): PrepareCartInput => ({
      headers: store,
      region_id: seed.regions.china.id,
      email: "wang.fang@example.com",
      items: [{ variant_id: codProduct(seed).variant.id, quantity: 1 }],
      provider_id: COD,
      ...overrides,
    })

    const setRules = (rules: Record<string, unknown>) =>
      api.post("/admin/mall/cod-settings", rules, admin)

    describe("an eligible COD checkout", () => {
      it("ends as an order with an authorized COD payment", async () => {
        const cart = await prepareCart(api, chinaCart())
        const { data: eligibility } = await api.get(
          `/store/mall/cod-eligibility?cart_id=${cart.id}`,
          store
        )
        expect(eligibility).toEqual({
          eligible: true,
          reasons: [],
          fee: { amount: 10, currency_code: "cny" },
        })
        expect(cart.items.filter((i: any) => i.metadata?.mall_cod_fee)).toEqual(
          [expect.objectContaining({ unit_price: 10 })]
        )

        const order = await completeCart(api, cart.id, store)

        const {
          data: { order: adminOrder },
        } = await api.get(
          `/admin/orders/${order.id}?fields=payment_status,payment_collections.payments.provider_id,payment_collections.payments.captured_at,payment_collections.payments.amount`,
          admin
        )
        expect(adminOrder.payment_status).toEqual("authorized")
        const [payment] = adminOrder.payment_collections[0].payments
        expect(payment).toEqual(
          expect.objectContaining({ provider_id: COD, captured_at: null })
        )

        const {
          data: { cod },
        } = await api.get(`/admin/mall/orders/${order.id}/cod`, admin)
        expect(cod).toEqual(
          expect.objectContaining({
            order_id: order.id,
            is_cod: true,
            provider_id: COD,
            status: "authorized",
            currency_code: "cny",
            amount_captured: 0,
            amount_to_collect: order.total,
            order_total: order.total,
          })
        )
      })

      it("reports an order paid by another provider as not COD", async () => {
        const order = await checkout(
          api,
          chinaCart({ provider_id: "pp_system_default" })
        )
        const {
          data: { cod },
        } = await api.get(`/admin/mall/orders/${order.id}/cod`, admin)
        expect(cod).toEqual(
          expect.objectContaining({
            is_cod: false,
            provider_id: "pp_system_default",
            status: "authorized",
          })
        )
      })
    })

    describe("each rule on its own makes a checkout ineligible", () => {
      // No rule in force: every cart may pay COD until a case adds its rule.
      const permissive = {
        enabled: true,
        max_order_total: {},
        allowed_countries: [],
        allowed_provinces: [],
        allowed_postal_prefixes: [],
        excluded_product_tags: [],
        excluded_product_ids: [],
        max_refused_deliveries: null,
      }
      type Case = {
        rule: string
        code: string
        rules: () => Record<string, unknown>
        cart?: () => Promise<Partial<PrepareCartInput>>
      }
      const cases: Case[] = [
        {
          rule: "COD switched off",
          code: "cod_disabled",
          rules: () => ({ enabled: false }),
        },
        {
          rule: "maximum order total per currency",
          code: "max_order_total_exceeded",
          rules: () => ({ max_order_total: { cny: 1 } }),
        },
        {
          rule: "allowed countries",
          code: "country_not_allowed",
          rules: () => ({ allowed_countries: ["cn"] }),
          cart: async () => ({
            region_id: seed.regions.international.id,
            shipping_address: {
              ...GUANGZHOU_ADDRESS,
              city: "Hong Kong",
              province: undefined,
              postal_code: "999077",
              country_code: "hk",
            },
          }),
        },
        {
          rule: "allowed provinces",
          code: "province_not_allowed",
          rules: () => ({ allowed_provinces: ["Beijing", "Shanghai"] }),
        },
        {
          rule: "allowed postal-code prefixes",
          code: "postal_code_not_allowed",
          rules: () => ({ allowed_postal_prefixes: ["100", "200"] }),
        },
        {
          rule: "products excluded by tag",
          code: "product_excluded",
          rules: () => ({ excluded_product_tags: ["no-cod"] }),
          cart: async () => ({
            items: [{ variant_id: noCodProduct(seed).variant.id, quantity: 1 }],
          }),
        },
        {
          rule: "products excluded by id",
          code: "product_excluded",
          rules: () => ({
            excluded_product_ids: [codProduct(seed).product.id],
          }),
        },
        {
          rule: "customers blocked after refused deliveries",
          code: "customer_blocked",
          rules: () => ({ max_refused_deliveries: 2 }),
          cart: async () => {
            const { customer, headers } = await registerCustomer(api, store, {
              email: "refuser@example.com",
              first_name: "Qiang",
              last_name: "Zhao",
            })
            const finance =
              getContainer().resolve<MallFinanceModuleService>(
                MALL_FINANCE_MODULE
              )
            await finance.createCodRefusals([
              { order_id: "order_refused_1", customer_id: customer.id },
              { order_id: "order_refused_2", email: "refuser@example.com" },
            ])
            return { headers, email: undefined }
          },
        },
      ]

      it.each(cases)("$rule", async ({ code, rules, cart: arrange }) => {
        await setRules(permissive)
        const input = chinaCart(arrange ? await arrange() : {})
        // COD chosen while the cart was eligible; then the rule comes in.
        const cart = await prepareCart(api, input)
        await setRules(rules())

        const { data: eligibility } = await api.get(
          `/store/mall/cod-eligibility?cart_id=${cart.id}`,
          store
        )
        expect(eligibility.eligible).toBe(false)
        expect(eligibility.reasons).toEqual([
          { code, message: expect.any(String) },
        ])

        const choosing = await expectHttpError(
          api.post(
            `/store/payment-collections/${cart.payment_collection.id}/payment-sessions`,
            { provider_id: COD },
            input.headers
          )
        )
        expect(choosing.status).toEqual(400)
        expect(choosing.data.message).toContain(eligibility.reasons[0].message)

        const error = await expectHttpError(
          api.post(`/store/carts/${cart.id}/complete`, {}, input.headers)
        )
        expect(error.status).toEqual(400)
        expect(error.data).toEqual({
          type: "not_allowed",
          code: "cod_not_eligible",
          message: expect.stringContaining(eligibility.reasons[0].message),
          reasons: eligibility.reasons,
        })

        const {
          data: { cart: after },
        } = await api.get(`/store/carts/${cart.id}`, input.headers)
        expect(after.completed_at).toBeNull()
        const {
          data: { orders },
        } = await api.get(`/admin/orders?fields=id`, admin)
        expect(orders).toEqual([])
      })

      it("does not stand in the way of other payment methods", async () => {
        await setRules({ enabled: false })
        const order = await checkout(
          api,
          chinaCart({ provider_id: "pp_system_default" })
        )
        const {
          data: { cod },
        } = await api.get(`/admin/mall/orders/${order.id}/cod`, admin)
        expect(cod).toEqual(
          expect.objectContaining({ is_cod: false, status: "authorized" })
        )
      })
    })

    describe("the COD fee", () => {
      const feeLines = (cart: {
        items: { metadata?: Record<string, unknown> }[]
      }) => cart.items.filter((i) => i.metadata?.mall_cod_fee)

      it("is added once when COD is chosen, removed for another method, and charged", async () => {
        const cart = await prepareCart(
          api,
          chinaCart({ provider_id: undefined })
        )
        const before = cart.total

        const choose = async (provider_id: string) => {
          const {
            data: { cart: current },
          } = await api.get(`/store/carts/${cart.id}`, store)
          const collectionId =
            current.payment_collection?.id ??
            (
              await api.post(
                "/store/payment-collections",
                { cart_id: cart.id },
                store
              )
            ).data.payment_collection.id
          await api.post(
            `/store/payment-collections/${collectionId}/payment-sessions`,
            { provider_id },
            store
          )
          const {
            data: { cart: updated },
          } = await api.get(`/store/carts/${cart.id}`, store)
          return updated
        }

        const withCod = await choose(COD)
        expect(feeLines(withCod)).toEqual([
          expect.objectContaining({
            title: "Cash on delivery fee",
            unit_price: 10,
            quantity: 1,
          }),
        ])
        expect(withCod.total).toEqual(before + 10)
        expect(withCod.payment_collection.amount).toEqual(before + 10)

        const again = await choose(COD)
        expect(feeLines(again)).toHaveLength(1)

        const manual = await choose("pp_system_default")
        expect(feeLines(manual)).toEqual([])
        expect(manual.total).toEqual(before)

        await choose(COD)
        const order = await completeCart(api, cart.id, store)
        expect(order.total).toEqual(before + 10)
      })

      it("does not count towards the maximum order total", async () => {
        const cart = await prepareCart(api, chinaCart())
        expect(feeLines(cart)).toHaveLength(1)
        await setRules({ max_order_total: { cny: cart.total - 10 } })
        const { data } = await api.get(
          `/store/mall/cod-eligibility?cart_id=${cart.id}`,
          store
        )
        expect(data.eligible).toBe(true)
        await completeCart(api, cart.id, store)
      })
    })

    describe("COD settings", () => {
      it("serves the plugin options until an admin saves, then the saved rules", async () => {
        const {
          data: { cod_settings: defaults },
        } = await api.get("/admin/mall/cod-settings", admin)
        expect(defaults).toEqual(
          expect.objectContaining({
            source: "plugin_options",
            enabled: true,
            allowed_countries: ["cn"],
            excluded_product_tags: ["no-cod"],
            fee: { cny: 10 },
          })
        )

        const {
          data: { cod_settings: saved },
        } = await setRules({
          max_order_total: { CNY: 3000 },
          allowed_provinces: [" Guangdong "],
          max_refused_deliveries: null,
        })
        expect(saved).toEqual({
          ...defaults,
          source: "settings",
          max_order_total: { cny: 3000 },
          allowed_provinces: ["guangdong"],
          max_refused_deliveries: null,
        })
        const {
          data: { cod_settings: reread },
        } = await api.get("/admin/mall/cod-settings", admin)
        expect(reread).toEqual(saved)
      })

      it.each([
        [{ max_order_total: { yuan: 10 } }, /"yuan" is not an ISO 4217/],
        [{ max_order_total: { cny: -5 } }, /max_order_total, cny.*at least/],
        [{ allowed_countries: ["China"] }, /2-letter ISO 3166-1 country code/],
        [{ max_refused_deliveries: 0 }, /max_refused_deliveries/],
        [{ enabled: "yes" }, /enabled/],
        [{ fees: { cny: 1 } }, /fees/],
      ])(
        "rejects invalid settings %j with a clear 400",
        async (body, message) => {
          const error = await expectHttpError(setRules(body))
          expect(error.status).toEqual(400)
          expect(error.data.type).toEqual("invalid_data")
          expect(error.data.message).toMatch(message)

          const {
            data: { cod_settings },
          } = await api.get("/admin/mall/cod-settings", admin)
          expect(cod_settings.source).toEqual("plugin_options")
        }
      )

      it("is for admins only", async () => {
        const error = await expectHttpError(api.get("/admin/mall/cod-settings"))
        expect(error.status).toEqual(401)
      })
    })

    describe("bad input elsewhere", () => {
      it("asks for a cart id and answers 404 for an unknown cart", async () => {
        const missing = await expectHttpError(
          api.get("/store/mall/cod-eligibility", store)
        )
        expect(missing.status).toEqual(400)
        expect(missing.data.message).toMatch(/cart_id/)

        const unknown = await expectHttpError(
          api.get("/store/mall/cod-eligibility?cart_id=cart_nope", store)
        )
        expect(unknown.status).toEqual(404)
      })

      it("answers 404 for the COD summary of an unknown order", async () => {
        const error = await expectHttpError(
          api.get("/admin/mall/orders/order_nope/cod", admin)
        )
        expect(error.status).toEqual(404)
        expect(error.data.message).toMatch(/order_nope/)
      })
    })
  },
})
