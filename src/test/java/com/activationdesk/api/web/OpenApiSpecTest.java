package com.activationdesk.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.activationdesk.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI description equals the committed copy (docs/openapi.json), so every API change shows in
 * review. After a deliberate change: {@code ./mvnw test -Dtest=OpenApiSpecTest -Dapi.spec.update=true}, then
 * commit the file. Also checks that every operation has a summary and documents its problems.
 */
@BrowserTest
class OpenApiSpecTest {

    private static final Path COMMITTED = Path.of("docs/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theGeneratedSpecIsTheCommittedOneAndPublic() throws IOException {
        ApiClient.Response docs = new ApiClient(port, null).get("/v3/api-docs");
        assertThat(docs.status()).as("served without a token").isEqualTo(200);
        JsonNode generated = docs.json();
        assertThat(generated.get("openapi").asString()).startsWith("3.1");
        generated.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            assertThat(operation.getValue().get("summary")).as(path.getKey() + " " + operation.getKey()).isNotNull();
            assertThat(operation.getValue().get("responses").has("401")).as(path.getKey()).isTrue();
        }));
        String text = JSON.writeValueAsString(generated) + "\n";
        if (Boolean.getBoolean("api.spec.update")) {
            Files.writeString(COMMITTED, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/openapi.json is outdated: rerun with -Dapi.spec.update=true and commit it").isEqualTo(text);
        assertThat(new ApiClient(port, null).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
