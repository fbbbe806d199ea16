import { Button, Drawer } from "@medusajs/ui"
import { FormEvent, ReactNode } from "react"
import { useTranslation } from "react-i18next"

type DrawerFormProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  submitLabel: string
  /** `danger` for destructive decisions (reject, fail, refuse). */
  submitVariant?: "primary" | "danger"
  isSubmitting?: boolean
  submitDisabled?: boolean
  onSubmit: () => void
  children: ReactNode
  testId?: string
}

/** A drawer holding a small form, with Cancel and a submit button. */
export const DrawerForm = ({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  submitVariant = "primary",
  isSubmitting,
  submitDisabled,
  onSubmit,
  children,
  testId,
}: DrawerFormProps) => {
  const { t } = useTranslation()

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid={testId}>
        <form
          onSubmit={handleSubmit}
          className="flex flex-1 flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description && (
              <Drawer.Description className="text-ui-fg-subtle txt-small">
                {description}
              </Drawer.Description>
            )}
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">
                {t("mall.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              type="submit"
              size="small"
              variant={submitVariant}
              isLoading={isSubmitting}
              disabled={submitDisabled}
              data-testid={testId ? `${testId}-submit` : undefined}
            >
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
