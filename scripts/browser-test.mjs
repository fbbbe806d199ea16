// `npm run test:browser`: the real admin dashboard in Debian's Chromium.
//
// Starts the demo (`npm run demo`) on a fresh database, places a COD order
// through the store API as a storefront would, then logs in to the dashboard
// as the seeded admin, opens the order and checks the plugin's COD widget,
// opens the COD settings page, then walks the routing screens (overview and
// queue, warehouses, rules, simulator, the order's routing widget with a manual
// override), then the channel inventory screens (positions, settings and
// transfer drawers, movement import, ledger, the inventory item widget), then
// the CRM screens (contacts, a contact import with its report, search by a
// phone written another way, a contact's page and the merge drawer), in
// English and in Simplified Chinese. Screenshots of what it saw go to
// .screenshots/. BROWSER_TEST_ONLY=channel-inventory (or cod, routing, crm,
// crm-widgets, crm-review; comma separated) runs only those sections after
// the login.
// Chromium comes from the system (`apt-get install chromium`); playwright-core
// never downloads a browser.
import { existsSync, mkdirSync, readFileSync } from "node:fs"
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
const ONLY = process.env.BROWSER_TEST_ONLY?.split(",").map((s) => s.trim())
const runs = (section) => !ONLY || ONLY.includes(section)

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
  await joinDepartments(ADMIN, ["finance", "warehouse"])

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

    if (runs("cod")) {
      await check("the order page shows the COD widget", async () => {
        await page.goto(`${BASE}/app/orders/${order.id}`)
        const widget = page.getByTestId("mall-order-cod-widget")
        await widget.waitFor({ state: "visible", timeout: 120_000 })
        await page.getByTestId("mall-cod-status").waitFor()
        await widget.scrollIntoViewIfNeeded()
        await page.screenshot({ path: join(SHOTS, "order-page.png") })
        await widget.screenshot({ path: join(SHOTS, "order-cod-widget.png") })

        const text = await widget.innerText()
        assert(
          /Cash on delivery/.test(text),
          `no "Cash on delivery" in: ${text}`
        )
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

      await check(
        "the COD settings page shows the rules in force",
        async () => {
          await page.goto(`${BASE}/app/settings/cod`)
          const form = page.getByTestId("mall-cod-settings-form")
          await form.waitFor({ state: "visible" })
          const text = await page
            .getByTestId("mall-cod-settings-page")
            .innerText()
          assert(/no-cod/.test(text), "the no-cod tag rule is not shown")
          await page.screenshot({
            path: join(SHOTS, "cod-settings.png"),
            fullPage: true,
          })
        }
      )
    }

    if (runs("routing")) {
      await routingChecks(page, order)
    }
    if (runs("channel-inventory")) {
      await channelInventoryChecks(page)
    }
    if (runs("crm")) {
      await crmChecks(page)
    }
    if (runs("crm-widgets")) {
      await crmWidgetChecks(page, order, key)
    }
    if (runs("crm-review")) {
      await crmReviewChecks(page, key, db)
    }
  } finally {
    await browser.close()
  }

  const failed = results.filter((r) => !r.ok).length
  console.log(`\nScreenshots in ${SHOTS}`)
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return failed ? 1 : 0
})

/**
 * The routing screens: the overview and its queue, the warehouses and a
 * profile drawer, the rules editor, the simulator, and the order widget with
 * a manual override that leaves a unit unallocated (so the order lands in
 * the queue). Then the same screens in Simplified Chinese.
 */
async function routingChecks(page, order) {
  const shot = (name, options = {}) =>
    page.screenshot({ path: join(SHOTS, `routing-${name}.png`), ...options })

  await check("the routing overview links the routing screens", async () => {
    await page.goto(`${BASE}/app/routing`)
    await page.getByTestId("mall-routing-page").waitFor({ timeout: 120_000 })
    await page
      .getByTestId("mall-routing-card-rules")
      .getByText(/\d/)
      .first()
      .waitFor()
    const text = await page.getByTestId("mall-routing-page").innerText()
    assert(text.includes("Needs routing"), `no "Needs routing" in: ${text}`)
    await shot("overview", { fullPage: true })
  })

  await check(
    "the warehouses page lists every stock location and edits a profile",
    async () => {
      await page.goto(`${BASE}/app/routing/warehouses`)
      const table = page.getByTestId("mall-warehouses-page")
      await table.getByTestId("mall-warehouse-edit").first().waitFor()
      const rows = await table.getByTestId("mall-warehouse-edit").count()
      assert(rows >= 2, `only ${rows} stock locations listed`)
      const text = await table.innerText()
      assert(/HQ warehouse/.test(text), `no HQ warehouse in: ${text}`)
      await shot("warehouses", { fullPage: true })

      const area = table.getByTestId("mall-warehouse-area").first()
      if (await area.count()) {
        await area.hover()
        await page.getByRole("tooltip").first().waitFor()
        await shot("warehouse-area")
      }

      await table.getByTestId("mall-warehouse-edit").first().click()
      const drawer = page.getByTestId("mall-warehouse-drawer")
      await drawer.waitFor({ state: "visible" })
      await drawer.getByText("Ships online orders").waitFor()
      await drawer.screenshot({ path: join(SHOTS, "routing-warehouse.png") })
      await page.getByTestId("mall-warehouse-drawer-submit").click()
      await page.getByText(/Routing profile of .* saved/).waitFor()
      await drawer.waitFor({ state: "hidden" })
    }
  )

  await check(
    "the rules editor shows and saves the ordered rules",
    async () => {
      await page.goto(`${BASE}/app/routing/rules`)
      const form = page.getByTestId("mall-routing-rules-form")
      await form.waitFor()
      const rules = await form.getByTestId("mall-routing-rule").count()
      assert(rules === 7, `${rules} rules shown, not 7`)
      await shot("rules", { fullPage: true })

      await page.getByTestId("mall-rule-nearest-max-distance").fill("5000")
      await page.getByTestId("mall-routing-rules-save").click()
      await page.getByText("Routing rules saved").waitFor()
      await page
        .locator(
          '[data-testid="mall-routing-rules-source"][data-source="settings"]'
        )
        .waitFor()
      const distance = await page
        .getByTestId("mall-rule-nearest-max-distance")
        .inputValue()
      assert(distance === "5000", `max distance is "${distance}" after saving`)
    }
  )

  await check("the simulator routes a basket to Guangzhou", async () => {
    await page.goto(`${BASE}/app/routing/simulator`)
    await page.getByTestId("mall-simulator-form").waitFor()
    await page.getByTestId("mall-simulator-province").fill("Guangdong")
    await page.getByTestId("mall-simulator-city").fill("Guangzhou")
    await page.getByTestId("mall-simulator-postal_code").fill("510620")
    await page.getByTestId("mall-simulator-variant").click()
    await page.getByRole("option").first().click()
    await page.getByTestId("mall-simulator-quantity").fill("2")
    await page.getByTestId("mall-simulator-add").click()
    await page.getByTestId("mall-simulator-item").first().waitFor()
    await page.getByTestId("mall-simulator-submit").click()
    const result = page.getByTestId("mall-simulator-result")
    await result.waitFor()
    const status = await page
      .getByTestId("mall-simulator-status")
      .getAttribute("data-status")
    assert(
      ["allocated", "partial", "unallocated"].includes(status),
      `status is ${status}`
    )
    const trace = await result.getByTestId("mall-routing-trace-entry").count()
    assert(trace > 0, "the simulation shows no trace")
    await shot("simulator", { fullPage: true })
  })

  await check("the centroid table lists places and imports a CSV", async () => {
    await page.goto(`${BASE}/app/routing/centroids`)
    const table = page.getByTestId("mall-centroids-page")
    await table
      .getByText(/^-?\d+\.\d{4}, -?\d+\.\d{4}$/)
      .first()
      .waitFor()
    await page.getByTestId("mall-centroids-search").fill("shenzhen")
    await table
      .getByText(/Shenzhen/)
      .first()
      .waitFor()
    await shot("centroids", { fullPage: true })

    await page.getByTestId("mall-centroids-import").click()
    const drawer = page.getByTestId("mall-import-centroids-drawer")
    await drawer.waitFor({ state: "visible" })
    await drawer.getByTestId("mall-centroids-paste").click()
    await drawer
      .getByTestId("mall-centroids-csv")
      .fill(
        [
          "country_code,province,city,postal_prefix,aliases,latitude,longitude,label",
          "cn,guangdong,foshan,528,佛山|佛山市,23.0215,113.1214,postal 528 (Foshan)",
          "cn,guangdong,nowhere,,,123,456,Nowhere",
        ].join("\n")
      )
    await page.getByTestId("mall-import-centroids-drawer-submit").click()
    const result = drawer.getByTestId("mall-centroids-import-result")
    await result.waitFor()
    const text = await result.innerText()
    assert(/Line 3/.test(text), `the bad line is not reported: ${text}`)
    await drawer.screenshot({
      path: join(SHOTS, "routing-centroids-import.png"),
    })
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "hidden" })
  })

  await check(
    "the order's routing widget shows the decision, and an admin overrides it",
    async () => {
      await page.goto(`${BASE}/app/orders/${order.id}`)
      const widget = page.getByTestId("mall-order-routing-widget")
      await widget.waitFor({ state: "visible", timeout: 120_000 })
      await widget.getByTestId("mall-order-routing-status").waitFor()
      await widget.scrollIntoViewIfNeeded()
      const before = await widget
        .getByTestId("mall-order-routing-status")
        .getAttribute("data-status")
      assert(before === "allocated", `the order is ${before}, not allocated`)
      await widget.getByTestId("mall-order-routing-trace-toggle").click()
      await widget.getByTestId("mall-routing-trace").waitFor()
      await widget.screenshot({ path: join(SHOTS, "routing-order-widget.png") })

      await widget.getByTestId("mall-order-routing-reroute").click()
      const drawer = page.getByTestId("mall-reroute-drawer")
      await drawer.waitFor({ state: "visible" })
      await drawer.getByTestId("mall-reroute-mode-manual").click()
      const line = drawer.getByTestId("mall-reroute-line").first()
      await line.waitFor()
      // Ship one unit of the first line: the other stays unallocated.
      await line.getByTestId("mall-reroute-quantity").first().fill("1")
      await drawer
        .getByTestId("mall-reroute-reason")
        .fill("Browser test: one unit now, one later")
      await drawer.screenshot({ path: join(SHOTS, "routing-reroute.png") })
      await page.getByTestId("mall-reroute-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await widget
        .locator(
          '[data-testid="mall-order-routing-status"][data-status="partial"]'
        )
        .waitFor()
      await widget.getByTestId("mall-order-routing-history-toggle").click()
      const text = await widget.innerText()
      assert(
        text.includes("Browser test: one unit now, one later"),
        "the widget does not show the override's reason"
      )
      assert(/1 earlier decision/.test(text), "no earlier decision counted")
      await widget.screenshot({
        path: join(SHOTS, "routing-order-override.png"),
      })
    }
  )

  await check(
    "the overridden order waits in the needs-routing queue",
    async () => {
      await page.goto(`${BASE}/app/routing`)
      const queue = page.getByTestId("mall-routing-queue")
      await queue.getByText(`#${order.display_id}`).waitFor()
      await shot("queue", { fullPage: true })
    }
  )

  await check("the routing screens read in Simplified Chinese", async () => {
    await page.goto(`${BASE}/app/routing`)
    await page.evaluate('localStorage.setItem("lng", "zhCN")')
    await page.context().addCookies([{ name: "lng", value: "zhCN", url: BASE }])
    try {
      await page.reload()
      await page.getByText("需要分配的订单").first().waitFor()
      await shot("overview-zh", { fullPage: true })
      await page.goto(`${BASE}/app/routing/rules`)
      await page.getByTestId("mall-routing-rules-form").waitFor()
      await page.getByText("服务区域").first().waitFor()
      await shot("rules-zh", { fullPage: true })
      await page.goto(`${BASE}/app/routing/warehouses`)
      await page.getByTestId("mall-warehouse-edit").first().waitFor()
      await shot("warehouses-zh", { fullPage: true })
      await page.goto(`${BASE}/app/orders/${order.id}`)
      const widget = page.getByTestId("mall-order-routing-widget")
      await widget.waitFor({ state: "visible", timeout: 120_000 })
      await widget.getByTestId("mall-order-routing-trace-toggle").click()
      await widget.getByText("仓库分配").first().waitFor()
      await widget.screenshot({
        path: join(SHOTS, "routing-order-widget-zh.png"),
      })
    } finally {
      await page.evaluate('localStorage.setItem("lng", "en")')
      await page.context().addCookies([{ name: "lng", value: "en", url: BASE }])
    }
  })
}

/**
 * The channel inventory screens: the positions table with the seeded split
 * refrigerator at the Guangzhou branch, its settings and transfer drawers, a
 * movement import with one bad line (and a borrow), the ledger, the widget on
 * the inventory item page, then the same in Simplified Chinese.
 */
async function channelInventoryChecks(page) {
  const SKU = "HX-BCD520-SLV"
  const BRANCH = "Guangzhou Branch"
  const shot = (name, options = {}) =>
    page.screenshot({
      path: join(SHOTS, `channel-inventory-${name}.png`),
      ...options,
    })
  const fridgeRow = () =>
    page
      .getByTestId("mall-channel-inventory-page")
      .locator("tbody tr", { hasText: BRANCH })
      .filter({ hasText: SKU })

  await check("the channel inventory page lists the split fridge", async () => {
    await page.goto(`${BASE}/app/channel-inventory`)
    const table = page.getByTestId("mall-channel-inventory-page")
    await table.getByTestId("mall-channel-bar").first().waitFor()
    await shot("page", { fullPage: true })
    await page.getByTestId("mall-channel-sku-filter").fill(SKU)
    // The filter applies after a pause: wait for the list to hold only the SKU.
    await page.waitForResponse(
      (res) =>
        res.url().includes(`/admin/mall/channel-inventory?`) &&
        res.url().includes(`sku=${SKU}`)
    )
    await fridgeRow().waitFor()
    const mode = await fridgeRow()
      .getByTestId("mall-channel-mode")
      .getAttribute("data-mode")
    assert(mode === "split", `the Guangzhou fridge is ${mode}, not split`)
    const text = await fridgeRow().innerText()
    assert(/Offline first/.test(text), `no "Offline first" in: ${text}`)
    await shot("page-filtered", { fullPage: true })
  })

  await check(
    "the settings drawer explains each last-unit policy",
    async () => {
      await fridgeRow().getByTestId("mall-channel-row-actions").click()
      await page.getByTestId("mall-channel-action-edit").click()
      const drawer = page.getByTestId("mall-channel-settings-drawer")
      await drawer.waitFor({ state: "visible" })
      const text = await drawer.innerText()
      for (const label of [
        "Online first",
        "Offline first",
        "First come, first served",
        "No borrowing",
      ]) {
        assert(text.includes(label), `the drawer does not offer "${label}"`)
      }
      const pool = await drawer
        .getByTestId("mall-channel-offline_pool")
        .inputValue()
      assert(pool === "2", `the offline pool field shows ${pool}, not 2`)
      await drawer.screenshot({
        path: join(SHOTS, "channel-inventory-settings.png"),
      })
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })
    }
  )

  await check(
    "a transfer shows before and after, then moves a unit",
    async () => {
      await fridgeRow().getByTestId("mall-channel-row-actions").click()
      await page.getByTestId("mall-channel-action-transfer").click()
      const drawer = page.getByTestId("mall-channel-transfer-drawer")
      await drawer.waitFor({ state: "visible" })
      await drawer.getByTestId("mall-channel-transfer-quantity").fill("1")
      await drawer
        .getByTestId("mall-channel-transfer-reason")
        .fill("Weekend promotion at the counter")
      const after = await drawer
        .getByTestId("mall-channel-transfer-offline-after")
        .innerText()
      assert(after === "3", `the offline pool after shows ${after}, not 3`)
      await drawer.screenshot({
        path: join(SHOTS, "channel-inventory-transfer.png"),
      })
      await page.getByTestId("mall-channel-transfer-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await fridgeRow()
        .locator('[data-testid="mall-channel-bar"][data-offline="3"]')
        .waitFor()
    }
  )

  await check("a movement import reports each line", async () => {
    await page.getByTestId("mall-channel-import").click()
    const drawer = page.getByTestId("mall-channel-import-drawer")
    await drawer.waitFor({ state: "visible" })
    await drawer.getByTestId("mall-channel-import-paste").click()
    await drawer
      .getByTestId("mall-channel-import-csv")
      .fill(
        [
          "external_id,sku,location,quantity,type,occurred_at,pool,direction,reference",
          `POS-GZ-BROWSER-1,${SKU},${BRANCH},4,offline_sale,2026-11-01T10:30:00+08:00,,,till 3`,
          `ERP-GZ-BROWSER-2,${SKU},${BRANCH},2,receipt,2026-11-01T12:00:00+08:00,offline,,PO 7781`,
          `POS-GZ-BROWSER-3,${SKU},${BRANCH},two,offline_sale,2026-11-01T13:00:00+08:00,,,`,
        ].join("\n")
      )
    await page.getByTestId("mall-channel-import-drawer-submit").click()
    const result = drawer.getByTestId("mall-channel-import-result")
    await result.waitFor()
    const summary = await result
      .getByTestId("mall-channel-import-summary")
      .innerText()
    assert(
      /2 applied, 0 duplicate, 1 rejected/.test(summary),
      `unexpected summary: ${summary}`
    )
    const rejected = result.locator(
      '[data-testid="mall-channel-import-line"][data-outcome="rejected"]'
    )
    const reason = await rejected.innerText()
    assert(/quantity/.test(reason), `no quantity reason in: ${reason}`)
    const text = await result.innerText()
    assert(/Borrowed 1 unit/.test(text), `no borrow reported in: ${text}`)
    await drawer.screenshot({
      path: join(SHOTS, "channel-inventory-import.png"),
    })
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "hidden" })
  })

  await check("the ledger lists the movements, newest first", async () => {
    await page.goto(`${BASE}/app/channel-inventory/movements`)
    const table = page.getByTestId("mall-channel-ledger-page")
    await table
      .getByText(/POS-GZ-BROWSER-1/)
      .first()
      .waitFor()
    const text = await table.innerText()
    assert(/Transfer/.test(text), `no transfer in the ledger: ${text}`)
    await shot("ledger", { fullPage: true })
  })

  let itemId
  await check("the inventory item page shows the channel widget", async () => {
    itemId = await page.evaluate(async (sku) => {
      const res = await fetch(
        `/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id`,
        { credentials: "include" }
      )
      const body = await res.json()
      return body.inventory_items?.[0]?.id
    }, SKU)
    assert(itemId, `no inventory item for ${SKU}`)
    await page.goto(`${BASE}/app/inventory/${itemId}`)
    const widget = page.getByTestId("mall-channel-widget")
    await widget.waitFor({ state: "visible", timeout: 120_000 })
    const branch = widget.locator(
      `[data-testid="mall-channel-widget-position"][data-location="${BRANCH}"]`
    )
    await branch.waitFor()
    const text = await branch.innerText()
    assert(/Split/.test(text), `the Guangzhou position is not split: ${text}`)
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({
      path: join(SHOTS, "channel-inventory-widget.png"),
    })
    await branch.getByTestId("mall-channel-widget-edit").click()
    const drawer = page.getByTestId("mall-channel-settings-drawer")
    await drawer.waitFor({ state: "visible" })
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "hidden" })
  })

  await check(
    "the channel inventory screens read in Simplified Chinese",
    async () => {
      await page.goto(`${BASE}/app/channel-inventory`)
      await page.evaluate('localStorage.setItem("lng", "zhCN")')
      await page
        .context()
        .addCookies([{ name: "lng", value: "zhCN", url: BASE }])
      try {
        await page.reload()
        await page.getByText("线上可售").first().waitFor()
        await shot("page-zh", { fullPage: true })
        await page.goto(`${BASE}/app/channel-inventory/movements`)
        await page.getByText("渠道流水").first().waitFor()
        await shot("ledger-zh", { fullPage: true })
        if (itemId) {
          await page.goto(`${BASE}/app/inventory/${itemId}`)
          const widget = page.getByTestId("mall-channel-widget")
          await widget.getByText("线上与线下库存").waitFor({ timeout: 120_000 })
          await widget.getByTestId("mall-channel-widget-bar").first().waitFor()
          await widget.screenshot({
            path: join(SHOTS, "channel-inventory-widget-zh.png"),
          })
        }
      } finally {
        await page.evaluate('localStorage.setItem("lng", "en")')
        await page
          .context()
          .addCookies([{ name: "lng", value: "en", url: BASE }])
      }
    }
  )
}

/**
 * The CRM screens: the overview and the contacts table, a contact import
 * (the template, the progress while the server works, the report with a
 * duplicate and a bad line, filtered by status), a search by a phone written
 * another way than stored, a contact's page with its match candidates, and
 * a merge (refused to an admin outside sales ops, with the server's message,
 * then done once they join), then the same screens in Simplified Chinese.
 */
async function crmChecks(page) {
  const shot = (name, options = {}) =>
    page.screenshot({ path: join(SHOTS, `crm-${name}.png`), ...options })
  const contactsTable = () => page.getByTestId("mall-crm-contacts-page")
  // Line 4 is line 2 written another way (phone, email case and plus-tag);
  // line 5 has no name, a short phone and a broken email; line 6 shares
  // line 2's name and address but not its phone (a candidate to review).
  const CSV = [
    "external_id,name,phones,emails,company_name,city,province,postal_code,address_1,country_code",
    "BT-CRM-1001,陈静,13900139000,chen.jing@example.com,,广州,广东,510620,天河路 88 号,cn",
    'BT-CRM-1002,Li Lei,"+86 137 0013 7000;020-8888 6666",li.lei@example.com,华夏电器有限公司,深圳,广东,518000,深南大道 1 号,cn',
    ",陈静,+86 139-0013-9000,Chen.Jing+shop@example.com,,广州,广东,510620,天河路 88 号,cn",
    "BT-CRM-1004,,12345,not-an-email,,,,,,",
    "BT-CRM-1005,陈静,13500135000,,,广州,广东,510620,天河路 88 号,cn",
    "BT-CRM-1006,Zhang Wei,13600136000,zhang.wei@example.com,,Guangzhou,Guangdong,510620,,cn",
  ].join("\n")
  // Toasts would cover the drawers in the screenshots.
  const withoutToasts = async (fn) => {
    const style = await page.addStyleTag({
      content: "[data-sonner-toaster]{display:none!important}",
    })
    try {
      await fn()
    } finally {
      await style.evaluate((el) => el.remove())
    }
  }
  // The dashboard scrolls inside its layout: a taller window shows more.
  const tall = async (fn) => {
    await page.setViewportSize({ width: 1440, height: 1600 })
    try {
      await fn()
    } finally {
      await page.setViewportSize({ width: 1440, height: 1000 })
    }
  }

  await check("the CRM area opens its contacts", async () => {
    await page.goto(`${BASE}/app/crm`)
    await page.getByTestId("mall-crm-page").waitFor({ timeout: 120_000 })
    for (const card of ["contacts", "offline", "online"]) {
      await page.getByTestId(`mall-crm-card-${card}`).getByText(/\d/).waitFor()
    }
    await shot("overview", { fullPage: true })
    await page.getByTestId("mall-crm-card-contacts").click()
    await page.waitForURL(/\/crm\/contacts$/)
    await contactsTable().locator("tbody tr").first().waitFor()
    const text = await contactsTable().innerText()
    assert(/Contacts/.test(text), `no "Contacts" title in: ${text}`)
    await page.getByTestId("mall-crm-search").fill("nobody@nowhere.test")
    await contactsTable().getByText("No contact matches").waitFor()
    await page.getByTestId("mall-crm-search").fill("")
    await contactsTable().locator("tbody tr").first().waitFor()
  })

  await check(
    "a contact import shows its progress, then reports each line",
    async () => {
      await page.getByTestId("mall-crm-import").click()
      const drawer = page.getByTestId("mall-crm-import-drawer")
      await drawer.waitFor({ state: "visible" })

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        drawer.getByTestId("mall-crm-import-template").click(),
      ])
      const template = readFileSync(await download.path(), "utf8")
      assert(
        download.suggestedFilename() === "crm-contacts-template.csv" &&
          template.replace(/^\uFEFF/, "").startsWith("external_id,kind,name,"),
        `unexpected template ${download.suggestedFilename()}: ${template}`
      )

      await drawer.getByTestId("mall-crm-import-file").setInputFiles({
        name: "offline-customers.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(CSV, "utf8"),
      })
      await drawer.getByText(/offline-customers\.csv/).waitFor()
      // Hold the upload a moment, as a 100,000-line file would be: the
      // drawer shows its progress and refuses a second submit.
      let release
      const held = new Promise((resolve) => (release = resolve))
      let posts = 0
      await page.route("**/admin/mall/crm/contacts/import", async (route) => {
        posts++
        await held
        await route.continue()
      })
      try {
        const submit = page.getByTestId("mall-crm-import-drawer-submit")
        await submit.click()
        await drawer.getByTestId("mall-crm-import-progress").waitFor()
        assert(await submit.isDisabled(), "submit stays enabled while sending")
        await page.waitForTimeout(2200)
        await drawer.screenshot({
          path: join(SHOTS, "crm-import-progress.png"),
        })
        await submit.click({ force: true, timeout: 2000 }).catch(() => {})
        release()
        await drawer.getByTestId("mall-crm-import-result").waitFor()
        assert(posts === 1, `the import was sent ${posts} times`)
      } finally {
        release()
        await page.unroute("**/admin/mall/crm/contacts/import")
      }

      const result = drawer.getByTestId("mall-crm-import-result")
      const count = async (status) =>
        Number(
          await result
            .locator(
              `[data-testid="mall-crm-import-count"][data-status="${status}"]`
            )
            .getAttribute("data-count")
        )
      const summary = await result
        .getByTestId("mall-crm-import-summary")
        .innerText()
      assert((await count("total")) === 6, `not 6 lines: ${summary}`)
      assert((await count("duplicate")) === 1, `not 1 duplicate: ${summary}`)
      assert((await count("rejected")) === 1, `not 1 rejected: ${summary}`)
      assert((await count("review")) >= 1, `nothing to review: ${summary}`)
      const duplicate = await result
        .locator(
          '[data-testid="mall-crm-import-line"][data-status="duplicate"]'
        )
        .innerText()
      assert(
        /^4\b/.test(duplicate.trim()) &&
          /Same person as line 2/.test(duplicate),
        `line 4 is not a duplicate of line 2: ${duplicate}`
      )
      const rejected = result.locator(
        '[data-testid="mall-crm-import-line"][data-status="rejected"]'
      )
      const reason = await rejected.innerText()
      assert(
        /^5\b/.test(reason.trim()) && /name is missing/.test(reason),
        `line 5 is not rejected for its name: ${reason}`
      )
      await withoutToasts(() =>
        tall(async () => {
          await result.evaluate((el) => el.scrollIntoView({ block: "start" }))
          await drawer.screenshot({ path: join(SHOTS, "crm-import.png") })
        })
      )

      await result
        .locator(
          '[data-testid="mall-crm-import-count"][data-status="rejected"]'
        )
        .click()
      const shown = await result.getByTestId("mall-crm-import-line").count()
      assert(shown === 1, `the rejected filter shows ${shown} lines`)
      await withoutToasts(async () => {
        await result.evaluate((el) => el.scrollIntoView({ block: "start" }))
        await drawer.screenshot({
          path: join(SHOTS, "crm-import-rejected.png"),
        })
      })
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })
    }
  )

  await check(
    "a search by a phone written another way finds the contact",
    async () => {
      await contactsTable().getByText("Zhang Wei").first().waitFor()
      await withoutToasts(() => shot("contacts"))
      await page.getByTestId("mall-crm-search").fill("+86 139 0013 9000")
      await page.waitForURL(/q=%2B86/)
      const names = contactsTable().getByTestId("mall-crm-contact-name")
      await contactsTable()
        .locator("tbody tr")
        .first()
        .getByText("陈静")
        .waitFor()
      // The table keeps the previous page until the search answers.
      await page.waitForFunction(
        `document.querySelectorAll('[data-testid="mall-crm-contacts-page"] tbody tr').length === 1`
      )
      const found = await names.allInnerTexts()
      assert(
        found.length === 1 && found[0] === "陈静",
        `the search found: ${found.join(", ")}`
      )
      const text = await contactsTable().locator("tbody tr").innerText()
      assert(text.includes("13900139000"), `no stored phone in: ${text}`)
      await withoutToasts(() => shot("contacts-search"))
    }
  )

  let contactUrl
  await check(
    "a contact's page shows its fields, addresses and match candidates",
    async () => {
      await contactsTable().locator("tbody tr").first().click()
      await page.waitForURL(/\/crm\/contacts\/crmct_/)
      contactUrl = page.url()
      await page.getByTestId("mall-crm-contact-header").waitFor()
      const phones = await page
        .getByTestId("mall-crm-contact-phones")
        .innerText()
      assert(phones.includes("13900139000"), `phones: ${phones}`)
      const address = await page
        .getByTestId("mall-crm-contact-address")
        .first()
        .innerText()
      assert(address.includes("510620"), `address: ${address}`)
      const candidates = page.getByTestId("mall-crm-candidate")
      await candidates.first().waitFor()
      const score = await candidates
        .first()
        .getByTestId("mall-crm-candidate-score")
        .innerText()
      assert(/^\d+%$/.test(score), `the score reads "${score}"`)
      await page.getByTestId("mall-crm-contact-customers").waitFor()
      await page.getByTestId("mall-crm-contact-merged").waitFor()
      await withoutToasts(() => tall(() => shot("contact")))
    }
  )

  await check(
    "a merge needs a contact and a reason, shows the server's refusal, then merges",
    async () => {
      await page.getByTestId("mall-crm-merge").click()
      const drawer = page.getByTestId("mall-crm-merge-drawer")
      await drawer.waitFor({ state: "visible" })
      await page.getByTestId("mall-crm-merge-drawer-submit").click()
      await drawer.getByText("Pick the contact to merge").waitFor()
      await drawer.getByText("Say why these are the same customer").waitFor()
      await drawer.getByTestId("mall-crm-merge-search").fill("13500135000")
      await page.waitForResponse(
        (res) =>
          res.url().includes("/admin/mall/crm/contacts?") &&
          res.url().includes("q=13500135000")
      )
      const option = drawer.getByTestId("mall-crm-merge-option")
      await option.filter({ hasText: "BT-CRM-1005" }).waitFor()
      const options = await option.count()
      assert(options === 1, `the search lists ${options} contacts`)
      await option.first().click()
      await drawer
        .getByTestId("mall-crm-merge-reason")
        .fill("Same name and address; the branch confirmed the new phone")
      await drawer.getByTestId("mall-crm-merge-summary").waitFor()
      await withoutToasts(() =>
        drawer.screenshot({ path: join(SHOTS, "crm-merge.png") })
      )

      // The admin is not in sales ops yet: the server refuses, and the
      // drawer shows its message.
      await page.getByTestId("mall-crm-merge-drawer-submit").click()
      const refusal = drawer.getByTestId("mall-crm-merge-error")
      await refusal.waitFor()
      const message = await refusal.innerText()
      assert(/sales_ops/.test(message), `the refusal reads: ${message}`)
      await withoutToasts(() =>
        drawer.screenshot({ path: join(SHOTS, "crm-merge-refused.png") })
      )

      await joinDepartments(ADMIN, ["sales_ops"])
      await page.getByTestId("mall-crm-merge-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await page
        .getByTestId("mall-crm-contact-merged-row")
        .filter({ hasText: "BT-CRM-1005" })
        .waitFor()
      const phones = await page
        .getByTestId("mall-crm-contact-phones")
        .innerText()
      assert(
        phones.includes("13500135000"),
        `the merged phone did not move: ${phones}`
      )
      await withoutToasts(() => tall(() => shot("contact-merged")))
    }
  )

  await check(
    "an online contact's page links the customers that are it",
    async () => {
      await page.goto(`${BASE}/app/crm/contacts?q=fang.wang%40example.com`)
      const row = contactsTable().locator("tbody tr", { hasText: "Fang Wang" })
      await row.first().click()
      await page.waitForURL(/\/crm\/contacts\/crmct_/)
      const customers = page.getByTestId("mall-crm-contact-customer")
      await customers.first().waitFor()
      const href = await customers
        .first()
        .locator("a")
        .first()
        .getAttribute("href")
      assert(/\/customers\/cus_/.test(href ?? ""), `the link is ${href}`)
      // The row shows the customer's id until Medusa's customer list answers.
      await customers
        .first()
        .getByText(/fang\.wang@example\.com/)
        .first()
        .waitFor()
      const text = await customers.first().innerText()
      assert(
        /fang\.wang@example\.com/.test(text),
        `the customer reads: ${text}`
      )
      await tall(() => shot("contact-online"))
    }
  )

  await check("the CRM screens read in Simplified Chinese", async () => {
    await page.goto(`${BASE}/app/crm/contacts`)
    await page.evaluate('localStorage.setItem("lng", "zhCN")')
    await page.context().addCookies([{ name: "lng", value: "zhCN", url: BASE }])
    try {
      await page.reload()
      await contactsTable().getByText("线下导入").first().waitFor()
      await shot("contacts-zh")
      if (contactUrl) {
        await page.goto(contactUrl)
        await page.getByTestId("mall-crm-contact-header").waitFor()
        await page.getByText("关联客户").first().waitFor()
        await tall(() => shot("contact-zh"))
      }
      await page.goto(`${BASE}/app/crm/contacts?import=1`)
      const drawer = page.getByTestId("mall-crm-import-drawer")
      await drawer.waitFor({ state: "visible" })
      await drawer.getByText("导入线下客户").waitFor()
      await drawer.screenshot({ path: join(SHOTS, "crm-import-zh.png") })
      await page.keyboard.press("Escape")
    } finally {
      await page.evaluate('localStorage.setItem("lng", "en")')
      await page.context().addCookies([{ name: "lng", value: "en", url: BASE }])
    }
  })
}

/**
 * The CRM widgets. A customer's page: the contact the customer is linked
 * to, the other customers of that contact (Wang Wei checks out again as a
 * guest with the email the offline book has for him), and the possible
 * matches of a customer with the decision drawer. An order's page: the
 * customer review with the rules the order failed, refused without a
 * reason, then approved from the widget, and its delivery to the CRM (the
 * demo's file connector), with Retry on a delivery shown as failed. Then
 * both widgets in Simplified Chinese.
 */
async function crmWidgetChecks(page, order, key) {
  const widgetShot = async (locator, name) => {
    await locator.scrollIntoViewIfNeeded()
    const box = await locator.boundingBox()
    const view = page.viewportSize()
    const x = Math.max(0, box.x - 24)
    const y = Math.max(0, box.y - 24)
    await page.screenshot({
      path: join(SHOTS, `${name}.png`),
      clip: {
        x,
        y,
        width: Math.min(view.width - x, box.width + 48),
        height: Math.min(view.height - y, box.height + 48),
      },
    })
  }
  const withoutToasts = async (fn) => {
    const style = await page.addStyleTag({
      content: "[data-sonner-toaster]{display:none!important}",
    })
    try {
      await fn()
    } finally {
      await style.evaluate((el) => el.remove())
    }
  }
  const tall = async (fn) => {
    await page.setViewportSize({ width: 1440, height: 1800 })
    try {
      await fn()
    } finally {
      await page.setViewportSize({ width: 1440, height: 1000 })
    }
  }
  const admin = async (path) => {
    const res = await page.request.get(`${BASE}${path}`)
    assert(res.ok(), `GET ${path}: ${res.status()} ${await res.text()}`)
    return res.json()
  }
  // The registered customer of an email, else its guest.
  const customerId = async (email) => {
    const { customers } = await admin(
      `/admin/customers?q=${encodeURIComponent(email)}&fields=id,email,has_account`
    )
    const found = customers
      .filter((c) => c.email === email)
      .sort((a, b) => Number(b.has_account) - Number(a.has_account))[0]
    assert(found, `no customer ${email}`)
    return found.id
  }
  // Subscribers link customers and open reviews after the order is placed:
  // reload until the page shows what they did.
  const untilShown = async (locator, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      try {
        await locator.first().waitFor({ timeout: 5_000 })
        return
      } catch (error) {
        if (Date.now() > deadline) {
          throw error
        }
        await page.reload()
      }
    }
  }

  await joinDepartments(ADMIN, ["sales_ops"])
  const guestOrder = await placeOrder(key, "pp_cod_cod", {
    email: "wangwei.sh@example.com",
    address: {
      first_name: "伟",
      last_name: "王",
      address_1: "88 Century Avenue, Pudong New Area",
      city: "Shanghai",
      province: "Shanghai",
      postal_code: "200120",
      country_code: "cn",
      phone: "+8613800138001",
    },
  })
  console.log(
    `Placed Wang Wei's guest COD order #${guestOrder.display_id} (${guestOrder.id})`
  )

  let wangWeiUrl
  await check(
    "a customer's page shows the CRM contact and its other customers",
    async () => {
      wangWeiUrl = `${BASE}/app/customers/${await customerId("wang.wei@example.com")}`
      await page.goto(wangWeiUrl)
      const widget = page.getByTestId("mall-crm-customer-widget")
      await widget.waitFor({ state: "visible", timeout: 120_000 })
      await untilShown(
        widget
          .getByTestId("mall-crm-customer-other")
          .filter({ hasText: "wangwei.sh@example.com" })
      )
      const contact = await widget
        .getByTestId("mall-crm-customer-contact-link")
        .innerText()
      assert(contact === "王伟", `the contact reads ${contact}`)
      const href = await widget
        .getByTestId("mall-crm-customer-contact-link")
        .getAttribute("href")
      assert(/\/crm\/contacts\/crmct_/.test(href ?? ""), `contact link ${href}`)
      const external = await widget
        .getByTestId("mall-crm-customer-external-id")
        .innerText()
      assert(external === "HX-CRM-00001", `external id ${external}`)
      const phones = await widget
        .getByTestId("mall-crm-customer-phones")
        .innerText()
      assert(
        phones.replace(/\s/g, "").includes("+8613800138001"),
        `phones ${phones}`
      )
      const linkedBy = await widget
        .getByTestId("mall-crm-customer-linked-by")
        .getAttribute("data-linked-by")
      assert(linkedBy === "auto", `linked by ${linkedBy}`)
      const other = widget
        .getByTestId("mall-crm-customer-other")
        .filter({ hasText: "wangwei.sh@example.com" })
      const otherText = await other.innerText()
      assert(/Guest/.test(otherText), `the other customer reads ${otherText}`)
      const otherHref = await other.locator("a").getAttribute("href")
      assert(/\/customers\/cus_/.test(otherHref ?? ""), `link ${otherHref}`)
      await tall(() => widgetShot(widget, "crm-customer-widget"))
    }
  )

  // Two more guests, each a possible match of a contact from the offline
  // book: 何婷 with a new mobile (the same person), and 吴强 sharing 吴静's
  // home phone and address (her husband).
  const heTing = {
    email: "heting.cs@example.net",
    address: {
      first_name: "婷",
      last_name: "何",
      address_1: "9 Wuyi Square, Furong District",
      city: "Changsha",
      province: "Hunan",
      postal_code: "410011",
      phone: "+8613977778888",
    },
  }
  const wuQiang = {
    email: "wuqiang.home@example.net",
    address: {
      first_name: "强",
      last_name: "吴",
      address_1: "18 Jiefang Avenue, Jianghan District",
      city: "Wuhan",
      province: "Hubei",
      postal_code: "430022",
      phone: "+8618600186060",
    },
  }
  await placeOrder(key, "pp_system_default", heTing)
  await placeOrder(key, "pp_system_default", wuQiang)

  const candidateOf = async (email, contactName) => {
    await page.goto(`${BASE}/app/customers/${await customerId(email)}`)
    const widget = page.getByTestId("mall-crm-customer-widget")
    await widget.waitFor({ state: "visible", timeout: 120_000 })
    const candidate = widget
      .getByTestId("mall-crm-customer-candidate")
      .filter({ hasText: contactName })
    await untilShown(candidate)
    return { widget, candidate }
  }
  const drawer = page.getByTestId("mall-crm-customer-decision-drawer")
  const submit = page.getByTestId("mall-crm-customer-decision-drawer-submit")

  await check(
    "sales ops links a customer to the contact it may be, from the customer's page",
    async () => {
      const { widget, candidate } = await candidateOf(heTing.email, "何婷")
      const status = await widget
        .getByTestId("mall-crm-customer-status")
        .getAttribute("data-status")
      assert(status === "review", `the widget's status is ${status}`)
      const score = await candidate
        .getByTestId("mall-crm-customer-candidate-score")
        .innerText()
      assert(/^\d+%$/.test(score), `the score reads "${score}"`)
      await candidate
        .locator('[data-testid="mall-crm-evidence"][data-field="name"]')
        .waitFor()
      const queue = await widget
        .getByTestId("mall-crm-customer-review-queue")
        .getAttribute("href")
      assert(
        /\/crm\/matches\?status=pending$/.test(queue ?? ""),
        `the review queue link is ${queue}`
      )
      await tall(() => widgetShot(widget, "crm-customer-widget-candidates"))

      await candidate.getByTestId("mall-crm-customer-candidate-accept").click()
      await drawer.waitFor({ state: "visible" })
      await drawer
        .getByTestId("mall-crm-customer-decision-reason")
        .fill("Called her: same person, new mobile number")
      await withoutToasts(() =>
        drawer.screenshot({
          path: join(SHOTS, "crm-customer-widget-accept.png"),
        })
      )
      await submit.click()
      await drawer.waitFor({ state: "hidden" })
      await widget
        .locator(
          '[data-testid="mall-crm-customer-linked-by"][data-linked-by="review"]'
        )
        .waitFor()
      const external = await widget
        .getByTestId("mall-crm-customer-external-id")
        .innerText()
      assert(external === "HX-CRM-00019", `now linked to ${external}`)
      const left = await widget
        .getByTestId("mall-crm-customer-candidate")
        .count()
      assert(left === 0, `${left} candidates are still shown`)
    }
  )

  await check(
    "rejecting a possible match needs a reason, then the pair is gone",
    async () => {
      const { widget, candidate } = await candidateOf(wuQiang.email, "吴静")
      await candidate.getByTestId("mall-crm-customer-candidate-reject").click()
      await drawer.waitFor({ state: "visible" })
      await submit.click()
      await drawer.getByText("Say why these are different customers").waitFor()
      await drawer.screenshot({
        path: join(SHOTS, "crm-customer-widget-reject.png"),
      })
      await drawer
        .getByTestId("mall-crm-customer-decision-reason")
        .fill("Her husband: same home phone and address, another person")
      await submit.click()
      await drawer.waitFor({ state: "hidden" })
      await widget
        .locator(
          '[data-testid="mall-crm-customer-status"][data-status="linked"]'
        )
        .waitFor()
      const left = await widget
        .getByTestId("mall-crm-customer-candidate")
        .count()
      assert(left === 0, `${left} candidates are still shown`)
      const source = await widget
        .getByTestId("mall-crm-customer-contact")
        .getByTestId("mall-crm-source")
        .getAttribute("data-source")
      assert(source === "online", `the customer's contact is ${source}`)
    }
  )

  await check(
    "the order's review widget shows the rules a COD order failed",
    async () => {
      await page.goto(`${BASE}/app/orders/${order.id}`)
      const widget = page.getByTestId("mall-crm-order-review-widget")
      await widget.waitFor({ state: "visible", timeout: 120_000 })
      await untilShown(widget.getByTestId("mall-crm-order-review-decision"))
      const status = await widget
        .getByTestId("mall-crm-order-review-status")
        .getAttribute("data-status")
      assert(
        ["pending", "approved", "rejected"].includes(status),
        `the review is ${status}`
      )
      await widget
        .locator('[data-testid="mall-crm-order-review-rule"][data-code="cod"]')
        .waitFor()
      await widget.getByTestId("mall-crm-order-sync").waitFor()
    }
  )

  await check(
    "sales ops approves a pending review from the order's widget; the order goes to the CRM",
    async () => {
      await page.goto(`${BASE}/app/orders/${guestOrder.id}`)
      const widget = page.getByTestId("mall-crm-order-review-widget")
      await widget.waitFor({ state: "visible", timeout: 120_000 })
      await untilShown(
        widget.locator(
          '[data-testid="mall-crm-order-review-status"][data-status="pending"]'
        )
      )
      await widget
        .locator('[data-testid="mall-crm-order-review-rule"][data-code="cod"]')
        .waitFor()
      const customer = await widget
        .getByTestId("mall-crm-order-review-contact")
        .innerText()
      assert(
        customer.includes("王伟") &&
          customer.includes("wangwei.sh@example.com"),
        `the customer reads ${customer}`
      )
      await widget.getByTestId("mall-crm-order-review-due").waitFor()
      await withoutToasts(() =>
        tall(() => widgetShot(widget, "crm-order-widget-pending"))
      )

      // Rejecting needs a reason: the drawer says so and sends nothing.
      await widget.getByTestId("mall-crm-order-review-reject").click()
      const drawer = page.getByTestId("mall-crm-order-decision-drawer")
      await drawer.waitFor({ state: "visible" })
      await page.getByTestId("mall-crm-order-decision-drawer-submit").click()
      await drawer.getByText("Say why the order is rejected").waitFor()
      await drawer.screenshot({
        path: join(SHOTS, "crm-order-widget-reject.png"),
      })
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      await widget.getByTestId("mall-crm-order-review-approve").click()
      await drawer.waitFor({ state: "visible" })
      await drawer
        .getByTestId("mall-crm-order-decision-reason")
        .fill("Called the buyer: address confirmed")
      await page.getByTestId("mall-crm-order-decision-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await widget
        .locator(
          '[data-testid="mall-crm-order-review-status"][data-status="approved"]'
        )
        .waitFor()
      const decision = await widget
        .getByTestId("mall-crm-order-review-decision")
        .innerText()
      assert(/^Approved by /.test(decision), `the decision reads ${decision}`)
      const reason = await widget
        .getByTestId("mall-crm-order-review-reason")
        .innerText()
      assert(
        reason.includes("Called the buyer: address confirmed"),
        `the reason reads ${reason}`
      )
      const job = widget.getByTestId("mall-crm-order-sync-job")
      await untilShown(
        widget.locator(
          '[data-testid="mall-crm-order-sync-job"][data-status="succeeded"]'
        )
      )
      const attempts = await job
        .getByTestId("mall-crm-order-sync-attempts")
        .innerText()
      assert(/^1 of \d+$/.test(attempts), `attempts read ${attempts}`)
      await withoutToasts(() =>
        tall(() => widgetShot(widget, "crm-order-widget"))
      )
    }
  )

  await check(
    "a failed delivery offers Retry, and the widget shows the server's answer",
    async () => {
      // The demo's file connector does not fail: the page is shown the
      // delivery as failed, and the server then refuses to send a job that
      // succeeded, with its reason.
      const pattern = `**/admin/mall/orders/${guestOrder.id}/crm-review`
      await page.route(pattern, async (route) => {
        const response = await route.fetch()
        const body = await response.json()
        body.sync_jobs = body.sync_jobs.map((job) => ({
          ...job,
          status: "failed",
          attempts: job.max_attempts,
          succeeded_at: null,
          last_attempt_at: job.updated_at,
          last_error: "HTTP 503 Service Unavailable: CRM maintenance window",
        }))
        await route.fulfill({ response, json: body })
      })
      try {
        await page.goto(`${BASE}/app/orders/${guestOrder.id}`)
        const widget = page.getByTestId("mall-crm-order-review-widget")
        const job = widget.locator(
          '[data-testid="mall-crm-order-sync-job"][data-status="failed"]'
        )
        await job.waitFor({ timeout: 120_000 })
        const error = await job
          .getByTestId("mall-crm-order-sync-error")
          .innerText()
        assert(/HTTP 503/.test(error), `the last error reads ${error}`)
        await withoutToasts(() =>
          tall(() => widgetShot(widget, "crm-order-widget-failed"))
        )
        await job.getByTestId("mall-crm-order-sync-retry").click()
        await page
          .getByText(/only a failed job can be sent again/)
          .first()
          .waitFor()
      } finally {
        await page.unroute(pattern)
      }
    }
  )

  await check("the CRM widgets read in Simplified Chinese", async () => {
    await page.evaluate('localStorage.setItem("lng", "zhCN")')
    await page.context().addCookies([{ name: "lng", value: "zhCN", url: BASE }])
    try {
      if (wangWeiUrl) {
        await page.goto(wangWeiUrl)
        const widget = page.getByTestId("mall-crm-customer-widget")
        await widget.getByText("此联系人的其他客户").waitFor({
          timeout: 120_000,
        })
        await tall(() => widgetShot(widget, "crm-customer-widget-zh"))
      }
      await page.goto(`${BASE}/app/orders/${guestOrder.id}`)
      const widget = page.getByTestId("mall-crm-order-review-widget")
      await widget.getByText("客户审核").first().waitFor({ timeout: 120_000 })
      await widget.getByText("CRM 推送").waitFor()
      await withoutToasts(() =>
        tall(() => widgetShot(widget, "crm-order-widget-zh"))
      )
    } finally {
      await page.evaluate('localStorage.setItem("lng", "en")')
      await page.context().addCookies([{ name: "lng", value: "en", url: BASE }])
    }
  })
}

/**
 * The CRM review screens. The match review queue: the demo's relative (李娟
 * shares 李娜's phone) rejected as different customers, which needs a reason
 * (and sales ops: the server's refusal shows in the drawer), then an imported
 * near-duplicate of a contact accepted as the same customer. The order
 * reviews: COD orders wait for sales ops; one past its due time shows as
 * overdue, one is rejected (a reason is required), one approved. The CRM
 * sync: the approved order's delivery fails while the outbox is unwritable,
 * then a Retry delivers it. The CRM overview's figures, then the screens in
 * Simplified Chinese.
 */
async function crmReviewChecks(page, key, db) {
  const shot = (name, options = {}) =>
    page.screenshot({ path: join(SHOTS, `crm-${name}.png`), ...options })
  const withoutToasts = async (fn) => {
    const style = await page.addStyleTag({
      content: "[data-sonner-toaster]{display:none!important}",
    })
    try {
      await fn()
    } finally {
      await style.evaluate((el) => el.remove())
    }
  }
  const tall = async (fn, height = 1800) => {
    await page.setViewportSize({ width: 1440, height })
    try {
      await fn()
    } finally {
      await page.setViewportSize({ width: 1440, height: 1000 })
    }
  }
  const admin = await adminApi(ADMIN)
  const matchCard = (text) =>
    page.getByTestId("mall-crm-match").filter({ hasText: text })

  await check(
    "the match review shows both records side by side with the evidence",
    async () => {
      await page.goto(`${BASE}/app/crm/matches`)
      await page
        .getByTestId("mall-crm-matches-page")
        .waitFor({ timeout: 120_000 })
      const card = matchCard("李娟").first()
      await card.waitFor()
      assert(
        (await card.getAttribute("data-status")) === "pending",
        "the queue does not open on pending candidates"
      )
      const subject = await card
        .getByTestId("mall-crm-match-subject")
        .innerText()
      const contact = await card
        .getByTestId("mall-crm-match-contact")
        .innerText()
      assert(/Online customer/.test(subject), `the subject reads: ${subject}`)
      assert(
        /Existing contact/.test(contact) && /李娟/.test(contact),
        `the contact reads: ${contact}`
      )
      const phone = card.locator(
        '[data-testid="mall-crm-evidence"][data-field="phone"]'
      )
      const phoneText = await phone.innerText()
      assert(
        /same/.test(phoneText) && /\+9/.test(phoneText),
        `the phone evidence reads: ${phoneText}`
      )
      const name = await card
        .locator('[data-testid="mall-crm-evidence"][data-field="name"]')
        .innerText()
      assert(/differs/.test(name), `the name evidence reads: ${name}`)
      const score = await card.getByTestId("mall-crm-match-score").innerText()
      assert(/\d+%/.test(score), `the score reads: ${score}`)
    }
  )

  await check(
    "rejecting a match needs a reason and shows the server's answer",
    async () => {
      const card = matchCard("李娟").first()
      const id = await card.getAttribute("data-id")
      await card.getByTestId("mall-crm-match-reject").click()
      const drawer = page.getByTestId("mall-crm-match-reject-drawer")
      await drawer.waitFor({ state: "visible" })
      await page.getByTestId("mall-crm-match-reject-drawer-submit").click()
      await drawer.getByText("Say why these are different customers").waitFor()
      await drawer
        .getByTestId("mall-crm-match-reason")
        .fill("Sisters sharing the family phone; the branch confirmed")
      await withoutToasts(() =>
        drawer.screenshot({ path: join(SHOTS, "crm-match-reject.png") })
      )
      const me = await admin("GET", "/admin/mall/departments/me")
      const salesOps = JSON.stringify(me).includes("sales_ops")
      if (!salesOps) {
        // Not in sales ops yet: the server refuses, the drawer says why.
        await page.getByTestId("mall-crm-match-reject-drawer-submit").click()
        const refusal = drawer.getByTestId("mall-crm-match-error")
        await refusal.waitFor()
        const message = await refusal.innerText()
        assert(/sales_ops/.test(message), `the refusal reads: ${message}`)
        await joinDepartments(ADMIN, ["sales_ops"])
      }
      await page.getByTestId("mall-crm-match-reject-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await page
        .locator(`[data-testid="mall-crm-match"][data-id="${id}"]`)
        .waitFor({ state: "detached" })
      const { match_candidate } = await admin(
        "GET",
        `/admin/mall/crm/matches/${id}`
      )
      assert(
        match_candidate.status === "rejected" &&
          /Sisters/.test(match_candidate.reason ?? ""),
        `the candidate is ${match_candidate.status}: ${match_candidate.reason}`
      )
    }
  )

  await check(
    "an imported near-duplicate is accepted as the same customer",
    async () => {
      const report = await admin("POST", "/admin/mall/crm/contacts/import", {
        contacts: [
          {
            external_id: "BT-REV-0001",
            name: "赵敏",
            phones: "+86 136 0013 6099",
            address_1: "9 Chunxi Road, Jinjiang District",
            city: "Chengdu",
            province: "Sichuan",
            postal_code: "610016",
            country_code: "cn",
          },
          // Same e-mail as 刘芳 (HX-CRM-00006), another name: her husband?
          {
            external_id: "BT-REV-0002",
            name: "刘建国",
            emails: "liu.fang@example.com",
            city: "Chongqing",
            province: "Chongqing",
            postal_code: "400010",
            country_code: "cn",
          },
        ],
      })
      assert(
        report.lines?.every((line) => line.status === "review"),
        `the import reports: ${JSON.stringify(report.lines)}`
      )
      await page.reload()
      const card = matchCard("BT-REV-0001").first()
      await card.waitFor()
      const subject = await card
        .getByTestId("mall-crm-match-subject")
        .innerText()
      assert(/Imported contact/.test(subject), `the subject: ${subject}`)
      const address = await card
        .locator('[data-testid="mall-crm-evidence"][data-field="address"]')
        .innerText()
      assert(/Chunxi Road/.test(address), `the address row: ${address}`)
      await withoutToasts(() => tall(() => shot("matches"), 1500))

      // Sorted by score and searched by what either record says.
      await page.getByTestId("mall-crm-matches-order").click()
      await page
        .getByRole("option", { name: "Highest score first", exact: true })
        .click()
      await page.waitForURL(/order=-score/)
      const search = page.getByTestId("mall-crm-matches-search")
      await search.fill("Chunxi")
      await page.waitForURL(/q=Chunxi.*order=-score|order=-score.*q=Chunxi/)
      // The list keeps the previous page until the search answers.
      await page.waitForFunction(
        `document.querySelectorAll('[data-testid="mall-crm-match"]').length === 1`
      )
      await card.waitFor()
      const found = await page.getByTestId("mall-crm-matches-count").innerText()
      assert(/^1 candidate$/.test(found), `searching Chunxi finds ${found}`)
      await search.fill("nobody-like-this")
      await page.getByTestId("mall-crm-matches-empty").waitFor()
      await search.fill("")
      await card.waitFor()

      const id = await card.getAttribute("data-id")
      await card.getByTestId("mall-crm-match-accept").click()
      const drawer = page.getByTestId("mall-crm-match-accept-drawer")
      await drawer.waitFor({ state: "visible" })
      const summary = await drawer
        .getByTestId("mall-crm-match-decision-summary")
        .innerText()
      assert(/will be merged into/.test(summary), `the summary: ${summary}`)
      await withoutToasts(() =>
        drawer.screenshot({ path: join(SHOTS, "crm-match-accept.png") })
      )
      // The reason is optional to accept.
      await page.getByTestId("mall-crm-match-accept-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await page
        .locator(`[data-testid="mall-crm-match"][data-id="${id}"]`)
        .waitFor({ state: "detached" })

      await page.getByTestId("mall-crm-matches-status-filter").click()
      await page.getByRole("option", { name: "Accepted", exact: true }).click()
      const accepted = page.locator(
        `[data-testid="mall-crm-match"][data-id="${id}"]`
      )
      await accepted.waitFor()
      const decision = await accepted
        .getByTestId("mall-crm-match-decision")
        .innerText()
      assert(/Accepted as the same customer by/.test(decision), decision)
      await accepted.getByTestId("mall-crm-match-open").click()
      await page.waitForURL(/\/crm\/matches\/[^/?]+$/)
      await page.getByTestId("mall-crm-match-page").waitFor()
      await page.getByTestId("mall-crm-match-decision").waitFor()
    }
  )

  // Two more COD orders: with the one placed at the start, three wait.
  const orders = [
    await placeOrder(key, "pp_cod_cod"),
    await placeOrder(key, "pp_cod_cod"),
  ]
  const reviewOf = async (orderId) => {
    for (let i = 0; i < 60; i++) {
      const { order_reviews } = await admin(
        "GET",
        `/admin/mall/crm/order-reviews?order_id=${orderId}`
      )
      if (order_reviews[0]) {
        return order_reviews[0]
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
    throw new Error(`no review for order ${orderId}`)
  }
  const [late, toReject] = await Promise.all(orders.map((o) => reviewOf(o.id)))
  // As if it had waited since yesterday: nothing but time makes it overdue.
  await query(
    db,
    DB_NAME,
    "UPDATE mall_crm_order_review SET due_at = now() - interval '3 hours' WHERE id = $1",
    [late.id]
  )
  await check("the CRM overview shows the work waiting", async () => {
    await page.goto(`${BASE}/app/crm`)
    const overdue = page.getByTestId("mall-crm-card-overdue")
    await overdue.waitFor({ timeout: 120_000 })
    const text = await overdue.innerText()
    assert(/1 overdue/.test(text), `the overdue line reads: ${text}`)
    const matches = await page.getByTestId("mall-crm-card-matches").innerText()
    assert(/possible duplicate/.test(matches), `matches card: ${matches}`)
    await withoutToasts(() => shot("overview", { fullPage: true }))
  })

  const reviewsTable = () => page.getByTestId("mall-crm-order-reviews-page")
  const reviewRow = (displayId) =>
    reviewsTable()
      .locator("tbody tr")
      .filter({ has: page.getByRole("link", { name: `#${displayId}` }) })

  await check(
    "the order reviews list the rules each order failed and what is overdue",
    async () => {
      await page.goto(`${BASE}/app/crm/order-reviews`)
      await reviewRow(late.display_id).waitFor({ timeout: 120_000 })
      const rows = await reviewsTable().locator("tbody tr").count()
      assert(rows >= 3, `${rows} pending reviews`)
      const text = await reviewRow(late.display_id).innerText()
      assert(/Cash on delivery/.test(text), `the row reads: ${text}`)
      assert(/fang\.wang@example\.com/.test(text), `no customer in: ${text}`)
      await reviewRow(late.display_id)
        .getByTestId("mall-crm-review-overdue")
        .waitFor()
      // The most urgent first.
      const first = await reviewsTable().locator("tbody tr").first().innerText()
      assert(first.includes(`#${late.display_id}`), `first row: ${first}`)
      await withoutToasts(() => shot("order-reviews"))

      await page.getByTestId("mall-crm-order-reviews-overdue-filter").click()
      await page.getByRole("option", { name: "Overdue", exact: true }).click()
      await page.waitForURL(/overdue=true/)
      await page.waitForFunction(
        `document.querySelectorAll('[data-testid="mall-crm-order-reviews-page"] tbody tr').length === 1`
      )
      await reviewRow(late.display_id).waitFor()
      await page.getByTestId("mall-crm-order-reviews-overdue-filter").click()
      await page.getByRole("option", { name: "Any due time" }).click()
      await page.waitForURL((url) => !url.search.includes("overdue"))
    }
  )

  await check("an order review is rejected with a reason", async () => {
    const row = reviewRow(toReject.display_id)
    await row.getByTestId("mall-crm-review-reject").click()
    const drawer = page.getByTestId("mall-crm-review-reject-drawer")
    await drawer.waitFor({ state: "visible" })
    await page.getByTestId("mall-crm-review-reject-drawer-submit").click()
    // The refusal, not the hint under the reason box (shown before submitting).
    await drawer.getByText("Say why the order is rejected").waitFor()
    await drawer
      .getByTestId("mall-crm-review-reason-input")
      .fill("Customer unreachable; the address does not exist")
    await withoutToasts(() =>
      drawer.screenshot({ path: join(SHOTS, "crm-order-review-reject.png") })
    )
    await page.getByTestId("mall-crm-review-reject-drawer-submit").click()
    await drawer.waitFor({ state: "hidden" })
    await row.waitFor({ state: "detached" })
  })

  // An outbox the server cannot write to: the delivery fails for real.
  const outbox = join(projectRoot, ".crm-outbox")
  const heldOutbox = join(projectRoot, ".crm-outbox-held")
  const { renameSync, writeFileSync, rmSync } = await import("node:fs")
  const restoreOutbox = () => {
    if (existsSync(heldOutbox)) {
      rmSync(outbox, { force: true, recursive: true })
      renameSync(heldOutbox, outbox)
    }
  }
  if (existsSync(outbox)) {
    renameSync(outbox, heldOutbox)
  }
  writeFileSync(outbox, "not a folder\n")

  let job
  try {
    await check("an order review is approved", async () => {
      const row = reviewRow(late.display_id)
      await row.getByTestId("mall-crm-review-approve").click()
      const drawer = page.getByTestId("mall-crm-review-approve-drawer")
      await drawer.waitFor({ state: "visible" })
      await drawer.getByText("Cash on delivery").waitFor()
      await drawer
        .getByTestId("mall-crm-review-reason-input")
        .fill("Called the customer: order confirmed")
      await withoutToasts(() =>
        drawer.screenshot({
          path: join(SHOTS, "crm-order-review-approve.png"),
        })
      )
      await page.getByTestId("mall-crm-review-approve-drawer-submit").click()
      await drawer.waitFor({ state: "hidden" })
      await row.waitFor({ state: "detached" })

      await page.getByTestId("mall-crm-order-reviews-status-filter").click()
      await page.getByRole("option", { name: "All statuses" }).click()
      const approved = reviewRow(late.display_id)
      await approved.waitFor()
      const text = await approved.innerText()
      assert(
        /Approved/.test(text) && /Called the customer/.test(text),
        `the approved row reads: ${text}`
      )
      const rejected = await reviewRow(toReject.display_id).innerText()
      assert(
        /Rejected/.test(rejected) && /unreachable/.test(rejected),
        `the rejected row reads: ${rejected}`
      )
      await withoutToasts(() => shot("order-reviews-decided"))
    })

    // The approved order's delivery: its first attempt fails.
    for (let i = 0; i < 60 && !job?.last_error; i++) {
      const { sync_jobs } = await admin(
        "GET",
        `/admin/mall/crm/sync-jobs?order_id=${late.order_id}`
      )
      job = sync_jobs[0]
      if (!job?.last_error) {
        await new Promise((r) => setTimeout(r, 1000))
      }
    }
  } finally {
    restoreOutbox()
  }

  await check(
    "a failed CRM delivery shows its error and is sent again",
    async () => {
      assert(
        job?.last_error,
        `the delivery did not fail: ${JSON.stringify(job)}`
      )
      // As if every attempt had failed: waiting out the backoff takes hours.
      await query(
        db,
        DB_NAME,
        "UPDATE mall_crm_sync_job SET status = 'failed', attempts = max_attempts, next_attempt_at = NULL WHERE id = $1 AND status <> 'succeeded'",
        [job.id]
      )
      await page.goto(`${BASE}/app/crm/sync-jobs`)
      const table = page.getByTestId("mall-crm-sync-jobs-page")
      const row = table.locator("tbody tr").filter({
        has: page.getByRole("link", { name: `#${late.display_id}` }),
      })
      await row.waitFor({ timeout: 120_000 })
      const text = await row.innerText()
      assert(
        /Failed/.test(text) &&
          /could not write/.test(text) &&
          /8 of 8/.test(text),
        `the failed job reads: ${text}`
      )
      const delivered = await table
        .locator("tbody tr")
        .filter({ hasText: "Delivered" })
        .count()
      assert(delivered >= 1, "no delivered job (the prepaid order)")
      await withoutToasts(() => shot("sync-jobs"))

      await row.getByTestId("mall-crm-sync-job-retry").click()
      await row
        .locator(
          '[data-testid="mall-crm-sync-job-status"][data-status="succeeded"]'
        )
        .waitFor()
      const after = await row.innerText()
      assert(!/could not write/.test(after) || /Delivered/.test(after), after)
      await page.getByTestId("mall-crm-sync-jobs-status-filter").click()
      await page.getByRole("option", { name: "Failed", exact: true }).click()
      await page.waitForURL(/status=failed/)
      await table.getByText("No delivery with this status").waitFor()
    }
  )

  await check("the CRM overview counts what is left", async () => {
    await page.goto(`${BASE}/app/crm`)
    await page.getByTestId("mall-crm-page").waitFor()
    for (const card of ["matches", "order-reviews", "sync-jobs"]) {
      await page
        .getByTestId(`mall-crm-card-${card}`)
        .getByText(/\d/)
        .first()
        .waitFor()
    }
    const reviews = await page
      .getByTestId("mall-crm-card-order-reviews")
      .innerText()
    assert(
      /held at the customer gate|overdue/.test(reviews),
      `reviews card: ${reviews}`
    )
    const failed = await page.getByTestId("mall-crm-card-sync-jobs").innerText()
    assert(/\b0\b/.test(failed), `the sync card reads: ${failed}`)
    await withoutToasts(() => shot("overview-after", { fullPage: true }))
    await page.getByTestId("mall-crm-card-order-reviews").click()
    await page.waitForURL(/\/crm\/order-reviews/)
  })

  await check("the CRM review screens read in Simplified Chinese", async () => {
    await page.evaluate('localStorage.setItem("lng", "zhCN")')
    await page.context().addCookies([{ name: "lng", value: "zhCN", url: BASE }])
    try {
      await page.goto(`${BASE}/app/crm/order-reviews?status=__all__`)
      await page.getByTestId("mall-crm-order-reviews-page").waitFor()
      await page.getByText("订单审核").first().waitFor()
      await reviewsTable().getByText("货到付款").first().waitFor()
      await shot("order-reviews-zh")
      await page.goto(`${BASE}/app/crm/matches?status=__all__`)
      await page.getByTestId("mall-crm-match").first().waitFor()
      await page.getByText("匹配审核").first().waitFor()
      await page.getByText("现有联系人").first().waitFor()
      await tall(() => shot("matches-zh"), 1400)
      await page.goto(`${BASE}/app/crm/sync-jobs`)
      await page
        .getByTestId("mall-crm-sync-jobs-page")
        .getByText("已送达")
        .first()
        .waitFor()
      await shot("sync-jobs-zh")
    } finally {
      await page.evaluate('localStorage.setItem("lng", "en")')
      await page.context().addCookies([{ name: "lng", value: "en", url: BASE }])
    }
  })
}

/** A signed-in admin's JSON requests, as the dashboard makes them. */
async function adminApi({ email, password }) {
  const login = await fetch(`${BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const { token } = await login.json()
  return async (method, path, body) => {
    const res = await fetch(`${BASE}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
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
}

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

/** Puts the admin in the given departments through the plugin's API. */
async function joinDepartments({ email, password }, departments) {
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
  for (const department of departments) {
    const res = await fetch(
      `${BASE}/admin/mall/departments/${department}/members`,
      {
        method: "POST",
        headers,
        body: JSON.stringify({ user_id: me.user.id, role: "owner" }),
      }
    )
    assert(
      res.ok,
      `could not join ${department}: ${res.status} ${await res.text()}`
    )
  }
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

/**
 * A storefront checkout through the store API, paid with `providerId`;
 * Fang Wang's as a guest unless `buyer` gives another email and address.
 */
async function placeOrder(key, providerId, buyer = {}) {
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
    ...buyer.address,
  }
  const { cart } = await store("POST", "/store/carts", {
    region_id: china.id,
    email: buyer.email ?? "fang.wang@example.com",
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
