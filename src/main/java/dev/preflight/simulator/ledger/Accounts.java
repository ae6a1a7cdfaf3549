package dev.preflight.simulator.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every tenant of the simulator, found by imp_key or by user code. */
public final class Accounts {
  private final Map<String, Account> byImpKey = new ConcurrentHashMap<>();
  private final Map<String, Account> byUserCode = new ConcurrentHashMap<>();
  private final Tenant defaultTenant;
  private final StateListener listener;

  public Accounts(Tenant defaultTenant) {
    this(defaultTenant, StateListener.NONE);
  }

  /** Accounts that tell {@code listener} of every tenant added and every change to the books. */
  public Accounts(Tenant defaultTenant, StateListener listener) {
    this.defaultTenant = defaultTenant;
    this.listener = listener;
    add(defaultTenant);
  }

  /** Adds a tenant; refused when its imp_key or user code is already taken. */
  public synchronized Account add(Tenant tenant) {
    if (byImpKey.containsKey(tenant.impKey())) {
      throw new IllegalArgumentException("imp_key " + tenant.impKey() + " is already in use");
    }
    if (byUserCode.containsKey(tenant.userCode())) {
      throw new IllegalArgumentException("user_code " + tenant.userCode() + " is already in use");
    }
    Account account = new Account(tenant, listener);
    byImpKey.put(tenant.impKey(), account);
    byUserCode.put(tenant.userCode(), account);
    listener.tenantAdded(tenant);
    return account;
  }

  public Optional<Account> byImpKey(String impKey) {
    return Optional.ofNullable(impKey == null ? null : byImpKey.get(impKey));
  }

  public Optional<Account> byUserCode(String userCode) {
    return Optional.ofNullable(userCode == null ? null : byUserCode.get(userCode));
  }

  public Account defaultAccount() {
    return byImpKey.get(defaultTenant.impKey());
  }

  public Collection<Account> all() {
    return List.copyOf(byImpKey.values());
  }

  /**
   * Empties every tenant's books and armed outcomes; with {@code dropTenants}, only the default
   * tenant remains.
   */
  public synchronized void reset(boolean dropTenants) {
    if (dropTenants) {
      byImpKey.clear();
      byUserCode.clear();
      listener.tenantsDropped();
      add(defaultTenant);
      return;
    }
    for (Account account : byImpKey.values()) {
      account.ledger().clear();
      account.outcomes().clear();
    }
  }
}
