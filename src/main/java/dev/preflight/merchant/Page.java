package dev.preflight.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.web.Html;
import dev.preflight.web.Template;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** The shop's page frame and the small pieces its pages share. */
final class Page {
  private static final Template LAYOUT = Template.load("/merchant/layout.html");

  private Page() {}

  static String render(String title, String body) {
    return render(title, body, "", "");
  }

  static String render(String title, String body, String head, String scripts) {
    return LAYOUT.render(Map.of("title", title, "body", body, "head", head, "scripts", scripts));
  }

  /**
   * The checkout scripts: the SDK, {@code CHECKOUT} (JSON made safe inside a script element), the
   * shop's script, and the override of each browser-side defect switched on.
   */
  static String checkoutScripts(Shop shop, JsonNode checkout) {
    String json =
        checkout
            .toString()
            .replace("<", "\\u003c")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029");
    StringBuilder scripts =
        new StringBuilder()
            .append("<script src=\"")
            .append(Html.escape(shop.sdkUrl))
            .append("\"></script>\n<script>var CHECKOUT = ")
            .append(json)
            .append(";</script>\n<script src=\"/static/shop.js\"></script>\n");
    for (Defect defect : shop.defects()) {
      if (Page.class.getResource("/merchant/defects/" + defect.switchName() + ".js") != null) {
        scripts
            .append("<script src=\"/static/defects/")
            .append(defect.switchName())
            .append(".js\"></script>\n");
      }
    }
    return scripts.toString();
  }

  static String won(long amount) {
    return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + "원";
  }

  /**
   * A failure as the server-rendered result page shows it (the redirect path). Compliant, it is
   * Naver's {@code error_msg}, escaped; the display defects change it as their scripts do.
   */
  static String failure(Shop shop, String errorCode, String errorMsg) {
    String message = errorMsg == null ? "결제가 완료되지 않았습니다." : errorMsg;
    if (shop.has(Defect.NO_MINIMUM_CHECK) && "UnderMinimumAmount".equals(errorCode)) {
      message = "결제할 수 없는 주문입니다. 고객센터에 문의해주세요.";
    } else if (shop.has(Defect.REWORDED_ERROR_MESSAGE)) {
      message = "결제가 정상적으로 처리되지 않았습니다. 다시 시도해주세요.";
    } else if (shop.has(Defect.PREFIXED_ERROR_MESSAGE)) {
      message = "결제에 실패하였습니다. 실패 사유: " + message;
    }
    String shown = shop.has(Defect.ERROR_AS_HTML) ? message : Html.escape(message);
    return "<p id=\"result\" role=\"status\">" + shown + "</p>";
  }
}
