package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.simulator.journal.BodyExcerpt;
import dev.preflight.simulator.journal.Journal;
import dev.preflight.simulator.journal.JournalEntry;
import dev.preflight.simulator.ledger.Account;
import dev.preflight.simulator.ledger.Accounts;
import dev.preflight.simulator.ledger.Clock;
import dev.preflight.simulator.ledger.LedgerException;
import dev.preflight.simulator.ledger.Tokens;
import dev.preflight.web.BoundedJson;
import dev.preflight.web.Utf8;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every i'mport operation the same way: parse the query and body, check the token, offer the
 * call to the {@link Interceptor} (the control API's faults), run the operation, write the
 * envelope, journal the call. Refusals and bad input become envelopes here, in one place, never a
 * stack trace.
 */
public final class IamportEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(IamportEndpoint.class);
  private final Clock clock;
  private final Accounts accounts;
  private final Tokens tokens;
  private final Journal journal;
  private final long maxBodyBytes;
  private final Interceptor interceptor;
  // Trailing tokens fail: "{...} xyz" or two objects must not pass as the first object alone.
  private final ObjectMapper json =
      BoundedJson.mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public IamportEndpoint(
      Clock clock,
      Accounts accounts,
      Tokens tokens,
      Journal journal,
      long maxBodyBytes,
      Interceptor interceptor) {
    this.clock = clock;
    this.accounts = accounts;
    this.tokens = tokens;
    this.journal = journal;
    this.maxBodyBytes = maxBodyBytes;
    this.interceptor = interceptor;
  }

  /** An operation that needs a valid access token. */
  public Handler authenticated(ApiHandler operation) {
    return ctx -> handle(ctx, operation, true);
  }

  /** An operation open without a token: only {@code /users/getToken}. */
  public Handler open(ApiHandler operation) {
    return ctx -> handle(ctx, operation, false);
  }

  private void handle(Context ctx, ApiHandler operation, boolean needsToken) {
    long now = clock.now();
    Params query = Params.empty();
    Params body = Params.empty();
    ApiRequest request;
    try {
      query = Params.form(BracketNotation.parse(ctx.queryString()));
      body = readBody(ctx);
      Account account = needsToken ? authenticate(ctx, query, now) : null;
      request = new ApiRequest(ctx, body, query, now, account);
    } catch (RuntimeException refused) {
      answer(ctx, replyTo(ctx, refused), null, body, query);
      return;
    }
    Params params = body;
    Params queryParams = query;
    Runnable proceed =
        () -> answer(ctx, run(ctx, operation, request), request, params, queryParams);
    InterceptedCall call =
        new InterceptedCall(ctx, caller(request), CallParams.of(params, queryParams), proceed);
    if (!interceptor.intercept(call)) {
      proceed.run();
    }
  }

  private static Reply run(Context ctx, ApiHandler operation, ApiRequest request) {
    try {
      return operation.handle(request);
    } catch (RuntimeException failed) {
      return replyTo(ctx, failed);
    }
  }

  /**
   * A REST entry's detail: how its body came, which decides whether a string amount was a choice.
   */
  private static final java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> BODY_FORMATS =
      java.util.Map.of(
          "json",
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
              .objectNode()
              .put("body", "json"),
          "form",
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
              .objectNode()
              .put("body", "form"));

  /** Refusals and bad input become their envelope; anything else is a simulator bug, logged. */
  private static Reply replyTo(Context ctx, RuntimeException failure) {
    if (failure instanceof ApiException refused) {
      return new Reply(refused.status(), refused.code(), refused.getMessage(), JsonPayload.NULL);
    }
    if (failure instanceof LedgerException refused) {
      ApiException answer = Messages.toApi(refused);
      return new Reply(answer.status(), answer.code(), answer.getMessage(), JsonPayload.NULL);
    }
    LOG.error("{} {} failed inside the simulator", ctx.method(), ctx.path(), failure);
    return new Reply(500, -1, Messages.INTERNAL_ERROR, JsonPayload.NULL);
  }

  private void answer(Context ctx, Reply reply, ApiRequest request, Params body, Params query) {
    if (reply.status() == 401) {
      ctx.header("WWW-Authenticate", "iamport");
    }
    byte[] answered = Envelope.write(reply.code(), reply.message(), reply.response());
    ctx.status(reply.status()).contentType(Envelope.CONTENT_TYPE).result(answered);
    Account account = request == null ? null : request.account();
    journal.record(
        account == null ? null : account.tenant().userCode(),
        JournalEntry.REST,
        ctx.method().name(),
        ctx.path(),
        CallParams.of(body, query),
        reply.status(),
        reply.code(),
        body == null || body.format() == null ? null : BODY_FORMATS.get(body.format()),
        BodyExcerpt.of(answered));
  }

  /** The tenant a call belongs to before it runs: by its token, or by getToken's imp_key. */
  private String caller(ApiRequest request) {
    if (request.account() != null) {
      return request.account().tenant().userCode();
    }
    String impKey;
    try {
      impKey = request.params().text("imp_key");
    } catch (ApiException notText) {
      return null;
    }
    return accounts.byImpKey(impKey).map(a -> a.tenant().userCode()).orElse(null);
  }

  private Params readBody(Context ctx) {
    String length = ctx.header("Content-Length");
    if ((length == null || length.equals("0")) && ctx.header("Transfer-Encoding") == null) {
      // HTTP/1.1 framing says there is no body (every GET): skip reading the input stream.
      return Params.empty();
    }
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
      throw tooLarge(ctx);
    }
    byte[] raw;
    try {
      raw = ctx.bodyAsBytes();
    } catch (HttpResponseException tooLarge) {
      throw tooLarge(ctx);
    } catch (Exception unreadable) {
      // A broken chunked encoding or a client gone mid-body: Jetty reports it while we read.
      throw ApiException.badParameter(Messages.UNREADABLE_BODY);
    }
    if (raw.length > maxBodyBytes) {
      throw tooLarge(ctx);
    }
    String text =
        Utf8.decode(raw)
            .orElseThrow(() -> ApiException.badParameter("요청 본문이 올바른 UTF-8이 아닙니다."))
            .strip();
    if (text.isEmpty()) {
      return Params.empty();
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    boolean looksJson = text.startsWith("{") || text.startsWith("[");
    if (type.contains("json") || (!type.contains("form") && looksJson)) {
      return Params.json(parseJson(text));
    }
    if (type.contains("multipart")) {
      throw ApiException.badParameter(
          "multipart/form-data는 지원하지 않습니다. application/json 또는"
              + " application/x-www-form-urlencoded로 보내주세요.");
    }
    return Params.form(BracketNotation.parse(text));
  }

  private ApiException tooLarge(Context ctx) {
    discardBody(ctx, maxBodyBytes);
    return new ApiException(413, -1, String.format(Messages.BODY_TOO_LARGE, maxBodyBytes));
  }

  /**
   * Reads and drops the rest of a refused body, up to 16 times the cap: closing the connection on
   * unread bytes resets it, and a client still sending would never read the 413.
   */
  public static void discardBody(Context ctx, long maxBodyBytes) {
    byte[] buffer = new byte[64 * 1024];
    long left = 16 * maxBodyBytes;
    try {
      InputStream in = ctx.req().getInputStream();
      int read;
      while (left > 0 && (read = in.read(buffer)) != -1) {
        left -= read;
      }
    } catch (IOException | IllegalStateException gone) {
      // The client stopped sending: the 413 goes out all the same.
    }
  }

  private ObjectNode parseJson(String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JacksonException malformed) {
      String reason = BoundedJson.reason(malformed);
      throw ApiException.badParameter(String.format(Messages.MALFORMED_JSON, reason));
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badParameter(
          String.format(Messages.MALFORMED_JSON, "요청 본문은 JSON 객체({...})여야 합니다."));
    }
    return (ObjectNode) node;
  }

  private Account authenticate(Context ctx, Params query, long now) {
    String presented = PresentedToken.of(ctx::header, () -> query.text("_token"));
    return tokens
        .valid(presented, now)
        .flatMap(valid -> accounts.byImpKey(valid.impKey()))
        .orElseThrow(() -> new ApiException(401, -1, Messages.UNAUTHORIZED));
  }
}
