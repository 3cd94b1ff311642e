package fr.pcpe.workflow.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's API reads JSON strictly: no fraction for a whole number ({@code "candidateId": 1.5}), no
 * unknown enum value, no control character (NUL...) in a text; each is a 400, never a truncation.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
    return builder -> builder
        .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .modulesToInstall(new SimpleModule("pcpeText").addDeserializer(String.class, new PlainTextDeserializer()));
  }

  /** Text without control characters other than tabs and line breaks. */
  static final class PlainTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = super.deserialize(parser, context);
      if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        return (String) context.handleWeirdStringValue(String.class, text, "control character in text");
      }
      return text;
    }
  }
}
