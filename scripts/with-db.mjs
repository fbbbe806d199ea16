// Runs a command with a PostgreSQL database, found the same way as for
// `npm test` (scripts/lib/database.mjs): DATABASE_URL or DB_* when they
// answer, else localhost:5432, else an embedded server stopped afterwards.
//
//   node scripts/with-db.mjs [--fresh-db <name>] [--] <command> [args...]
//
// The child gets DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (for the Medusa test
// runners) and DATABASE_URL. With --fresh-db <name> (or WITH_DB_FRESH=<name>)
// that database is dropped and created empty first, and DATABASE_URL points at
// it; otherwise DATABASE_URL is kept when given, or points at WITH_DB_NAME
// (default medusa_mall_scratch), created when missing. Our own messages go to
// stderr so the command's stdout stays clean. Exits with the command's code.
import {
  ensureDatabaseExists,
  recreateDatabase,
  resolveDatabase,
} from "./lib/database.mjs"
import { main, run } from "./lib/lifecycle.mjs"

const USAGE =
  "Usage: node scripts/with-db.mjs [--fresh-db <name>] [--] <command> [args...]"

main(async () => {
  const args = process.argv.slice(2)
  let fresh = process.env.WITH_DB_FRESH || null
  while (args[0]?.startsWith("--fresh-db")) {
    const flag = args.shift()
    fresh = flag.includes("=")
      ? flag.slice(flag.indexOf("=") + 1)
      : args.shift()
  }
  if (args[0] === "--") {
    args.shift()
  }
  if (!args.length || fresh === undefined || fresh === "") {
    console.error(USAGE)
    return 2
  }

  const log = (line) => console.error(line)
  const db = await resolveDatabase({
    purpose: "with-db",
    probeLocal: true,
    log,
  })
  let databaseUrl = process.env.DATABASE_URL
  if (fresh) {
    await recreateDatabase(db, fresh)
    databaseUrl = db.url(fresh)
    log(`Fresh database: ${fresh}`)
  } else if (!databaseUrl) {
    const name = process.env.WITH_DB_NAME || "medusa_mall_scratch"
    await ensureDatabaseExists(db, name)
    databaseUrl = db.url(name)
  }

  const url = new URL(databaseUrl)
  const env = {
    ...process.env,
    ...db.env(),
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // For psql and other libpq tools, so `with-db.mjs psql` just works.
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
  }
  // Our foreground process group: the command may be interactive, and Ctrl-C reaches it directly.
  const { code } = await run(args[0], args.slice(1), { env, ownGroup: false })
  return code
})
