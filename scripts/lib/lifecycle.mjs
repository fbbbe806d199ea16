// Child processes and shutdown for the repository scripts (demo, test, with-db).
//
// Commands run in their own process group (unless `ownGroup: false`), so
// stopping one also stops what it spawned (npm -> sh -> node -> jest workers,
// medusa develop -> its forked server). On Ctrl-C, SIGTERM or SIGHUP we stop
// the children first, then run the registered cleanups in reverse order (the
// embedded PostgreSQL last, so the app never sees its database vanish
// mid-request), then exit.
import { spawn } from "node:child_process"
import { constants } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const projectRoot = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../.."
)

/** A binary installed by npm in this project (node_modules/.bin), without the npx start-up cost. */
export const localBin = (name) =>
  join(projectRoot, "node_modules", ".bin", name)

const osSignals = constants.signals
const exitCode = (code, signal) => code ?? 128 + (osSignals[signal] ?? 0)

const children = new Set()
const cleanups = []
const exitHooks = []
let shuttingDown = false

// Own process groups are a POSIX feature; on Windows we fall back to killing the child only.
const useGroups = process.platform !== "win32"

/** Runs `fn` (async) during shutdown. Later registrations run first. */
export function onShutdown(fn) {
  cleanups.push(fn)
  return () => {
    const i = cleanups.indexOf(fn)
    if (i >= 0) {
      cleanups.splice(i, 1)
    }
  }
}

/** Runs `fn` synchronously when the process exits anyway (last resort, no awaiting possible). */
export function onExitSync(fn) {
  exitHooks.push(fn)
}

function signalGroup(child, signal) {
  try {
    if (child.ownGroup) {
      process.kill(-child.pid, signal)
    } else {
      child.kill(signal)
    }
  } catch {
    // Already gone.
  }
}

/** Is the child, or with its own group anyone in that group, still running? */
function isAlive(child) {
  if (!child.ownGroup) {
    return child.exitCode === null && child.signalCode === null
  }
  try {
    process.kill(-child.pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

/**
 * Stops a child and its whole process group: SIGINT first (what Ctrl-C would
 * send), SIGTERM after half the grace time, SIGKILL at the end. It waits for
 * the group, not the leader: `medusa develop` exits at once on SIGINT while
 * its forked server is still shutting down, and that server can hang there.
 */
export async function stopChild(child, { graceMs = 10_000 } = {}) {
  if (!isAlive(child)) {
    return // also keeps us from signalling a process group id that was reused
  }
  const started = Date.now()
  signalGroup(child, "SIGINT")
  let terminated = false
  while (isAlive(child)) {
    const elapsed = Date.now() - started
    if (elapsed > graceMs) {
      signalGroup(child, "SIGKILL")
      return
    }
    if (!terminated && elapsed > graceMs / 2) {
      signalGroup(child, "SIGTERM")
      terminated = true
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100))
  }
}

function spawnChild(
  command,
  args,
  { env = process.env, cwd = projectRoot, stdio, ownGroup = true }
) {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio,
    detached: ownGroup && useGroups,
  })
  child.ownGroup = ownGroup && useGroups
  children.add(child)
  // A group outlives its leader when grandchildren keep running: keep
  // tracking it then, so that shutdown still stops them.
  child.once("exit", () => isAlive(child) || children.delete(child))
  child.once("error", () => children.delete(child))
  return child
}

/**
 * Spawns a command and resolves with `{ code, output }` when it exits (never
 * rejects on a non-zero code; `code` is 128 + signal number when killed).
 * With `capture: true` its output is still shown live and also returned.
 * Children in their own group get no stdin: a background process group that
 * reads the terminal is stopped by SIGTTIN, so a prompt would hang forever.
 * `ownGroup: false` keeps the child in our foreground group, with our stdin,
 * for interactive commands.
 */
export function run(
  command,
  args = [],
  { capture = false, ownGroup = true, ...options } = {}
) {
  return new Promise((resolvePromise, reject) => {
    const out = capture ? "pipe" : "inherit"
    const stdin = ownGroup ? "ignore" : "inherit"
    const child = spawnChild(command, args, {
      ...options,
      ownGroup,
      stdio: [stdin, out, out],
    })
    let output = ""
    if (capture) {
      child.stdout.on("data", (chunk) => {
        process.stdout.write(chunk)
        output += chunk
      })
      child.stderr.on("data", (chunk) => {
        process.stderr.write(chunk)
        output += chunk
      })
    }
    child.once("error", (error) =>
      reject(new Error(`Could not run ${command}: ${error.message}`))
    )
    // "close" waits for captured output to be fully read; without capture,
    // "exit" is enough and does not wait for grandchildren holding our stdio.
    child.once(capture ? "close" : "exit", (code, signal) => {
      signalGroup(child, "SIGTERM") // leftovers of a finished command are leaks
      resolvePromise({ code: exitCode(code, signal), output })
    })
  })
}

/**
 * Spawns a long-running server and returns its ChildProcess at once;
 * `child.exited` resolves with its exit code. Its output is shown and, when
 * given, also passed to `onOutput(text)`. Stdin is closed: nothing should wait
 * for an answer from the terminal.
 */
export function startServer(command, args = [], { onOutput, ...options } = {}) {
  const stdio = [
    "ignore",
    onOutput ? "pipe" : "inherit",
    onOutput ? "pipe" : "inherit",
  ]
  const child = spawnChild(command, args, { ...options, stdio })
  if (onOutput) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      from.on("data", (chunk) => {
        to.write(chunk)
        onOutput(chunk.toString())
      })
    }
  }
  child.exited = new Promise((resolvePromise) =>
    child.once("exit", (code, signal) => resolvePromise(exitCode(code, signal)))
  )
  return child
}

export const isShuttingDown = () => shuttingDown

/** Stops every child, runs the cleanups, then exits with `code`. Safe to call more than once. */
export async function shutdown(code = 0) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  await Promise.all([...children].map((child) => stopChild(child)))
  while (cleanups.length) {
    const fn = cleanups.pop()
    try {
      await fn()
    } catch (error) {
      console.error(`Cleanup failed: ${error?.message ?? error}`)
    }
  }
  process.exit(code)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (shuttingDown) {
      // A second Ctrl-C means "now": kill everything without waiting.
      process.exit(128 + osSignals[signal])
    }
    console.error(`\n${signal} received: stopping...`)
    shutdown(128 + osSignals[signal])
  })
}

process.on("exit", () => {
  for (const child of children) {
    if (isAlive(child)) {
      signalGroup(child, "SIGKILL")
    }
  }
  for (const hook of exitHooks) {
    try {
      hook()
    } catch {
      // Nothing more can be done while exiting.
    }
  }
})

/** Runs the script's main function; any error is printed and shuts everything down with code 1. */
export function main(fn) {
  fn().then(
    (code) => shutdown(typeof code === "number" ? code : 0),
    (error) => {
      // The message says what to do; the stack only helps when debugging us.
      console.error(
        `\n${(process.env.DEBUG && error?.stack) || error?.message || error}`
      )
      shutdown(1)
    }
  )
}
