import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retrieveAdminUserStepId = "mall-retrieve-admin-user"

export interface AdminUserSummary {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

/** An admin user by id; 404 for an unknown user. Reads only. */
export const retrieveAdminUserStep = createStep(
  retrieveAdminUserStepId,
  async (input: { user_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [user],
    } = await query.graph({
      entity: "user",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: input.user_id },
    })
    if (!user) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `User with id: ${input.user_id} was not found`
      )
    }
    return new StepResponse<AdminUserSummary>({
      id: user.id,
      email: user.email ?? null,
      first_name: user.first_name ?? null,
      last_name: user.last_name ?? null,
    })
  }
)
