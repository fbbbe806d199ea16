import { Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** A side widget's body while it loads. */
export const WidgetSkeleton = () => (
  <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
    <Skeleton className="h-5 w-full" />
    <Skeleton className="h-5 w-2/3" />
  </div>
)

/** A side widget's body when it could not load. */
export const WidgetLoadError = ({
  error,
  testId,
}: {
  error: Error | null | undefined
  testId: string
}) => {
  const { t } = useTranslation()
  return (
    <Text
      size="small"
      className="text-ui-fg-error px-6 py-4"
      data-testid={testId}
    >
      {t("mall.common.loadError", { message: error?.message ?? "" })}
    </Text>
  )
}
