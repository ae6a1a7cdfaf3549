package dev.preflight.zoo.teahouse;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** 다원 찻집의 상품, 회원, 세션, 주문 (메모리 보관). */
final class ShopData {

  /** 상품. Naver Pay 카테고리는 모두 PRODUCT / GENERAL. */
  record Goods(String code, String name, long price, String summary) {}

  /** 회원. */
  static final class Member {
    final String id;
    final String password;
    final String name;
    final String tel;
    final String email;

    /** 장바구니 번호 (merchant-uid-per-cart 에서 주문번호로 쓰임). */
    long cartNo;

    Member(String id, String password, String name, String tel, String email, long cartNo) {
      this.id = id;
      this.password = password;
      this.name = name;
      this.tel = tel;
      this.email = email;
      this.cartNo = cartNo;
    }
  }

  /** 장바구니 한 줄. */
  record Line(Goods goods, int qty) {
    long total() {
      return goods.price() * qty;
    }
  }

  /** 쿠키 세션: 로그인 회원과 장바구니. */
  static final class Session {
    final String id;
    volatile String memberId;
    final Map<String, Integer> cart = new LinkedHashMap<>();

    Session(String id) {
      this.id = id;
    }

    synchronized void add(String code, int qty) {
      cart.merge(code, qty, Integer::sum);
    }

    synchronized void clear() {
      cart.clear();
    }

    synchronized Map<String, Integer> cartCopy() {
      return new LinkedHashMap<>(cart);
    }
  }

  /** 주문 상태. */
  enum Status {
    READY("주문접수"),
    PAID("결제완료"),
    PENDING("결제확인중"),
    FAILED("결제실패"),
    PARTIAL("부분환불"),
    CANCELLED("취소완료");

    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  /** 주문서. 상태 변경은 이 객체의 모니터 안에서. */
  static final class Order {
    final String no;
    final String memberId;
    final long createdAt = System.currentTimeMillis();
    List<Line> lines;
    long amount;
    Status status = Status.READY;
    String impUid;
    long refunded;
    String note = "";

    Order(String no, String memberId, List<Line> lines, long amount) {
      this.no = no;
      this.memberId = memberId;
      this.lines = lines;
      this.amount = amount;
    }

    String title() {
      return lines.isEmpty() ? "" : lines.get(0).goods().name();
    }

    long refundable() {
      return amount - refunded;
    }
  }

  static final List<Goods> GOODS =
      List.of(
          new Goods("T-101", "우전 녹차 (40g)", 18000, "곡우 전에 딴 첫물 잎으로 만든 하동 녹차"),
          new Goods("T-102", "세작 녹차 (80g)", 15000, "구수하고 맑은 일상의 녹차"),
          new Goods("T-205", "제주 황차 (50g)", 12000, "가볍게 발효한 제주 유기농 황차"),
          new Goods("T-310", "보이숙차 357g 병차", 45000, "운남 맹해 숙차 한 편"),
          new Goods("W-011", "백자 다관 & 숙우 세트", 32000, "이천 백자 다관과 숙우"),
          new Goods("T-900", "티백 샘플 (1개)", 50, "우전 녹차 티백 한 개 맛보기"));

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Member> members = new ConcurrentHashMap<>();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Boolean> adminSessions = new ConcurrentHashMap<>();
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final AtomicLong seq = new AtomicLong();

  ShopData() {
    long seed = 100000 + random.nextInt(800000);
    members.put(
        "tealover",
        new Member("tealover", "dawon2024", "김다원", "010-1234-5678", "tealover@example.com", seed));
    members.put(
        "greenleaf",
        new Member(
            "greenleaf",
            "dawon2024",
            "이초록",
            "010-2345-6789",
            "greenleaf@example.com",
            seed + 500000));
  }

  static Goods goods(String code) {
    for (Goods g : GOODS) {
      if (g.code().equals(code)) {
        return g;
      }
    }
    return null;
  }

  Member member(String id) {
    return id == null ? null : members.get(id);
  }

  Member login(String id, String password) {
    Member m = member(id);
    return m != null && m.password.equals(password) ? m : null;
  }

  String newToken() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  Session session(String id) {
    return id == null ? null : sessions.get(id);
  }

  Session newSession() {
    Session s = new Session(newToken());
    sessions.put(s.id, s);
    return s;
  }

  void dropSession(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  String newAdminSession() {
    String id = newToken();
    adminSessions.put(id, Boolean.TRUE);
    return id;
  }

  boolean isAdmin(String id) {
    return id != null && adminSessions.containsKey(id);
  }

  void dropAdmin(String id) {
    if (id != null) {
      adminSessions.remove(id);
    }
  }

  static List<Line> lines(Map<String, Integer> cart) {
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<String, Integer> e : cart.entrySet()) {
      Goods g = goods(e.getKey());
      if (g != null && e.getValue() > 0) {
        lines.add(new Line(g, e.getValue()));
      }
    }
    return lines;
  }

  static long total(List<Line> lines) {
    long sum = 0;
    for (Line l : lines) {
      sum += l.total();
    }
    return sum;
  }

  /** 새 주문번호: DW + 연월일시분초 + 일련번호. */
  String newOrderNo() {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    return "DW" + stamp + String.format("%04d", seq.incrementAndGet() % 10000);
  }

  Order order(String no) {
    return no == null ? null : orders.get(no);
  }

  void save(Order order) {
    orders.put(order.no, order);
  }

  List<Order> ordersOf(String memberId) {
    List<Order> list = new ArrayList<>();
    for (Order o : orders.values()) {
      if (o.memberId.equals(memberId) && o.status != Status.READY) {
        list.add(o);
      }
    }
    list.sort(Comparator.comparingLong((Order o) -> o.createdAt).reversed());
    return list;
  }

  List<Order> allOrders() {
    List<Order> list = new ArrayList<>(orders.values());
    list.sort(Comparator.comparingLong((Order o) -> o.createdAt).reversed());
    return Collections.unmodifiableList(list);
  }
}
