package com.activationdesk.request.domain;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/** A Liquibase step written in Java (a backfill SQL cannot express); needs no set-up, files or parameter checks. */
abstract class JavaMigration implements CustomTaskChange {

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
