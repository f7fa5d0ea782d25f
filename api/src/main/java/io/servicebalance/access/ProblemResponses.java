package io.servicebalance.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 and 403 as application/problem+json, like every other rejection. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ServiceBalance\", Bearer");
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "Send credentials: HTTP Basic for the demo users, or a bearer JWT", request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this request", request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
                      String instance) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(("{\"type\":\"https://servicebalance.io/problems/%s\",\"title\":\"%s\","
                + "\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}").formatted(type, title, status.value(),
                detail, instance.replace("\"", "")));
    }
}
