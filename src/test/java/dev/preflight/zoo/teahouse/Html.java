package dev.preflight.zoo.teahouse;

import java.text.NumberFormat;
import java.util.Locale;

/** 서버에서 HTML 문자열을 만들 때 쓰는 도구 (값은 반드시 esc 를 거친다). */
final class Html {
  private Html() {}

  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** 인라인 스크립트에 넣는 자바스크립트 문자열 리터럴 ("..."). */
  static String js(Object value) {
    String s = value == null ? "" : String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"'
          || c == '\\'
          || c == '\''
          || c == '<'
          || c == '>'
          || c == '&'
          || c < 0x20
          || c == 0x2028
          || c == 0x2029) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static String won(long amount) {
    return NumberFormat.getNumberInstance(Locale.KOREA).format(amount) + "원";
  }

  /** 공통 레이아웃. */
  static String page(String title, String memberName, String body, String scripts) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n")
        .append("<title>")
        .append(esc(title))
        .append(" - 다원 찻집</title>\n")
        .append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/dawon.css\">\n")
        .append("</head>\n<body>\n<div id=\"wrap\">\n<div id=\"header\">\n")
        .append("<h1 class=\"logo\"><a href=\"/\">다원 찻집 <span>茶園</span></a></h1>\n")
        .append("<ul class=\"gnb\">\n")
        .append("<li><a href=\"/\">전체상품</a></li>\n")
        .append("<li><a href=\"/cart\">장바구니</a></li>\n")
        .append("<li><a href=\"/mypage/orders\">주문내역</a></li>\n");
    if (memberName == null) {
      h.append("<li><a href=\"/member/login\">로그인</a></li>\n");
    } else {
      h.append("<li><a href=\"/member/logout\">로그아웃</a></li>\n");
    }
    h.append("</ul>\n");
    if (memberName != null) {
      h.append("<p class=\"member_info\" id=\"memberInfo\"><strong>")
          .append(esc(memberName))
          .append("</strong>님 환영합니다.</p>\n");
    }
    h.append("</div>\n<div id=\"container\">\n")
        .append(body)
        .append("\n</div>\n<div id=\"footer\">\n")
        .append("<p>상호: 다원 찻집 | 대표: 정다원 | 주소: 서울특별시 종로구 인사동길 00 | ")
        .append("사업자등록번호: 000-00-00000 | 통신판매업신고: 제2024-서울종로-0000호</p>\n")
        .append("<p>Copyright &copy; 다원 찻집. All rights reserved.</p>\n</div>\n</div>\n")
        .append(scripts == null ? "" : scripts)
        .append("</body>\n</html>\n");
    return h.toString();
  }

  /** 예전 방식의 처리 결과 페이지: 알림창을 띄우고 다른 주소로 보낸다. */
  static String alertAndGo(String message, String url) {
    return "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>다원 찻집</title></head>"
        + "<body>\n<script type=\"text/javascript\">\nalert("
        + js(message)
        + ");\n"
        + (url == null ? "history.back();" : "location.replace(" + js(url) + ");")
        + "\n</script>\n</body></html>\n";
  }
}
