import { Select } from "@medusajs/ui"

export const ALL = "__all__"

/** A compact select used as a table filter; `ALL` clears the filter. */
export const FilterSelect = ({
  label,
  value,
  options,
  allLabel,
  onChange,
  testId,
}: {
  label: string
  value: string | undefined
  options: { value: string; label: string }[]
  allLabel: string
  onChange: (value: string | undefined) => void
  testId?: string
}) => (
  <Select
    size="small"
    value={value ?? ALL}
    onValueChange={(next) => onChange(next === ALL ? undefined : next)}
  >
    <Select.Trigger className="w-44" aria-label={label} data-testid={testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>{allLabel}</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
