package dev.preflight.zoo;

import dev.preflight.zoo.teahouse.DawonShop;

/** {@code check} on the server-rendered ES5 tea shop with alerts and logins. */
class TeahouseZooIT extends ZooCheck {
  @Override
  Shop shop() {
    return new Shop("teahouse", DawonShop::start, DawonShop::violationNames);
  }
}
