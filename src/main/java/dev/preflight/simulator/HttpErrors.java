package dev.preflight.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.preflight.simulator.control.ControlApi;
import dev.preflight.simulator.iamport.Envelope;
import dev.preflight.simulator.iamport.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a URI it cannot parse, a header or URI too long, broken framing) in the
 * simulator's shapes instead of Jetty's HTML page: the i'mport envelope on REST paths, {@code
 * {"error": …}} under {@code /__sim/}. The wording is ours, never Jetty's reason, which can quote
 * the request or name a class.
 */
final class HttpErrors extends ErrorHandler {

  /**
   * Jetty writes bodies for GET, POST and HEAD only; an i'mport client also sends PUT and DELETE.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /** An error Jetty meets before any route: the path may be unreadable, so it is the envelope. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Envelope.CONTENT_TYPE);
    return ByteBuffer.wrap(Envelope.failure(-1, message(status)));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String reason,
      Throwable cause,
      Callback callback) {
    byte[] body;
    if (underControlApi(request)) {
      body =
          JsonNodeFactory.instance
              .objectNode()
              .put("error", message(status))
              .toString()
              .getBytes(StandardCharsets.UTF_8);
    } else {
      body = Envelope.failure(-1, message(status));
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Envelope.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static boolean underControlApi(Request request) {
    try {
      String path = request.getHttpURI().getPath();
      return path != null && path.startsWith(ControlApi.PREFIX + "/");
    } catch (RuntimeException unparseable) {
      return false;
    }
  }

  static String message(int status) {
    return switch (status) {
      case 404 -> "요청하신 API가 존재하지 않습니다.";
      case 405 -> "요청하신 API는 이 메소드를 지원하지 않습니다.";
      case 413 -> "요청 본문이 너무 큽니다.";
      case 414 -> "요청 URI가 너무 깁니다.";
      case 431 -> "요청 헤더가 너무 큽니다.";
      case 500 -> Messages.INTERNAL_ERROR;
      default -> status >= 500 ? Messages.INTERNAL_ERROR : Messages.BAD_REQUEST;
    };
  }
}
