import { z } from "@medusajs/framework/zod"
import { DEPARTMENT_ROLES } from "../../../../types/pipeline"
import { additionalData, oneOf, requiredText } from "../utils/validators"

export const AdminAddDepartmentMember = z.strictObject({
  user_id: requiredText("user_id", "pass the id of an admin user"),
  role: oneOf(
    DEPARTMENT_ROLES,
    (value) =>
      `role must be ${DEPARTMENT_ROLES.map((r) => `"${r}"`).join(" or ")}, not "${value}"`
  ).optional(),
  additional_data: additionalData,
})

export type AdminAddDepartmentMemberType = z.infer<
  typeof AdminAddDepartmentMember
>
