package io.servicebalance.browser;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Failures of browser pages as a page: a malformed address is 404, anything else 500 and logged once. */
@ControllerAdvice(annotations = BrowserPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView malformed(HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletResponse response) {
        LOG.error("a page failed", e);
        return page(response, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
