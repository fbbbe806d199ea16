import { Heading, Text } from "@medusajs/ui"

/** A table or section title with an optional line of explanation. */
export const PageHeading = ({
  title,
  description,
  level = "h1",
}: {
  title: string
  description?: string
  level?: "h1" | "h2"
}) => (
  <div className="flex flex-col gap-y-1">
    <Heading level={level}>{title}</Heading>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)
