package dev.preflight.zoo;

import dev.preflight.zoo.atelier.AtelierShop;

/** {@code check} on the history-API single-page atelier with login modals and re-rendered lists. */
class AtelierZooIT extends ZooCheck {
  @Override
  Shop shop() {
    return new Shop("atelier", AtelierShop::start, AtelierShop::violationNames);
  }
}
