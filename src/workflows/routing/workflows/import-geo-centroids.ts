import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type MallRoutingModuleService from "../../../modules/routing/service"
import { MALL_ROUTING_MODULE } from "../../../types/modules"
import type { GeoCentroid } from "../../../types/routing"
import { recordAuditEntriesStep } from "../../pipeline/steps/record-audit-entries"

export const importGeoCentroidsStepId = "mall-import-geo-centroids"

/**
 * Upserts centroid rows by place. An import is idempotent (the same file
 * twice leaves the same table), so it has nothing to compensate.
 */
export const importGeoCentroidsStep = createStep(
  importGeoCentroidsStepId,
  async (input: { centroids: GeoCentroid[] }, { container }) => {
    const routing =
      container.resolve<MallRoutingModuleService>(MALL_ROUTING_MODULE)
    if (!input.centroids.length) {
      return new StepResponse({ imported: 0, updated: 0 })
    }
    return new StepResponse(await routing.importGeoCentroids(input.centroids))
  }
)

export const importGeoCentroidsWorkflowId = "mall-import-geo-centroids"

export interface ImportGeoCentroidsWorkflowInput {
  /** Checked rows (see `checkGeoCentroidRows`). */
  centroids: GeoCentroid[]
  actor_id?: string | null
}

/**
 * Imports places into the centroid table the default geocoder reads,
 * audited. Used by `POST /admin/mall/routing/centroids`.
 *
 * @summary
 * Import geocoding centroids.
 */
export const importGeoCentroidsWorkflow = createWorkflow(
  importGeoCentroidsWorkflowId,
  (input: ImportGeoCentroidsWorkflowInput) => {
    const result = importGeoCentroidsStep({ centroids: input.centroids })
    recordAuditEntriesStep(
      transform({ input, result }, ({ input, result }) =>
        result.imported || result.updated
          ? [
              {
                entity_type: "geo_centroids",
                entity_id: "geo_centroids",
                action: "geo_centroids.imported",
                actor_id: input.actor_id ?? null,
                department: "warehouse",
                data: result,
              },
            ]
          : []
      )
    )
    return new WorkflowResponse(result)
  }
)
