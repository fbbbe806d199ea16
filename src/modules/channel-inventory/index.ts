import { Module } from "@medusajs/framework/utils"
import { MALL_CHANNEL_INVENTORY_MODULE } from "../../types/modules"
import validateOptionsLoader from "./loaders/validate-options"
import MallChannelInventoryModuleService from "./service"

export { MALL_CHANNEL_INVENTORY_MODULE }

export default Module(MALL_CHANNEL_INVENTORY_MODULE, {
  service: MallChannelInventoryModuleService,
  loaders: [validateOptionsLoader],
})
