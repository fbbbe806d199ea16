import { Module } from "@medusajs/framework/utils"
import { MALL_FINANCE_MODULE } from "../../types/modules"
import validateOptionsLoader from "./loaders/validate-options"
import MallFinanceModuleService from "./service"

export { MALL_FINANCE_MODULE }

export default Module(MALL_FINANCE_MODULE, {
  service: MallFinanceModuleService,
  loaders: [validateOptionsLoader],
})
