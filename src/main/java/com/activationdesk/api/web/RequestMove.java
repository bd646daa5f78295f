package com.activationdesk.api.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every change of an existing request carries besides its body: the version the caller read (If-Match,
 * required: missing → 428, malformed → 400, checked before the body is read) and an optional Idempotency-Key.
 * An endpoint takes it as a parameter instead of declaring both headers itself; the API description still lists
 * them as header parameters of that operation.
 */
record RequestMove(long version, String idempotencyKey, HttpServletRequest http) {

    @Configuration(proxyBeanMethods = false)
    static class Support implements WebMvcConfigurer {

        static {
            // documented as the two headers below, not as a parameter object of its own
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestMove.class);
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new Resolver());
        }

        @Bean
        OperationCustomizer requestMoveHeaders() {
            return (operation, handler) -> {
                boolean takesMove = Arrays.stream(handler.getMethodParameters())
                        .anyMatch(parameter -> parameter.getParameterType() == RequestMove.class);
                if (takesMove) {
                    operation.addParametersItem(header(HttpHeaders.IF_MATCH));
                    operation.addParametersItem(header(Idempotency.HEADER));
                }
                return operation;
            };
        }

        /** As springdoc describes an optional {@code @RequestHeader String}: the spec reads as before. */
        private static HeaderParameter header(String name) {
            HeaderParameter header = new HeaderParameter();
            header.name(name).required(false).schema(new StringSchema());
            return header;
        }
    }

    private static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == RequestMove.class;
        }

        @Override
        public RequestMove resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                           NativeWebRequest request, WebDataBinderFactory binders) {
            HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
            return new RequestMove(ETags.required(http.getHeader(HttpHeaders.IF_MATCH)),
                    http.getHeader(Idempotency.HEADER), http);
        }
    }
}
