package vn.motcua.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The points of each service-index indicator (Decision 766/QĐ-TTg: five groups, 100 points; the
 * split inside a group is the province's configuration, {@code motcua.service-index.*}). Defaults:
 * progress 20 = 14 on time + 6 apologies; online 22 = 12 submitted + 10 paid; digitisation 22;
 * publicity 18; satisfaction 18.
 */
@ConfigurationProperties("motcua.service-index")
record ServiceIndexPoints(
    @DefaultValue("14") double onTime,
    @DefaultValue("6") double apology,
    @DefaultValue("12") double submittedOnline,
    @DefaultValue("10") double paidOnline,
    @DefaultValue("22") double digitisation,
    @DefaultValue("18") double publicity,
    @DefaultValue("18") double satisfaction) {}
