package fr.pcpe.workflow.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What people read, in French, from messages.properties: the one way the code says something to a person. */
@Component
public class Messages {

  private final MessageSource source;

  Messages(MessageSource source) {
    this.source = source;
  }

  /** The message of {@code key}, its {@code {0}}, {@code {1}}… filled with the arguments. */
  public String say(String key, Object... arguments) {
    return source.getMessage(key, arguments, Locale.FRENCH);
  }

  /** The messages of these keys, in their order (a table's column headings). */
  public List<String> each(String... keys) {
    return Arrays.stream(keys).map(this::say).toList();
  }
}
