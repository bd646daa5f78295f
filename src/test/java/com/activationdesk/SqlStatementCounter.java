package com.activationdesk;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource and records every SQL statement the application sends, so tests can
 * bound the statements a grid page or a dashboard needs.
 */
public class SqlStatementCounter implements BeanPostProcessor {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            QueryExecutionListener listener = new QueryExecutionListener() {
                @Override
                public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo, List<net.ttddyy.dsproxy.QueryInfo> queries) {
                }

                @Override
                public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo, List<net.ttddyy.dsproxy.QueryInfo> queries) {
                    queries.forEach(query -> statements.add(query.getQuery()));
                }
            };
            return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(listener).build();
        }
        return bean;
    }

    public void reset() {
        statements.clear();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    public long selects() {
        // "SET STATEMENT <variables> FOR SELECT ..." is a SELECT with a per-statement optimizer setting
        return statements.stream().map(sql -> sql.trim().toUpperCase(Locale.ROOT).replaceFirst("^SET STATEMENT .*? FOR ", ""))
                .filter(sql -> sql.startsWith("SELECT")).count();
    }

    public long counts() {
        return statements.stream().filter(sql -> sql.toUpperCase(Locale.ROOT).contains("COUNT(")).count();
    }
}
