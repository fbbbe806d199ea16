import { useQuery } from "@tanstack/react-query"
import {
  AdminContactImportResponse,
  AdminCrmContactListResponse,
  AdminCrmContactQuery,
  AdminCrmContactResponse,
  AdminCrmMergeContactsResponse,
  AdminMergeCrmContacts,
} from "../../lib/crm-types"
import { crmQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import {
  MutationOptions,
  QueryOptions,
  useInvalidatingMutation,
  useMallPost,
  useMallQuery,
} from "./utils"

const CONTACTS = "/admin/mall/crm/contacts"

const contactPath = (id: string) => `${CONTACTS}/${encodeURIComponent(id)}`

/**
 * Contacts, newest first. `q` finds a contact by a phone or email however
 * it is written ("+86 139 0013 9000" finds 13900139000), or by name,
 * company or external id.
 */
export const useCrmContacts = (
  query: AdminCrmContactQuery,
  options?: QueryOptions<AdminCrmContactListResponse>
) =>
  useMallQuery<AdminCrmContactListResponse>(crmQueryKeys.contacts, CONTACTS, {
    query,
    keepPrevious: true,
    options,
  })

/** One contact with its linked customers, merged contacts and match candidates. */
export const useCrmContact = (
  id: string,
  options?: QueryOptions<AdminCrmContactResponse>
) =>
  useMallQuery<AdminCrmContactResponse>(
    crmQueryKeys.contact(id),
    contactPath(id),
    { options: { enabled: !!id, ...options } }
  )

export type ContactImport =
  | { format: "json"; contacts: Record<string, unknown>[] }
  | { format: "csv"; file: Blob; filename: string }

/**
 * Imports offline customers with dedup (a CSV file or JSON rows, up to
 * 100,000); the answer reports every line.
 */
export const useImportCrmContacts = (
  options?: MutationOptions<AdminContactImportResponse, ContactImport>
) =>
  useInvalidatingMutation(
    (input: ContactImport) => {
      if (input.format === "json") {
        return sdk.client.fetch<AdminContactImportResponse>(
          `${CONTACTS}/import`,
          { method: "POST", body: { contacts: input.contacts } }
        )
      }
      const form = new FormData()
      form.append("file", input.file, input.filename)
      return sdk.client.fetch<AdminContactImportResponse>(
        `${CONTACTS}/import`,
        {
          method: "POST",
          body: form,
          // Let the browser set the multipart boundary.
          headers: { "content-type": null },
        }
      )
    },
    [crmQueryKeys.all],
    options
  )

/**
 * Folds another contact into this one (`contact_id` into `contactId`): its
 * customers, phones, emails and addresses move here; it stays, pointing here.
 */
export const useMergeCrmContacts = (
  contactId: string,
  options?: MutationOptions<
    AdminCrmMergeContactsResponse,
    AdminMergeCrmContacts
  >
) =>
  useMallPost<AdminCrmMergeContactsResponse, AdminMergeCrmContacts>(
    `${contactPath(contactId)}/merge`,
    [crmQueryKeys.all],
    options
  )

/** Medusa customers by id (the customers linked to a contact), to name them. */
export const useCustomersByIds = (ids: string[]) => {
  // Not useMallQuery: Medusa's typed SDK call, and only its list is returned.
  const { data, ...rest } = useQuery({
    queryKey: crmQueryKeys.customers(ids),
    queryFn: () =>
      sdk.admin.customer.list({
        id: ids,
        limit: ids.length,
        fields: "id,email,first_name,last_name,company_name,has_account",
      }),
    enabled: ids.length > 0,
    staleTime: 60_000,
  })

  return { customers: data?.customers, ...rest }
}
