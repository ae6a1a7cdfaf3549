package dev.preflight.merchant;

/** A product of the shop, with the Naver Pay category it is sold under. */
public record Product(String id, String name, long price, String categoryType, String categoryId) {}
