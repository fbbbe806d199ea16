import { Module } from "@medusajs/framework/utils"
import { MALL_ROUTING_MODULE } from "../../types/modules"
import validateOptionsLoader from "./loaders/validate-options"
import MallRoutingModuleService from "./service"

export { MALL_ROUTING_MODULE }

export default Module(MALL_ROUTING_MODULE, {
  service: MallRoutingModuleService,
  loaders: [validateOptionsLoader],
})
