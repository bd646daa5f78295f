package com.activationdesk;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.invitation.service.InvitationExpiryJob;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.zaxxer.hikari.HikariDataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * #15 item 6: two whole application instances in one JVM on one database, as behind the sticky proxy of
 * docker/compose.yaml. Instance A is the shared integration-test context; instance B is a second Spring Boot
 * application (own web server, pool, caches, clock) on A's database. A request walks through both, the stale
 * instance is refused (optimistic locking), and the invitation-expiry job started on both at once does its work once.
 */
@IntegrationTest
class TwoAppInstancesTest {

    private static ConfigurableApplicationContext instanceB;

    @Autowired
    RequestService requestsA;
    @Autowired
    RunAs runAsA;
    @Autowired
    MutableClock clockA;
    @Autowired
    InvitationExpiryJob expiryJobA;
    @Autowired
    DataSource dataSourceA;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startInstanceB(@Autowired DataSource dataSource) throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class); // tests wrap it to count SQL
        instanceB = new SpringApplicationBuilder(Application.class, TestClockConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("noTestClasses", new NoTestClasses()))
                .run("--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                        "--server.port=0",
                        // B schedules its jobs as production does (ShedLock); the start-up runs find nothing due
                        "--activationdesk.scheduling.enabled=true",
                        "--activationdesk.jobs.invitation-expiry-delay=PT1H",
                        "--activationdesk.jobs.outbox-delay=PT1H",
                        "--activationdesk.jobs.sla-alert-delay=PT1H");
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aRequestWalksThroughBothInstancesAndTheStaleOneIsRefused() {
        RequestService requestsB = instanceB.getBean(RequestService.class);
        RunAs runAsB = instanceB.getBean(RunAs.class);
        MutableClock clockB = instanceB.getBean(MutableClock.class);
        Instant submittedAt = Instant.now().minus(Duration.ofDays(10));
        clockA.set(submittedAt);
        clockB.set(submittedAt);

        RequestDetails submitted = new RequestSteps(requestsA, runAsA, clockA).submitted(NORDLICHT_USER1);
        RequestDetails forwarded = new RequestSteps(requestsB, runAsB, clockB).forward(CAM1, submitted);
        assertThat(runAsA.as(CAM1, () -> requestsA.get(submitted.id())).status()).as("A sees B's forward")
                .isEqualTo(forwarded.status());

        // A still holds the version it submitted; B has moved on: A's change is refused, nothing is lost
        assertThatThrownBy(() -> runAsA.run(CAM1, () -> requestsA.returnToPartner(submitted.id(), submitted.version(),
                RequestSteps.RETURN_REASON))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(runAsB.as(CAM1, () -> requestsB.get(submitted.id())).status()).isEqualTo(forwarded.status());

        RequestDetails invited = new RequestSteps(requestsA, runAsA, clockA).invite(OPS1, forwarded);
        assertThat(runAsB.as(OPS1, () -> requestsB.get(invited.id())).status()).isEqualTo(invited.status());
    }

    @Test
    void theExpiryJobStartedOnBothInstancesAtOnceExpiresTheInvitationOnce() throws Exception {
        RequestService requestsB = instanceB.getBean(RequestService.class);
        RunAs runAsB = instanceB.getBean(RunAs.class);
        MutableClock clockB = instanceB.getBean(MutableClock.class);
        InvitationExpiryJob expiryJobB = instanceB.getBean(InvitationExpiryJob.class);
        assertThat(AopUtils.isAopProxy(expiryJobB)).as("B's job runs under its ShedLock").isTrue();
        Instant forwardedAt = Instant.now().minus(Duration.ofDays(20));
        clockA.set(forwardedAt);
        clockB.set(forwardedAt);
        RequestSteps onA = new RequestSteps(requestsA, runAsA, clockA);
        RequestDetails invited = new RequestSteps(requestsB, runAsB, clockB)
                .invite(OPS1, onA.forward(CAM1, onA.submitted(NORDLICHT_USER1)));
        Instant expired = forwardedAt.plus(Duration.ofDays(5)); // the link lasts 72 hours
        clockA.set(expired);
        clockB.set(expired);

        // A's context has scheduling off (tests call jobs directly): it takes the job's lock exactly as the
        // production scheduling configuration does, on the same table and the database's clock.
        DefaultLockingTaskExecutor lockOnA = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSourceA))
                        .usingDbTime().build()));
        LockConfiguration expiryLock = new LockConfiguration(Instant.now(), "invitation-expiry",
                Duration.ofMinutes(5), Duration.ZERO);
        CompletableFuture<Void> onInstanceA = CompletableFuture.runAsync(
                () -> lockOnA.executeWithLock((Runnable) expiryJobA::expireDueInvitations, expiryLock));
        CompletableFuture<Void> onInstanceB = CompletableFuture.runAsync(expiryJobB::expireDueInvitations);
        CompletableFuture.allOf(onInstanceA, onInstanceB).get(); // neither run failed on a concurrent change

        assertThat(runAsA.as(CAM1, () -> requestsA.get(invited.id())).status().name()).isEqualTo("INVITATION_EXPIRED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE request_id = ? AND action = 'EXPIRE_INVITATION'")
                .param(invited.id()).query(Long.class).single()).as("expired once").isEqualTo(1);
    }

    /** Instance B is started outside the test framework: keep the test classes' own configurations out of it. */
    static final class NoTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String name = reader.getClassMetadata().getClassName();
            String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return outer.endsWith("Test") || outer.endsWith("Tests")
                    || reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoTestClasses;
        }

        @Override
        public int hashCode() {
            return NoTestClasses.class.hashCode();
        }
    }
}
