import { model } from "@medusajs/framework/utils"

/** An admin user's membership of a department; owners may waive its gates. */
export const DepartmentMember = model
  .define(
    { name: "department_member", tableName: "mall_department_member" },
    {
      id: model.id({ prefix: "dept" }).primaryKey(),
      user_id: model.text(),
      department: model.enum([
        "finance",
        "sales_ops",
        "warehouse",
        "customer_service",
        "agent_manager",
      ]),
      role: model.enum(["member", "owner"]).default("member"),
    }
  )
  .indexes([
    {
      name: "IDX_mall_department_member_user_department_unique",
      on: ["user_id", "department"],
      unique: true,
    },
  ])
