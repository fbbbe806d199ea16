import { model } from "@medusajs/framework/utils"
import { DEPARTMENT_ROLES, DEPARTMENTS } from "../../../types/pipeline"

/** An admin user's membership of a department; owners may waive its gates. */
export const DepartmentMember = model
  .define(
    { name: "department_member", tableName: "mall_department_member" },
    {
      id: model.id({ prefix: "dept" }).primaryKey(),
      user_id: model.text(),
      department: model.enum([...DEPARTMENTS]),
      role: model.enum([...DEPARTMENT_ROLES]).default("member"),
    }
  )
  .indexes([
    {
      name: "IDX_mall_department_member_user_department_unique",
      on: ["user_id", "department"],
      unique: true,
    },
  ])
