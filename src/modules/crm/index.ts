import { Module } from "@medusajs/framework/utils"
import { MALL_CRM_MODULE } from "../../types/modules"
import validateOptionsLoader from "./loaders/validate-options"
import MallCrmModuleService from "./service"

export { MALL_CRM_MODULE }

export default Module(MALL_CRM_MODULE, {
  service: MallCrmModuleService,
  loaders: [validateOptionsLoader],
})
