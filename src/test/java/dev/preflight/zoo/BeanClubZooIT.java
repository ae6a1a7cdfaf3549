package dev.preflight.zoo;

import dev.preflight.zoo.beanclub.BeanClubShop;

/** {@code check} on the hash-route single-page shop with dialogs, toasts and subscriptions. */
class BeanClubZooIT extends ZooCheck {
  @Override
  Shop shop() {
    return new Shop("beanclub", BeanClubShop::start, BeanClubShop::violationNames);
  }
}
