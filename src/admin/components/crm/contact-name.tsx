import { useCrmContact } from "../../hooks/api/crm"

/** A contact's name, read when the caller does not carry it; its id until then. */
export const ContactName = ({
  id,
  name = null,
}: {
  id: string
  name?: string | null
}) => {
  const { contact } = useCrmContact(id, {
    enabled: !name,
    staleTime: 60_000,
  })
  return <>{name ?? contact?.display_name ?? id}</>
}
