package dev.preflight.harness.profile;

import dev.preflight.inspection.MerchantContext;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the harness drives one merchant's site, and what the rules must know about the merchant.
 * Loaded from YAML by {@link ProfileLoader}; documented field by field in {@code
 * docs/merchant-profile.md}. The sections a {@link SiteDriver} class can replace are optional here;
 * the loader requires them when the profile names no driver.
 *
 * @param name what reports call the merchant
 * @param baseUrl the site's address; relative addresses in steps are resolved against it
 * @param driver the class name of a {@link SiteDriver} for what YAML cannot describe
 * @param underMinimum a cart whose total is under the tenant's minimum amount
 * @param carts the carts the profile names for the scenarios, by kind ({@code one_product}, {@code
 *     several_products}); a kind not named is chosen from the products
 */
public record MerchantProfile(
    String name,
    String baseUrl,
    Optional<String> driver,
    GatewayAccount tenant,
    Set<Capability> capabilities,
    ContractFlags contract,
    MobileDevice mobile,
    Login login,
    List<Product> products,
    List<Coupon> coupons,
    Optional<CartContents> underMinimum,
    Map<String, CartContents> carts,
    Optional<Cart> cart,
    Optional<PayControl> pay,
    Optional<ResultDisplay> result,
    Optional<Flow> buyerCancel,
    Optional<Flow> adminCancel,
    Optional<Flow> adminPartialCancel,
    Optional<SubscriptionFlow> subscription) {

  /** The run-time variable that holds the reference merchant's address. */
  public static final String MERCHANT_VARIABLE = "merchant";

  public MerchantProfile {
    // An EnumSet keeps the declared order, so reports list capabilities the same way each run.
    EnumSet<Capability> ordered = EnumSet.noneOf(Capability.class);
    ordered.addAll(capabilities);
    capabilities = Collections.unmodifiableSet(ordered);
    products = List.copyOf(products);
    coupons = List.copyOf(coupons);
    carts = Map.copyOf(carts);
  }

  /** The same site on another address with another gateway account: a worker's copy of a shop. */
  public MerchantProfile at(String otherBaseUrl, GatewayAccount otherTenant) {
    return new MerchantProfile(
        name,
        otherBaseUrl,
        driver,
        otherTenant,
        capabilities,
        contract,
        mobile,
        login,
        products,
        coupons,
        underMinimum,
        carts,
        cart,
        pay,
        result,
        buyerCancel,
        adminCancel,
        adminPartialCancel,
        subscription);
  }

  public boolean can(Capability capability) {
    return capabilities.contains(capability);
  }

  /** What the rules must know about this merchant. */
  public MerchantContext context() {
    return new MerchantContext(
        capabilities.stream().map(Capability::key).collect(Collectors.toSet()),
        contract.highRisk(),
        contract.marketplace(),
        contract.completionDateSettlement(),
        contract.escrow(),
        tenant.minimumAmount(),
        tenant.channels().size());
  }

  public Optional<Product> product(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<Coupon> coupon(String code) {
    return coupons.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** What a cart comes to; empty when a product or coupon is not in the profile. */
  public OptionalLong totalOf(CartContents contents) {
    return contents.total(products, coupons);
  }

  /** Whether every {@code ${…}} has been filled, as it must be before a run drives the site. */
  public boolean isResolved() {
    return Placeholders.runNames(baseUrl).isEmpty();
  }

  /**
   * The profile with every {@code ${name}} filled from {@code values}: the harness gives {@code
   * merchant} (the reference merchant's address, on whatever port it got) and the environment's
   * variables.
   *
   * @throws ProfileException naming each field whose variable has no value, or whose address is not
   *     one once filled
   */
  public MerchantProfile resolve(Map<String, String> values) {
    Variables variables = new Variables(values);
    String resolvedBase = variables.fill("base_url", baseUrl);
    MobileDevice resolvedMobile = mobile.resolve(variables);
    MerchantProfile resolved =
        new MerchantProfile(
            name,
            resolvedBase,
            driver,
            tenant.resolve(variables),
            capabilities,
            contract,
            resolvedMobile,
            login.resolve(variables),
            products,
            coupons,
            underMinimum,
            carts,
            cart.map(c -> c.resolve(variables)),
            pay.map(p -> p.resolve(variables, "pay")),
            result.map(r -> r.resolve(variables)),
            buyerCancel.map(f -> f.resolve(variables, "buyer_cancel")),
            adminCancel.map(f -> f.resolve(variables, "admin_cancel")),
            adminPartialCancel.map(f -> f.resolve(variables, "admin_partial_cancel")),
            subscription.map(s -> s.resolve(variables)));
    if (variables.problems().isEmpty()) {
      checkAddress(variables, "base_url", resolvedBase);
      if (resolvedMobile.baseUrl() != null) {
        checkAddress(variables, "device.mobile.base_url", resolvedMobile.baseUrl());
      }
    }
    if (!variables.problems().isEmpty()) {
      throw new ProfileException(name, variables.problems());
    }
    return resolved;
  }

  private static void checkAddress(Variables variables, String path, String address) {
    if (!Addresses.isAbsoluteHttp(address)) {
      variables.problem(
          path,
          "'"
              + address
              + "' is not an http(s) address once filled in; give one such as"
              + " https://shop.example");
    }
  }

  /** The site's address for a device: the mobile site's own, when it has one. */
  public String baseUrl(Device device) {
    return device == Device.MOBILE && mobile.baseUrl() != null ? mobile.baseUrl() : baseUrl;
  }

  /**
   * An address in a step, made absolute: a path is appended to the site's address for the device,
   * so a shop under {@code https://host/store} writes {@code /checkout} for {@code
   * https://host/store/checkout}.
   */
  public String absolute(String address, Device device) {
    if (!isResolved()) {
      throw new IllegalStateException(
          "base_url still holds " + baseUrl + ": call MerchantProfile.resolve before driving");
    }
    if (Addresses.isAbsoluteHttp(address)) {
      return address;
    }
    String base = baseUrl(device);
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + address;
  }
}
