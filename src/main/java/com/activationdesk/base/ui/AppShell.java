package com.activationdesk.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Plain CSS only: Lumo's stylesheet plus our own from {@code frontend/styles}, served as static resources.
 * A {@code @Theme}, {@code @CssImport} or npm package would force a frontend bundle build, which this
 * environment cannot run.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@PWA(name = "Activation Desk", shortName = "Activation Desk")
public class AppShell implements AppShellConfigurator {
}
