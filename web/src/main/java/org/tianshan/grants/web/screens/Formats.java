package org.tianshan.grants.web.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tianshan.grants.kernel.BusinessTime;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * How the screens write times, money and statuses: times in Beijing time (the bureau publishes its
 * deadlines in it), yuan with thousands separators, statuses by their bundle names ({@code appStatus.*},
 * {@code callStatus.*}) with a badge colour.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An {@link OffsetDateTime} or an {@link Instant} as Beijing time to the minute; blank for none. */
    public String time(Object at) {
        if (at instanceof OffsetDateTime t) {
            return MINUTES.format(t.atZoneSameInstant(BusinessTime.ZONE));
        }
        if (at instanceof Instant i) {
            return MINUTES.format(i.atZone(BusinessTime.ZONE));
        }
        return "";
    }

    /** "150000.00" → "150,000.00"; anything that is not an amount is shown as it is. */
    public String amount(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        try {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    /** An amount with its unit in the screen language: "150,000.00 元" / "CNY 150,000.00". */
    public String money(String amount) {
        return amount == null || amount.isBlank() ? "" : Messages.text("money.yuan", amount(amount));
    }

    /** A share 0..1 as a whole percentage: 0.834 → "83%". */
    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public String appStatus(String status) {
        return status == null ? "" : Messages.text("appStatus." + status);
    }

    /** The badge colour of an application status: under way, passed on, ended well, or ended short. */
    public String appSeverity(String status) {
        if (status == null) {
            return "secondary";
        }
        switch (status) {
            case "DRAFT":
                return "secondary";
            case "SUBMITTED":
            case "ENDORSED":
            case "UNDER_REVIEW":
            case "REVIEWED":
            case "IN_PUBLIC_NOTICE":
                return "info";
            case "ACCEPTED":
            case "RECOMMENDED":
            case "APPROVED":
                return "success";
            case "WITHDRAWN":
                return "warning";
            default:
                return "danger";
        }
    }

    public String callStatus(String status) {
        return status == null ? "" : Messages.text("callStatus." + status);
    }

    public String callSeverity(String status) {
        return "OPEN".equals(status) ? "success" : "CLOSED".equals(status) ? "secondary" : "warning";
    }

    public String fundingMode(String mode) {
        return mode == null ? "" : Messages.text("fundingMode." + mode);
    }

    public String budgetCategory(String category) {
        return category == null ? "" : Messages.text("budget." + category);
    }

    public String memberRole(String role) {
        return role == null ? "" : Messages.text("memberRole." + role);
    }

    /** Keywords and the like, joined the Chinese way. */
    public String join(Collection<String> items) {
        return items == null ? "" : String.join("；", items);
    }

    /**
     * An automatic check as the checks table names it ({@code check.<CODE>}: what is checked, not what
     * went wrong), else the rule's refusal text ({@code rule.<CODE>}), else the code.
     */
    public String check(String code) {
        if (code == null) {
            return "";
        }
        for (String key : new String[] {"check." + code, "rule." + code}) {
            if (Messages.has(key)) {
                return Messages.text(key);
            }
        }
        return code;
    }
}
