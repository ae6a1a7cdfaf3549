package dev.preflight.simulator.iamport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * An i'mport call offered to an {@link Interceptor}.
 *
 * @param tenant the caller's user code: from its token, or from {@code imp_key} for {@code
 *     getToken}; null when it cannot be told
 * @param params the body and query parameters, secrets masked, as the journal keeps them
 * @param proceed runs the operation and answers with its envelope, as if never intercepted
 */
public record InterceptedCall(Context ctx, String tenant, ObjectNode params, Runnable proceed) {}
