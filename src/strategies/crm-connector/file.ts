import { createHash, randomBytes } from "node:crypto"
import { link, mkdir, open, rename, stat, unlink } from "node:fs/promises"
import path from "node:path"
import type {
  CrmConnectorStrategy,
  CrmDeliveryResult,
  CrmOrderPayload,
} from "../../types/crm"
import {
  parseCrmConnectorOptions,
  type FileCrmConnectorOptions,
} from "../../utils/crm-connector-options"
import { CrmDeliveryError } from "./errors"

export interface FileCrmDeliveryResult extends CrmDeliveryResult {
  /** The file that holds the order. */
  path: string
  /** False when the file was already there: the order is not written twice. */
  written: boolean
}

/** Filenames stay well under the 255-byte limit of common file systems. */
const MAX_NAME_CHARS = 120

/**
 * A file name for an idempotency key: letters, digits, `.`, `_` and `-` are
 * kept, anything else becomes `_`. A changed or shortened key gets a hash of
 * the original appended, so two keys that differ only in replaced characters
 * ("a/b", "a:b") never share a file: the second order would otherwise count
 * as already sent.
 */
export function crmFileName(idempotencyKey: string): string {
  let name = idempotencyKey
    .replace(/[^A-Za-z0-9._-]/g, "_")
    // A leading dot hides the file from batch pickers (and ".." escapes the folder).
    .replace(/^\.+/, (dots) => "_".repeat(dots.length))
  if (name !== idempotencyKey || name.length > MAX_NAME_CHARS) {
    const hash = createHash("sha256")
      .update(idempotencyKey)
      .digest("hex")
      .slice(0, 12)
    name = `${name.slice(0, MAX_NAME_CHARS - 13)}-${hash}`
  }
  return `${name}.json`
}

const fsCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code

const exists = async (file: string) => {
  try {
    await stat(file)
    return true
  } catch (error) {
    if (fsCode(error) === "ENOENT") {
      return false
    }
    throw error
  }
}

/**
 * Writes each approved order to `<directory>/<idempotency key>.json` for a
 * CRM that picks files up in batches (a shared folder, an SFTP drop). The
 * file appears whole or not at all: it is written under a hidden temporary
 * name in the same folder, then linked to its final name. An order whose
 * file is already there is not written again, even by two servers at once;
 * once the batch picker has removed the file, a repeat delivery writes it
 * again, and the CRM drops it by `idempotency_key`.
 */
export class FileCrmConnector implements CrmConnectorStrategy {
  readonly id: string = "file"
  protected readonly directory_: string

  constructor(
    options: Omit<FileCrmConnectorOptions, "type"> & { type?: "file" }
  ) {
    const parsed = parseCrmConnectorOptions({
      ...options,
      type: "file",
    }) as FileCrmConnectorOptions
    this.directory_ = path.resolve(process.cwd(), parsed.directory)
  }

  async deliver(payload: CrmOrderPayload): Promise<FileCrmDeliveryResult> {
    if (!payload.idempotency_key) {
      throw new CrmDeliveryError(
        "CRM file connector: the payload has no idempotency_key, so the order's file cannot be named",
        { retryable: false }
      )
    }
    const target = path.join(
      this.directory_,
      crmFileName(payload.idempotency_key)
    )
    try {
      await mkdir(this.directory_, { recursive: true })
      if (await exists(target)) {
        return this.already(target)
      }
      const temp = path.join(
        this.directory_,
        `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`
      )
      try {
        const handle = await open(temp, "wx")
        try {
          await handle.writeFile(JSON.stringify(payload, null, 2))
          // On disk before the name appears: a crash must not leave a named empty file.
          await handle.sync()
        } finally {
          await handle.close()
        }
        if (!(await this.publish(temp, target))) {
          return this.already(target)
        }
      } finally {
        await unlink(temp).catch(() => undefined)
      }
    } catch (error) {
      if (error instanceof CrmDeliveryError) {
        throw error
      }
      // Retryable: a full disk or a permission an operator fixes will succeed later.
      throw new CrmDeliveryError(
        `CRM file connector could not write ${target} (${fsCode(error) ?? "error"}: ${(error as Error).message}); check that the server may write to ${this.directory_} and that the disk has room`,
        { retryable: true, cause: error }
      )
    }
    return {
      external_id: null,
      detail: `wrote ${target}`,
      path: target,
      written: true,
    }
  }

  /**
   * Gives the temporary file its final name; false when another delivery got
   * there first. `link` fails rather than replace an existing name, which
   * `rename` would do silently.
   */
  protected async publish(temp: string, target: string): Promise<boolean> {
    try {
      await link(temp, target)
      return true
    } catch (error) {
      const code = fsCode(error)
      if (code === "EEXIST") {
        return false
      }
      // Some shares (SMB, some FUSE mounts) have no hard links: fall back to
      // rename, still atomic, only racy against a concurrent delivery.
      if (
        code === "EPERM" ||
        code === "ENOTSUP" ||
        code === "ENOSYS" ||
        code === "EXDEV"
      ) {
        if (await exists(target)) {
          return false
        }
        await rename(temp, target)
        return true
      }
      throw error
    }
  }

  protected already(target: string): FileCrmDeliveryResult {
    return {
      external_id: null,
      detail: `already written: ${target} exists, not written again`,
      path: target,
      written: false,
    }
  }
}
