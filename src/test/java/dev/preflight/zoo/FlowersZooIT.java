package dev.preflight.zoo;

import dev.preflight.zoo.flowers.FlowersShop;

/**
 * {@code check} on the mobile-first flower shop in redirect mode with server-rendered result pages.
 */
class FlowersZooIT extends ZooCheck {
  @Override
  Shop shop() {
    return new Shop("flowers", FlowersShop::start, FlowersShop::violationNames);
  }
}
