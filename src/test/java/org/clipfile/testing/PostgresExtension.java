package org.clipfile.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link PostgresServer} of the test run: started on first use, stopped when
 * the run ends. Declare a {@code PostgresServer} parameter (a constructor's, a test method's, or a
 * {@code @BeforeAll} method's) and register this with {@code @ExtendWith}.
 */
public final class PostgresExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    public static PostgresServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresServer.class,
                k -> PostgresServer.start(), PostgresServer.class);
    }
}
