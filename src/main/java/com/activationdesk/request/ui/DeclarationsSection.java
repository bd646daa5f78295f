package com.activationdesk.request.ui;

import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.RequestField;
import com.vaadin.flow.component.checkbox.Checkbox;

/** What the partner confirms before submitting; each declaration's label is the full sentence. */
class DeclarationsSection extends RequestSection<Declarations> {

    DeclarationsSection() {
        super(Declarations.class, RequestField.Group.DECLARATIONS.key());
        fullWidth(add(new Checkbox(), RequestField.DECLARATION_NO_UNIFY_VIDEO, "noUnifyVideo"));
        fullWidth(add(new Checkbox(), RequestField.DECLARATION_DATA_CORRECT, "dataCorrect"));
    }
}
