package org.tianshan.grants.project.boundary;

import jakarta.ejb.ApplicationException;
import org.tianshan.grants.kernel.BusinessException;
import org.tianshan.grants.kernel.Violation;

import java.util.List;

/**
 * 503: the contract PDF cannot be rendered on this server because no CJK font was found (or the one
 * configured cannot be read). Never a PDF with empty boxes in place of the Chinese text, never a 500: the
 * answer names the setting the operator must set.
 */
@ApplicationException(rollback = true)
public class ContractUnavailable extends BusinessException {

    public ContractUnavailable(String setting, String message) {
        super("PDF_FONT_MISSING", message, List.of(new Violation(setting, message)));
    }

    @Override
    public int status() {
        return 503;
    }
}
