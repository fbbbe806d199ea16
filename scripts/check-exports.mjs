// Every path the package exports must exist in the build, and the build must
// hold no tests and no config files.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"

const pkg = JSON.parse(readFileSync("package.json", "utf8"))
const problems = []

for (const [key, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === "string" ? [target] : Object.values(target)
  for (const t of targets) {
    if (!t.includes("*") && !existsSync(t)) {
      problems.push(`export "${key}" points at missing ${t}`)
    }
  }
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
for (const file of walk(".medusa/server")) {
  if (
    /__tests__|integration-tests|\.spec\.|medusa-config|jest\.config/.test(file)
  ) {
    problems.push(`the build contains ${file}`)
  }
}
for (const m of readdirSync("src/modules")) {
  if (!existsSync(`.medusa/server/src/modules/${m}/index.js`)) {
    problems.push(`module ${m} is missing from the build`)
  }
}

if (problems.length) {
  console.error(problems.join("\n"))
  process.exit(1)
}
console.log("package exports and build contents: ok")
