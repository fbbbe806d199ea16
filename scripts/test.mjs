// `npm test`: every check, in order, stopping at the first failure:
// typecheck, lint, unit tests, then with a database the module and HTTP
// integration tests.
//
// Database: DATABASE_URL or DB_* when they point at a server that answers,
// else PostgreSQL at localhost:5432 when it answers, else an embedded one
// started here and stopped at the end (see scripts/lib/database.mjs).
//
// `npm test -- test:http` (or any script names of STEPS) runs only those steps.
//
// The last line of output is the summary, alone on its line:
// "N passed, N failed" (", N skipped" when some were), counted from the JSON
// results of the three jest runs. A check that failed without a failing jest
// test (typecheck, lint, a test file that could not run, a crashed run) adds
// one to "failed", so the line never reads "0 failed" when the exit code is
// not 0.
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { resolveDatabase } from "./lib/database.mjs"
import { isShuttingDown, main, onShutdown, run } from "./lib/lifecycle.mjs"

const STEPS = [
  { label: "typecheck", script: "typecheck" },
  { label: "lint", script: "lint" },
  // --passWithNoTests: jest exits 1 on "No tests found"; unit tests may not exist yet.
  { label: "unit tests", script: "test:unit", jest: ["--passWithNoTests"] },
  {
    label: "module integration tests",
    script: "test:modules",
    jest: [],
    database: true,
  },
  {
    label: "HTTP integration tests",
    script: "test:http",
    jest: [],
    database: true,
  },
]

const npm = process.platform === "win32" ? "npm.cmd" : "npm"
const totals = { passed: 0, failed: 0, skipped: 0 }
const report = []

main(async () => {
  const resultsDir = mkdtempSync(join(tmpdir(), "mall-test-"))
  onShutdown(() => rmSync(resultsDir, { recursive: true, force: true }))
  let dbEnv = null

  const only = process.argv.slice(2)
  const unknown = only.filter(
    (name) => !STEPS.some((step) => step.script === name)
  )
  if (unknown.length) {
    throw new Error(
      `Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.map((step) => step.script).join(", ")}`
    )
  }
  for (const step of STEPS.filter(
    (candidate) => !only.length || only.includes(candidate.script)
  )) {
    if (step.database && !dbEnv) {
      try {
        const db = await resolveDatabase({ purpose: "test", probeLocal: true })
        dbEnv = db.env()
      } catch (error) {
        console.error(`\n${error.message}`)
        return finish({
          label: "database",
          ok: false,
          seconds: 0,
          note: "could not get a PostgreSQL server",
        })
      }
    }

    console.log(`\n=== ${step.label}: npm run ${step.script}\n`)
    const started = Date.now()
    const outputFile = join(resultsDir, `${step.script.replace(":", "-")}.json`)
    const args = [
      "run",
      step.script,
      ...(step.jest
        ? ["--", ...step.jest, "--json", `--outputFile=${outputFile}`]
        : []),
    ]
    const { code } = await run(npm, args, {
      env: { ...process.env, ...(step.database ? dbEnv : {}) },
    })
    if (isShuttingDown()) {
      return 130 // interrupted: lifecycle.mjs is stopping everything
    }
    const result = {
      label: step.label,
      ok: code === 0,
      seconds: (Date.now() - started) / 1000,
      note: "",
    }

    if (step.jest) {
      const counts = jestCounts(outputFile)
      totals.passed += counts.passed
      totals.failed += counts.failed
      totals.skipped += counts.skipped
      result.note = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`
      if (counts.brokenFiles) {
        result.note += `, ${counts.brokenFiles} test file(s) could not run`
      }
      // jest's exit code decides; make sure the totals show it.
      if (!result.ok && counts.failed === 0) {
        totals.failed += 1
      }
    } else if (!result.ok) {
      totals.failed += 1
    }
    if (!result.ok) {
      return finish(result)
    }
    report.push(result)
  }
  return finish(null)
})

/** Counts from jest's --json output. A test file that failed to run (syntax error, failing beforeAll) counts as one failure. */
function jestCounts(file) {
  if (!existsSync(file)) {
    return { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 }
  }
  const json = JSON.parse(readFileSync(file, "utf8"))
  const brokenFiles = json.numRuntimeErrorTestSuites ?? 0
  return {
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + brokenFiles,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    brokenFiles,
  }
}

function finish(failedStep) {
  if (failedStep) {
    report.push(failedStep)
  }
  console.log("\n=== Summary")
  for (const { label, ok, seconds, note } of report) {
    console.log(
      `${ok ? "ok    " : "FAILED"}  ${label.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s  ${note}`
    )
  }
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ""
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`)
  return failedStep || totals.failed ? 1 : 0
}
