// `npm run demo`: the demo store with its admin dashboard, from a fresh clone
// with only Node installed.
//
// 1. A database: DATABASE_URL or DB_* when given, else an embedded PostgreSQL
//    kept in .pgdata/demo (so a second run finds its data).
// 2. `medusa db:migrate` (skipped when nothing that shapes the schema changed
//    since the last run), then the seed (only when the admin user is missing).
// 3. The server, until Ctrl-C, which stops everything, the database included.
//
// Environment: DEMO_DB_NAME (default medusa_mall_demo; a DATABASE_URL keeps its
// own database name), PORT (default 9000), DEMO_RESEED=true to run the seed
// again, DEMO_MIGRATE=true to run db:migrate even when nothing changed.
import { createHash } from "node:crypto"
import { existsSync, readFileSync, readdirSync } from "node:fs"
import { createConnection } from "node:net"
import { join } from "node:path"
import {
  ensureDatabaseExists,
  query,
  resolveDatabase,
} from "./lib/database.mjs"
import {
  isShuttingDown,
  localBin,
  main,
  projectRoot,
  run,
  startServer,
} from "./lib/lifecycle.mjs"

const DEFAULT_ADMIN = {
  email: "admin@huaxia-mall.test",
  password: "supersecret",
}
const port = Number(process.env.PORT || 9000)
const baseUrl = `http://localhost:${port}`
const medusa = localBin("medusa")
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

main(async () => {
  const startedAt = Date.now()
  if (await isListening(port)) {
    throw new Error(
      `Port ${port} is already in use. Stop what runs there, or set PORT to another port.`
    )
  }

  const db = await resolveDatabase({ purpose: "demo", probeLocal: false })
  const dbName = process.env.DATABASE_URL
    ? decodeURIComponent(new URL(process.env.DATABASE_URL).pathname.slice(1)) ||
      "medusa_mall_demo"
    : process.env.DEMO_DB_NAME || "medusa_mall_demo"
  await ensureDatabaseExists(db, dbName)

  const env = {
    ...process.env,
    DATABASE_URL: db.url(dbName),
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Approved orders go to the CRM as files for batch pickup. A dot folder:
    // `medusa develop` restarts on any other new file in the project.
    MALL_CRM_OUTBOX: process.env.MALL_CRM_OUTBOX || ".crm-outbox",
    // Not "production": Medusa then marks the session cookie Secure, and the
    // dashboard login over plain http://localhost silently fails.
    NODE_ENV: "development",
  }

  let step = Date.now()
  const schema = schemaFingerprint()
  if (
    process.env.DEMO_MIGRATE !== "true" &&
    (await databaseComment(db, dbName)) === schema
  ) {
    console.log(
      `\nThe schema of ${dbName} is up to date (nothing that shapes it changed); skipping db:migrate. DEMO_MIGRATE=true runs it anyway.`
    )
  } else {
    console.log(`\n> medusa db:migrate (database ${dbName})`)
    // Safe link changes only, and no prompt: a prompt in a background process would hang.
    await mustSucceed(
      run(
        medusa,
        ["db:migrate", "--execute-safe-links", "--execute-safe-search"],
        { env }
      ),
      "medusa db:migrate"
    )
    await databaseComment(db, dbName, schema)
    console.log(`  migrations done in ${seconds(step)}`)
  }

  let admin = DEFAULT_ADMIN
  const adminEmail = process.env.DEMO_ADMIN_EMAIL || DEFAULT_ADMIN.email
  if (
    process.env.DEMO_RESEED === "true" ||
    !(await hasUser(db, dbName, adminEmail))
  ) {
    step = Date.now()
    console.log("\n> medusa exec ./src/scripts/seed.ts")
    const seed = await mustSucceed(
      run(medusa, ["exec", "./src/scripts/seed.ts"], { env, capture: true }),
      "the seed"
    )
    admin = credentialsFrom(seed.output) ?? DEFAULT_ADMIN
    console.log(`  seeded in ${seconds(step)}`)
  } else {
    console.log(
      `\nThe database already holds the demo data (user ${adminEmail}); skipping the seed. DEMO_RESEED=true runs it again.`
    )
    admin = {
      email: adminEmail,
      password: process.env.DEMO_ADMIN_PASSWORD || DEFAULT_ADMIN.password,
    }
  }

  step = Date.now()
  const server = startMedusa(env)
  await waitUntilReady(server)
  console.log(
    `  server ready in ${seconds(step)} (${seconds(startedAt)} in all)`
  )
  printBox([
    "Enterprise Mall demo is running",
    "",
    `Admin dashboard:  ${baseUrl}/app`,
    `Email:            ${admin.email}`,
    `Password:         ${admin.password}`,
    `Database:         ${db.embedded ? `embedded PostgreSQL, localhost:${db.port}` : `${db.host}:${db.port}`}/${dbName}`,
    "",
    "Press Ctrl-C to stop everything.",
  ])
  // Run until the server exits on its own (a crash) or Ctrl-C shuts us down.
  const code = await server.exited
  if (!isShuttingDown()) {
    console.error(`The Medusa server exited with code ${code}.`)
  }
  return code || 1
})

/**
 * The server is `medusa develop`, measured against the alternative on this
 * repository (2 cores, busy machine):
 * - develop answered /health and served the dashboard 9-24 s after launch,
 *   every time, with no build step;
 * - `medusa build` + `medusa start` spent 61 s building (22 s backend, 39 s
 *   vite, ~1.7 GB) and then could not start at all: tsconfig.json excludes
 *   medusa-config.ts (so `plugin:build` does not publish it), hence the app
 *   build in .medusa/server has no medusa-config.js. It would also overwrite
 *   the plugin build in .medusa/server.
 * `--no-lint`: lint belongs to `npm test`; develop refuses to start on a lint error.
 */
function startMedusa(env) {
  const onOutput = watchServerOutput()
  console.log("\n> medusa develop")
  const child = startServer(medusa, ["develop", "--no-lint"], { env, onOutput })
  child.started = onOutput.started
  return child
}

/**
 * A hash of what decides the database schema: the installed packages (core
 * migrations), our migrations, links and medusa-config.ts. `db:migrate` takes
 * 7-20 s even with nothing to do, so a second demo start skips it when the
 * hash stored on the database (as its COMMENT) still matches.
 */
function schemaFingerprint() {
  const files = ["package-lock.json", "medusa-config.ts"]
  const walk = (dir) => {
    for (const entry of existsSync(join(projectRoot, dir))
      ? readdirSync(join(projectRoot, dir), { withFileTypes: true })
      : []) {
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        walk(path)
      } else if (
        path.startsWith("src/links/") ||
        path.includes("/migrations/")
      ) {
        files.push(path)
      }
    }
  }
  walk("src/links")
  walk("src/modules")
  const hash = createHash("sha256")
  for (const file of files.sort()) {
    hash.update(`${file}\0`)
    if (existsSync(join(projectRoot, file))) {
      hash.update(readFileSync(join(projectRoot, file)))
    }
  }
  return `enterprise-mall-demo schema ${hash.digest("hex").slice(0, 16)}`
}

/** Reads the database's COMMENT, or sets it when `text` is given (best effort: it only saves time). */
async function databaseComment(db, dbName, text) {
  try {
    if (text === undefined) {
      const { rows } = await query(
        db,
        dbName,
        "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
        [dbName]
      )
      return rows[0]?.comment ?? null
    }
    await query(
      db,
      dbName,
      `COMMENT ON DATABASE "${dbName.replaceAll('"', '""')}" IS '${text}'`
    )
  } catch {
    return null
  }
}

async function mustSucceed(promise, what) {
  const result = await promise
  if (result.code !== 0) {
    throw new Error(`${what} failed (exit code ${result.code}).`)
  }
  return result
}

async function hasUser(db, dbName, email) {
  try {
    const { rowCount } = await query(
      db,
      dbName,
      'SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL',
      [email]
    )
    return rowCount > 0
  } catch {
    return false // no "user" table yet
  }
}

/**
 * The seed ends with "Admin login at /app: <email> / <password>"; use what it
 * says, so the box never drifts from the seed. Its password reads
 * "(existing password, unchanged)" when an older admin kept another one.
 */
function credentialsFrom(output) {
  const match = output.match(/Admin login[^\n:]*?:\s*(\S+@\S+)\s+\/\s+(.+)$/im)
  return match ? { email: match[1], password: match[2].trim() } : null
}

/**
 * Watches the server's own log for "Server is ready" or EADDRINUSE. Polling
 * /health alone is not enough: another server may hold the port, and `medusa
 * develop` keeps running (waiting for a file change) when its server crashes.
 */
function watchServerOutput() {
  let tail = ""
  let settle
  const onOutput = (text) => {
    tail = (tail + text).slice(-4000)
    if (/Server is ready on port/.test(tail)) {
      settle?.({ ok: true })
    } else if (/EADDRINUSE/.test(tail)) {
      settle?.({ ok: false, reason: `port ${port} is already in use` })
    }
  }
  onOutput.started = new Promise((resolvePromise) => (settle = resolvePromise))
  return onOutput
}

/** Waits for the server's "ready" line, then checks /health and that /app serves the dashboard's HTML. */
async function waitUntilReady(server) {
  const outcome = await Promise.race([
    server.started,
    server.exited.then((code) => ({
      ok: false,
      reason: `it exited with code ${code}`,
    })),
    new Promise((r) =>
      setTimeout(
        () => r({ ok: false, reason: "it did not get ready within 5 minutes" }),
        5 * 60_000
      )
    ),
  ])
  if (!outcome.ok) {
    throw new Error(`The Medusa server did not start: ${outcome.reason}.`)
  }
  for (const path of ["/health", "/app"]) {
    const response = await fetch(baseUrl + path)
    const body = await response.text()
    if (!response.ok || (path === "/app" && !/<html/i.test(body))) {
      throw new Error(
        `${baseUrl}${path} answered ${response.status}, not the expected page.`
      )
    }
  }
}

function isListening(portNumber) {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ port: portNumber, host: "localhost" })
    socket.once("connect", () => {
      socket.destroy()
      resolvePromise(true)
    })
    socket.once("error", () => resolvePromise(false))
  })
}

function printBox(lines) {
  const width = Math.max(...lines.map((line) => line.length)) + 4
  const border = "+" + "-".repeat(width - 2) + "+"
  console.log(
    [
      "",
      border,
      ...lines.map((line) => `| ${line.padEnd(width - 4)} |`),
      border,
      "",
    ].join("\n")
  )
}
