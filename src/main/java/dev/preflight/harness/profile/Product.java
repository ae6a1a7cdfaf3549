package dev.preflight.harness.profile;

/**
 * A product the harness may put in a cart, with what the rules compare {@code naverProducts}
 * against.
 *
 * @param price in won
 * @param categoryType Naver Pay's category type the site sells it under ({@code BOOK}, …)
 * @param categoryId the category id within that type ({@code GENERAL}, …)
 */
public record Product(String id, String name, long price, String categoryType, String categoryId) {}
