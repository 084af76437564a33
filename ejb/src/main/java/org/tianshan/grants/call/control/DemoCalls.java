package org.tianshan.grants.call.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.call.entity.RubricCriterion;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.platform.control.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo mode only: two open calls — an ordinary competitive one and a 揭榜挂帅 challenge — so that a
 * newcomer can apply at once. Created only while there is no call at all; a restart adds nothing.
 */
@Startup
@Singleton
@DependsOn({"Bootstrap", "CallTimers"})
public class DemoCalls {

    private static final Logger LOG = Logger.getLogger(DemoCalls.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @EJB
    CallTimers timers;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @PostConstruct
    void openDemoCalls() {
        if (!settings.demo() || em.createNamedQuery(Call.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        Instant opens = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofDays(61));
        List<RubricCriterion> rubric = List.of(new RubricCriterion(1, "INNOVATION", "创新性", 40, 10),
                new RubricCriterion(2, "FEASIBILITY", "可行性", 35, 10), new RubricCriterion(3, "TEAM", "研究基础与团队", 25, 10));
        open(new Call("KEY_RD_GENERAL", "COMPETITIVE", "2027年度自治区重点研发计划（一般项目）申报指南",
                "围绕自治区“八大产业集群”建设需求，支持农业、资源环境、先进制造和社会发展领域关键技术研究。"
                        + "项目实施期一般为3年，财政资助不超过50万元。", List.of("棉花全程机械化关键技术", "盐碱地改良与高效利用", "新能源储能材料"),
                opens, closes, Money.parse("500000.00"), Money.parse("10000000.00"), 5, 15, rubric, null, null, null, "system", clock.instant()));
        open(new Call("MAJOR_CHALLENGE", "CHALLENGE", "2027年度重大科技专项“揭榜挂帅”榜单：高温气冷堆用耐高温密封材料",
                "面向企业重大技术需求张榜，不论资历、不设门槛，揭榜团队签订军令状，按里程碑考核。", List.of("耐高温密封材料"),
                opens, closes, Money.parse("5000000.00"), Money.parse("5000000.00"), 7, 10, rubric,
                "研制在750℃、10 MPa氦气环境下连续运行1000小时泄漏率低于1×10⁻⁶ Pa·m³/s的密封件，并完成工程验证。",
                Money.parse("5000000.00"), null, "system", clock.instant()));
        LOG.info("Demo mode: two open calls created");
    }

    private void open(Call call) {
        var problems = CallTerms.check(new CallTerms.Terms(call.fundingMode(), call.opensAt(), call.closesAt(), call.ceiling(),
                call.totalBudget(), call.reviewersPerApplication(), call.rubric(), call.challengeProblem(), call.challengeBounty(),
                call.raceTeams()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo call breaks its terms: " + problems);
        }
        em.persist(call);
        call.publish(false);
        em.flush();
        timers.schedule(call);
        events.fire(new DomainEvent("CALL_PUBLISHED", "Call", call.id().toString(),
                Map.of("title", call.title(), "by", "demo start-up (a director's approval, where the programme wants one, is taken as given)",
                        "closesAt", call.closesAt().toString())));
    }
}
