package com.activationdesk.screening;

import com.activationdesk.base.domain.DomainException;

/**
 * A list file was refused as a whole (not XML, wrong format or namespace, truncated, empty, too large); the
 * source's previous version stays active. The UI translates the key; {@link #getMessage()} is the English text
 * once {@link SanctionsScreening} has resolved it, so logs and API callers read a sentence, not a key.
 */
public class ListImportException extends DomainException {

    private final String text;

    public ListImportException(String messageKey, Object... arguments) {
        this(messageKey, arguments, null);
    }

    private ListImportException(String messageKey, Object[] arguments, String text) {
        super(messageKey, arguments);
        this.text = text;
    }

    ListImportException withText(String english) {
        return new ListImportException(getMessageKey(), getArguments(), english);
    }

    @Override
    public String getMessage() {
        return text == null ? super.getMessage() : text;
    }
}
