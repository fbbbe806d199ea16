import { randomBytes } from "crypto"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `count` ids in Medusa's format (`prefix_` + a 26-character ULID), in
 * ascending order: a bulk insert then appends to the primary key and to the
 * contact index instead of splitting pages all over them (monotonic ULIDs:
 * one random start, then +1 per id).
 */
export function generateAscendingIds(prefix: string, count: number): string[] {
  let time = ""
  for (let t = Date.now(), i = 0; i < 10; i++, t = Math.floor(t / 32)) {
    time = CROCKFORD[t % 32] + time
  }
  const random = randomBytes(10)
  let head = `${prefix}_${time}`
  for (let i = 0; i < 6; i++) {
    head += CROCKFORD[random[i] & 31]
  }
  // 50 bits of counter from a random start below 2^49: no overflow before 2^49 ids.
  let counter =
    (random[6] & 31) * 2 ** 44 +
    random[7] * 2 ** 36 +
    random[8] * 2 ** 28 +
    random[9] * 2 ** 20
  const ids = new Array<string>(count)
  for (let n = 0; n < count; n++, counter++) {
    let tail = ""
    for (let i = 0, c = counter; i < 10; i++, c = Math.floor(c / 32)) {
      tail = CROCKFORD[c % 32] + tail
    }
    ids[n] = head + tail
  }
  return ids
}
