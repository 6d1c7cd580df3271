# The image of hparam-advisor, as Spring Boot's reference recommends: the jar extracted into
# layers, the layers copied from the least to the most often changed, and an AOT cache made by a
# training run (Java 25). It takes the jar that `./mvnw package` built:
#
#   ./mvnw package && docker build -t hparam-advisor .
#
# No Maven inside: the build machines have no JDK or Maven image to start from. Classic-builder
# syntax only (no RUN --mount, no syntax line), so Docker 20.10 without BuildKit builds it.

FROM eclipse-temurin:25-jre AS builder
# Lets tests find and remove this stage's untagged image after they built the image.
LABEL dev.hparamadvisor.stage=builder
WORKDIR /builder
# The repackaged jar; .dockerignore keeps everything else out of the context.
ARG JAR_FILE=target/*.jar
COPY ${JAR_FILE} application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
# A numeric user, so that Kubernetes' runAsNonRoot can check it without a passwd lookup.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app
WORKDIR /application
COPY --from=builder /builder/extracted/dependencies/ ./
COPY --from=builder /builder/extracted/spring-boot-loader/ ./
COPY --from=builder /builder/extracted/snapshot-dependencies/ ./
COPY --from=builder /builder/extracted/application/ ./

# Structured JSON logs (ECS) on; unset or set to "" for the human-readable format.
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs

# The training run: start the context, stop at refresh, and write the classes it loaded and
# linked to app.aot. Same JVM, same class path and same flags as the ENTRYPOINT, or the JVM
# refuses the cache at start (and starts without it). spring.context.exit bounds it to seconds
# and keeps it from opening a port.
# The training run stores no study: an in-memory database, gone when it exits.
RUN java -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url=jdbc:h2:mem:aot -jar application.jar \
    && chmod 0444 app.aot

# Studies: PostgreSQL through SPRING_DATASOURCE_URL/USERNAME/PASSWORD in production. Without
# it, an H2 file on /data, a volume (anonymous unless one is mounted), so that the read-only
# root file system stays read-only.
RUN mkdir /data && chown 10001:10001 /data
VOLUME /data
ENV SPRING_DATASOURCE_URL="jdbc:h2:file:/data/studies;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH"
USER 10001:10001
EXPOSE 8080
# The readiness group: 200 once the service takes traffic, 503 while it starts or shuts down.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/readyz" || exit 1
# Exec form: java is PID 1 and gets SIGTERM itself, for the graceful shutdown. Heap at 75% of the
# container's memory limit (the JVM reads the cgroup limit; its default is 25%); an
# OutOfMemoryError ends the process, so the orchestrator restarts it rather than leaving it limp.
# More flags: JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=app.aot", \
    "-jar", "application.jar"]
