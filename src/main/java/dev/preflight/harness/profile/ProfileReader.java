package dev.preflight.harness.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the YAML tree into a {@link MerchantProfile}: the top-level fields here, the sections in
 * {@link AccountReader}, {@link CatalogReader} and {@link SiteReader}; then the checks across
 * sections (a capability and the section that exercises it go together; the cheap cart is cheap).
 */
final class ProfileReader {
  static final List<String> FIELDS =
      List.of(
          "name",
          "base_url",
          "driver",
          "tenant",
          "capabilities",
          "contract",
          "device",
          "login",
          "products",
          "coupons",
          "under_minimum",
          "carts",
          "cart",
          "pay",
          "result",
          "buyer_cancel",
          "admin_cancel",
          "admin_partial_cancel",
          "subscription");

  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

  private final Reader reader;
  private final SiteReader site;
  private final CatalogReader catalog;
  private final AccountReader account;

  ProfileReader(Reader reader) {
    this.reader = reader;
    this.site = new SiteReader(reader);
    this.catalog = new CatalogReader(reader);
    this.account = new AccountReader(reader);
  }

  /** The profile, or null when a problem was reported. */
  MerchantProfile read(Field root) {
    if (!root.node().isObject()) {
      reader.problem(
          "",
          "expected a mapping of fields such as name, base_url, cart; got "
              + root.describe()
              + " (docs/merchant-profile.md has a complete example)");
      return null;
    }
    reader.mapping(root, FIELDS);
    String name = reader.text(root.get("name"), true, "the merchant's name for reports");
    String baseUrl = baseUrl(root.get("base_url"));
    Optional<String> driver = Optional.ofNullable(driver(root.get("driver")));
    GatewayAccount tenant = account.tenant(root.get("tenant"));
    int before = reader.count();
    Set<Capability> capabilities = account.capabilities(root.get("capabilities"));
    // With a capability misspelt, which sections belong is unknown: say only the misspelling.
    boolean capabilitiesRead = reader.count() == before;
    ContractFlags contract = account.contract(root.get("contract"));
    MobileDevice mobile = account.device(root.get("device"), capabilities, capabilitiesRead);
    Login login = login(root.get("login"));
    int beforeCatalog = reader.count();
    List<Product> products = catalog.products(root.get("products"));
    List<Coupon> coupons = catalog.coupons(root.get("coupons"));
    // A product or coupon with a slip is left out of the lists; do not call it unknown too.
    boolean catalogRead = reader.count() == beforeCatalog;
    Optional<CartContents> underMinimum =
        optional(
            root.get("under_minimum"),
            f -> catalog.cartContents(f, catalogRead ? products : null, coupons));
    Map<String, CartContents> carts =
        catalog.carts(root.get("carts"), catalogRead ? products : null, coupons);
    boolean needed = driver.isEmpty();
    Optional<Cart> cart = section(root.get("cart"), needed, "how to fill the cart", site::cart);
    Optional<PayControl> pay =
        section(root.get("pay"), needed, "the Naver Pay control's CSS selector", site::pay);
    Optional<ResultDisplay> result =
        section(root.get("result"), needed, "where payment results appear", site::result);
    Optional<Flow> buyerCancel =
        optionalSection(
            root.get("buyer_cancel"),
            capabilitiesRead ? capabilities : null,
            Capability.BUYER_CANCEL,
            needed,
            "how a buyer cancels an order",
            f -> site.orderFlow(f, SiteReader.ORDER_VALUES, false));
    Optional<Flow> adminCancel =
        optionalSection(
            root.get("admin_cancel"),
            capabilitiesRead ? capabilities : null,
            Capability.ADMIN_CANCEL,
            needed,
            "how the back office cancels a whole order",
            f -> site.orderFlow(f, SiteReader.ADMIN_VALUES, false));
    if (capabilitiesRead) {
      // A cancel section is the capability: listing it in capabilities too is allowed, not needed.
      buyerCancel.ifPresent(f -> capabilities.add(Capability.BUYER_CANCEL));
      adminCancel.ifPresent(f -> capabilities.add(Capability.ADMIN_CANCEL));
    }
    Optional<Flow> partial =
        capabilitySection(
            root.get("admin_partial_cancel"),
            capabilitiesRead ? capabilities : null,
            needed,
            Capability.PARTIAL_CANCEL,
            "how the back office cancels part of an order",
            f -> site.orderFlow(f, SiteReader.ADMIN_VALUES, true));
    Optional<SubscriptionFlow> subscription =
        capabilitySection(
            root.get("subscription"),
            capabilitiesRead ? capabilities : null,
            needed,
            Capability.SUBSCRIPTIONS,
            "how a buyer signs up for a subscription and cancels it",
            site::subscription);
    cart.ifPresent(c -> checkCatalog(root, c, products, coupons, underMinimum, tenant));
    if (!reader.problems().isEmpty()) {
      return null;
    }
    return new MerchantProfile(
        name,
        baseUrl,
        driver,
        tenant,
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
        partial,
        subscription);
  }

  private String baseUrl(Field field) {
    String url =
        reader.text(
            field,
            true,
            "the site's address, such as https://shop.example (${merchant} for the reference"
                + " merchant)");
    if (url != null && Placeholders.runNames(url).isEmpty() && !Addresses.isAbsoluteHttp(url)) {
      reader.problem(
          field.path(),
          "'" + url + "' is not an http(s) address; give one such as https://shop.example");
    }
    return url;
  }

  private String driver(Field field) {
    String name = reader.text(field, false, "a SiteDriver class name");
    if (name != null && !CLASS_NAME.matcher(name).matches()) {
      reader.problem(
          field.path(),
          "'" + name + "' is not a Java class name; give one such as com.example.MyShopDriver");
      return null;
    }
    return name;
  }

  private Login login(Field field) {
    if (field.absent() || !reader.mapping(field, List.of("buyer", "admin"))) {
      return Login.NONE;
    }
    return new Login(
        site.steps().steps(field.get("buyer"), false, Set.of()),
        site.steps().steps(field.get("admin"), false, Set.of()));
  }

  private <T> Optional<T> section(
      Field field, boolean required, String what, Function<Field, T> read) {
    if (field.absent()) {
      if (required) {
        reader.problem(
            field.path(), "missing; describe " + what + ", or name a driver class that does it");
      }
      return Optional.empty();
    }
    return Optional.ofNullable(read.apply(field));
  }

  /**
   * A section that belongs to a capability: required with it, refused without it.
   *
   * @param capabilities null when they could not be read, which leaves the section optional
   */
  private <T> Optional<T> capabilitySection(
      Field field,
      Set<Capability> capabilities,
      boolean needed,
      Capability capability,
      String what,
      Function<Field, T> read) {
    if (capabilities == null) {
      return section(field, false, what, read);
    }
    boolean offered = capabilities.contains(capability);
    if (field.present() && !offered) {
      reader.problem(
          field.path(),
          "is given, but capabilities does not list "
              + capability.key()
              + "; add "
              + capability.key()
              + " to capabilities, or remove "
              + field.path());
      return Optional.empty();
    }
    return section(field, offered && needed, what, read);
  }

  /**
   * A section that is its own capability, such as a back office some shops do not have: optional,
   * but required when capabilities lists it and no driver class does the work.
   */
  private <T> Optional<T> optionalSection(
      Field field,
      Set<Capability> capabilities,
      Capability capability,
      boolean needed,
      String what,
      Function<Field, T> read) {
    boolean listed = capabilities != null && capabilities.contains(capability);
    if (field.absent() && listed && needed) {
      reader.problem(
          field.path(),
          "missing, but capabilities lists "
              + capability.key()
              + "; describe "
              + what
              + ", or remove "
              + capability.key()
              + " from capabilities");
      return Optional.empty();
    }
    return optional(field, read);
  }

  private static <T> Optional<T> optional(Field field, Function<Field, T> read) {
    return field.absent() ? Optional.empty() : Optional.ofNullable(read.apply(field));
  }

  /** The cart's placeholders need products to name, and the cheap cart must be cheap. */
  private void checkCatalog(
      Field root,
      Cart cart,
      List<Product> products,
      List<Coupon> coupons,
      Optional<CartContents> underMinimum,
      GatewayAccount tenant) {
    if (cart.takesProducts() && products.isEmpty() && root.get("products").absent()) {
      reader.problem(
          "products",
          "missing, but the cart is filled with products; list the products the harness may buy");
    }
    if (underMinimum.isEmpty()) {
      return;
    }
    CartContents cheap = underMinimum.get();
    if (cheap.amount() != null && !cart.takesAmount()) {
      reader.problem(
          "under_minimum.amount",
          "the cart takes products, not an amount; give under_minimum.items instead");
    }
    if (!cheap.lines().isEmpty() && !cart.takesProducts()) {
      reader.problem(
          "under_minimum.items",
          "the cart takes an amount, not products; give under_minimum.amount instead");
    }
    OptionalLong total = cheap.total(products, coupons);
    if (total.isPresent() && total.getAsLong() >= tenant.minimumAmount()) {
      reader.problem(
          "under_minimum",
          "comes to "
              + total.getAsLong()
              + " won, not under the minimum of "
              + tenant.minimumAmount()
              + " won; pick cheaper items or a bigger coupon");
    }
  }
}
