// `npm run test:browser`: the real admin dashboard in Debian's Chromium.
//
// Starts the demo (`npm run demo`) on a fresh database, places a COD order
// through the store API as a storefront would, then logs in to the dashboard
// as the seeded admin, opens the order and checks the plugin's COD widget, and
// opens the COD settings page. Screenshots of what it saw go to screenshots/.
// Chromium comes from the system (`apt-get install chromium`); playwright-core
// never downloads a browser.
import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium } from "playwright-core"
import { query, recreateDatabase, resolveDatabase } from "./lib/database.mjs"
import { main, projectRoot, startServer } from "./lib/lifecycle.mjs"

const PORT = Number(process.env.BROWSER_TEST_PORT || 9010)
const BASE = `http://localhost:${PORT}`
const DB_NAME = process.env.BROWSER_TEST_DB || "mall_browser_test"
const ADMIN = { email: "admin@huaxia-mall.test", password: "supersecret" }
// A dot folder: `medusa develop` restarts on any other new file in the project.
const SHOTS = join(projectRoot, ".screenshots")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const results = []
const check = async (name, fn) => {
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(`  ✕ ${name}\n    ${error.message.split("\n").join("\n    ")}`)
  }
}
const assert = (cond, message) => {
  if (!cond) {
    throw new Error(message)
  }
}

main(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's package: apt-get install chromium (or set CHROMIUM_PATH).`
    )
  }
  mkdirSync(SHOTS, { recursive: true })

  const db = await resolveDatabase({ purpose: "test", probeLocal: true })
  await recreateDatabase(db, DB_NAME)
  const demo = startServer("node", ["scripts/demo.mjs"], {
    env: {
      ...process.env,
      DATABASE_URL: db.url(DB_NAME),
      PORT: String(PORT),
      MEDUSA_DISABLE_TELEMETRY: "true",
    },
  })
  await waitFor(`${BASE}/health`, demo, 300_000)
  await waitFor(`${BASE}/app`, demo, 120_000)

  const key = await publishableKey(db)
  const order = await placeOrder(key, "pp_cod_cod")
  console.log(`\nPlaced COD order #${order.display_id} (${order.id})`)
  const prepaid = await placeOrder(key, "pp_system_default")
  console.log(`Placed prepaid order #${prepaid.display_id} (${prepaid.id})\n`)
  await joinFinance(ADMIN)

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
    })
    page.setDefaultTimeout(60_000)

    await check("the seeded admin logs in", async () => {
      await page.goto(`${BASE}/app/login`)
      await page.fill('input[name="email"]', ADMIN.email)
      await page.fill('input[name="password"]', ADMIN.password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith("/login"), {
        timeout: 120_000,
      })
    })

    await check("the order page shows the COD widget", async () => {
      await page.goto(`${BASE}/app/orders/${order.id}`)
      const widget = page.getByTestId("mall-order-cod-widget")
      await widget.waitFor({ state: "visible", timeout: 120_000 })
      await page.getByTestId("mall-cod-status").waitFor()
      await widget.scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SHOTS, "order-page.png") })
      await widget.screenshot({ path: join(SHOTS, "order-cod-widget.png") })

      const text = await widget.innerText()
      assert(/Cash on delivery/.test(text), `no "Cash on delivery" in: ${text}`)
      const status = await page
        .getByTestId("mall-cod-status")
        .getAttribute("data-status")
      assert(status === "authorized", `status is ${status}, not authorized`)
      const toCollect = await page
        .getByTestId("mall-order-cod-amount-to-collect")
        .innerText()
      const expected = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency: "CNY",
      })
        .format(order.total)
        .replace("CN¥", "")
      assert(
        toCollect.replace(/\s/g, "").includes(expected),
        `amount to collect "${toCollect}" does not show ${expected}`
      )
    })

    await check(
      "a finance user confirms a prepaid payment from the order's pipeline widget",
      async () => {
        await page.goto(`${BASE}/app/orders/${prepaid.id}`)
        const widget = page.getByTestId("mall-order-pipeline-widget")
        await widget.waitFor({ state: "visible", timeout: 120_000 })
        const gate = widget.locator(
          '[data-testid="mall-pipeline-gate"][data-kind="payment"]'
        )
        await gate.waitFor()
        const before = await gate.getAttribute("data-status")
        assert(before === "pending", `payment gate is ${before}, not pending`)

        await widget.getByTestId("mall-pipeline-confirm-payment").click()
        const drawer = page.getByTestId("mall-confirm-payment-drawer")
        await drawer.waitFor({ state: "visible" })
        await drawer
          .getByTestId("mall-confirm-reference")
          .fill("ICBC-BROWSER-0001")
        await drawer.screenshot({ path: join(SHOTS, "confirm-payment.png") })
        await page.getByTestId("mall-confirm-payment-drawer-submit").click()

        await widget
          .locator(
            '[data-testid="mall-pipeline-gate"][data-kind="payment"][data-status="passed"]'
          )
          .waitFor({ timeout: 60_000 })
        await widget.scrollIntoViewIfNeeded()
        await page.screenshot({ path: join(SHOTS, "order-pipeline.png") })
        const text = await widget.innerText()
        assert(
          text.includes("ICBC-BROWSER-0001"),
          "the widget does not show the confirmation's reference"
        )
      }
    )

    await check("the COD settings page shows the rules in force", async () => {
      await page.goto(`${BASE}/app/settings/cod`)
      const form = page.getByTestId("mall-cod-settings-form")
      await form.waitFor({ state: "visible" })
      const text = await page.getByTestId("mall-cod-settings-page").innerText()
      assert(/no-cod/.test(text), "the no-cod tag rule is not shown")
      await page.screenshot({
        path: join(SHOTS, "cod-settings.png"),
        fullPage: true,
      })
    })
  } finally {
    await browser.close()
  }

  const failed = results.filter((r) => !r.ok).length
  console.log(`\nScreenshots in ${SHOTS}`)
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return failed ? 1 : 0
})

async function waitFor(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let exited = false
  server.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`The demo server exited before ${url} answered.`)
    }
    try {
      const res = await fetch(url)
      if (res.ok) {
        return
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Puts the admin in the finance department through the plugin's API. */
async function joinFinance({ email, password }) {
  const login = await fetch(`${BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const { token } = await login.json()
  const headers = {
    "content-type": "application/json",
    authorization: `Bearer ${token}`,
  }
  const me = await (await fetch(`${BASE}/admin/users/me`, { headers })).json()
  const res = await fetch(`${BASE}/admin/mall/departments/finance/members`, {
    method: "POST",
    headers,
    body: JSON.stringify({ user_id: me.user.id, role: "owner" }),
  })
  assert(res.ok, `could not join finance: ${res.status} ${await res.text()}`)
}

async function publishableKey(db) {
  const { rows } = await query(
    db,
    DB_NAME,
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL",
    ["Huaxia Online Mall storefront"]
  )
  assert(rows[0], "the seed's publishable key was not found")
  return rows[0].token
}

/** A storefront checkout through the store API, paid with `providerId`. */
async function placeOrder(key, providerId) {
  const store = async (method, path, body) => {
    const res = await fetch(`${BASE}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": key,
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await res.json()
    if (!res.ok) {
      throw new Error(
        `${method} ${path}: ${res.status} ${JSON.stringify(data)}`
      )
    }
    return data
  }
  const { regions } = await store("GET", "/store/regions")
  const china = regions.find((r) => r.currency_code === "cny")
  const { products } = await store(
    "GET",
    `/store/products?region_id=${china.id}&fields=*variants,*tags`
  )
  const product = products.find(
    (p) => !(p.tags ?? []).some((t) => t.value === "no-cod")
  )
  const address = {
    first_name: "Fang",
    last_name: "Wang",
    address_1: "88 Tianhe Road",
    city: "Guangzhou",
    province: "Guangdong",
    postal_code: "510620",
    country_code: "cn",
    phone: "+8613800138000",
  }
  const { cart } = await store("POST", "/store/carts", {
    region_id: china.id,
    email: "fang.wang@example.com",
    items: [{ variant_id: product.variants[0].id, quantity: 2 }],
  })
  await store("POST", `/store/carts/${cart.id}`, {
    shipping_address: address,
    billing_address: address,
  })
  const { shipping_options } = await store(
    "GET",
    `/store/shipping-options?cart_id=${cart.id}`
  )
  await store("POST", `/store/carts/${cart.id}/shipping-methods`, {
    option_id: shipping_options[0].id,
  })
  const { payment_collection } = await store(
    "POST",
    "/store/payment-collections",
    { cart_id: cart.id }
  )
  await store(
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: providerId }
  )
  const completed = await store("POST", `/store/carts/${cart.id}/complete`)
  assert(completed.type === "order", JSON.stringify(completed))
  return completed.order
}
