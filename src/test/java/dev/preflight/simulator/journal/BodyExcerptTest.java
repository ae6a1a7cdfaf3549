package dev.preflight.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyExcerptTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void anAnswerWithinTheBoundIsKeptWhole() {
    byte[] answer =
        utf8("{\"code\":0,\"message\":null,\"response\":{\"amount\":14000,\"name\":\"이어폰\"}}");

    BodyExcerpt excerpt = BodyExcerpt.of(answer);

    assertThat(excerpt.truncated()).isFalse();
    assertThat(excerpt.bytes()).isEqualTo(answer.length);
    assertThat(excerpt.body().at("/response/amount").isInt()).isTrue();
    assertThat(excerpt.body().at("/response/name").asText()).isEqualTo("이어폰");
    assertThat(excerpt.body().get("message").isNull()).isTrue();
  }

  @Test
  void aLongAnswerIsCutAtTheBoundAndSaysSo() {
    StringBuilder list = new StringBuilder("{\"code\":0,\"message\":null,\"response\":{\"list\":[");
    for (int i = 0; i < 500; i++) {
      list.append(i == 0 ? "" : ",").append("{\"imp_uid\":\"imp_").append(i).append("\"}");
    }
    byte[] answer = utf8(list.append("],\"total\":500}}").toString());

    BodyExcerpt excerpt = BodyExcerpt.of(answer);

    assertThat(excerpt.truncated()).isTrue();
    assertThat(excerpt.bytes()).isEqualTo(answer.length);
    JsonNode kept = excerpt.body().at("/response/list");
    assertThat(kept.size()).isBetween(100, 250);
    assertThat(kept.get(0).get("imp_uid").asText()).isEqualTo("imp_0");
    assertThat(excerpt.body().at("/response/total").isMissingNode()).isTrue();
    assertThat(excerpt.toJson().get("truncated").asBoolean()).isTrue();
    assertThat(excerpt.toJson().toString().length())
        .isLessThanOrEqualTo(BodyExcerpt.MAX_BYTES + 64);
  }

  @Test
  void aNumberRunningUpToTheCutIsLeftOutRatherThanShown() {
    String head = "{\"code\":0,\"response\":{\"pad\":\"";
    String pad = "x".repeat(BodyExcerpt.MAX_BYTES - head.length() - "\",\"amount\":1400".length());
    byte[] answer = utf8(head + pad + "\",\"amount\":14000}}");

    BodyExcerpt excerpt = BodyExcerpt.of(answer);

    assertThat(excerpt.truncated()).isTrue();
    assertThat(excerpt.body().at("/response/pad").asText()).isEqualTo(pad);
    assertThat(excerpt.body().at("/response/amount").isMissingNode()).isTrue();
  }

  @Test
  void aTokenKeepsOnlyAShortPrefixAndASecretNothing() {
    byte[] answer =
        utf8(
            "{\"code\":0,\"response\":{\"access_token\":\""
                + TOKEN
                + "\",\"imp_secret\":\"shop_secret_value\",\"nested\":{\"_token\":\""
                + TOKEN
                + "\"},\"now\":1}}");

    BodyExcerpt excerpt = BodyExcerpt.of(answer);

    assertThat(excerpt.toJson().toString()).doesNotContain(TOKEN, "shop_secret_value");
    assertThat(excerpt.body().at("/response/access_token").asText()).isEqualTo("0123****");
    assertThat(excerpt.body().at("/response/imp_secret").asText()).isEqualTo("****");
    assertThat(excerpt.body().at("/response/nested/_token").asText()).isEqualTo("0123****");
    assertThat(excerpt.body().at("/response/now").asInt()).isEqualTo(1);
  }

  @Test
  void readsBackAsItWasServed() throws Exception {
    BodyExcerpt served =
        BodyExcerpt.of(utf8("{\"code\":0,\"response\":{\"access_token\":\"" + TOKEN + "\"}}"));

    BodyExcerpt read = JSON.readValue(JSON.writeValueAsString(served), BodyExcerpt.class);

    assertThat(read.toJson()).isEqualTo(served.toJson());
    assertThat(read.bytes()).isEqualTo(served.bytes());
    assertThat(read.truncated()).isFalse();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
