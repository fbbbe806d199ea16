import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatAddress } from "../../../../../components/crm/labels"
import type { ContactAddress } from "../../../../../lib/crm-types"
import { Section } from "./section"

/** Every address the contact is known at (an import adds the new ones). */
export const ContactAddresses = ({
  addresses,
}: {
  addresses: ContactAddress[]
}) => {
  const { t } = useTranslation()

  return (
    <Section
      title={t("mall.crm.detail.addresses")}
      count={addresses.length}
      empty={addresses.length ? undefined : t("mall.crm.detail.noAddresses")}
      testId="mall-crm-contact-addresses"
    >
      <ul className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-2">
        {addresses.map((address, index) => (
          <li
            key={index}
            className="shadow-borders-base flex flex-col rounded-lg px-4 py-3"
            data-testid="mall-crm-contact-address"
          >
            {formatAddress(address).map((line) => (
              <Text key={line} size="small" leading="compact">
                {line}
              </Text>
            ))}
          </li>
        ))}
      </ul>
    </Section>
  )
}
