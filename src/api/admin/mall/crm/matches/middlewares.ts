import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MallPolicy } from "../../../../../policies/mall"
import {
  AdminAcceptMatchCandidate,
  AdminGetMatchCandidatesParams,
  AdminRejectMatchCandidate,
} from "./validators"

export const adminCrmMatchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/matches",
    policies: [MallPolicy.readCrm],
    middlewares: [validateAndTransformQuery(AdminGetMatchCandidatesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/mall/crm/matches/:id",
    policies: [MallPolicy.readCrm],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/matches/:id/accept",
    policies: [MallPolicy.manageCrmContacts],
    middlewares: [validateAndTransformBody(AdminAcceptMatchCandidate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/mall/crm/matches/:id/reject",
    policies: [MallPolicy.manageCrmContacts],
    middlewares: [validateAndTransformBody(AdminRejectMatchCandidate)],
  },
]
