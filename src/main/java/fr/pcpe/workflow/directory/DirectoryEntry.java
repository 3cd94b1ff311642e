package fr.pcpe.workflow.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A structure's page as it writes it (its form, the API): the lengths are data·inclusion's (a service's name 3 to
 * 150 characters, not ending with a full stop; its description 50 to 2,000).
 */
public record DirectoryEntry(
    @NotBlank(message = "{directory.serviceName.invalid}") @Size(min = 3, max = 150, message = "{directory.serviceName.invalid}")
    @Pattern(regexp = "(?s).*[^.\\s]\\s*", message = "{directory.serviceName.invalid}") String serviceName,
    @NotBlank(message = "{directory.description.invalid}") @Size(min = 50, max = 2000, message = "{directory.description.invalid}")
    String description,
    @NotEmpty(message = "{directory.themes.required}") @Size(max = 19, message = "{directory.themes.required}")
    List<@jakarta.validation.constraints.NotNull(message = "{directory.themes.required}") Theme> themes,
    @NotEmpty(message = "{directory.audiences.required}") @Size(max = 13, message = "{directory.audiences.required}")
    List<@jakarta.validation.constraints.NotNull(message = "{directory.audiences.required}") Audience> audiences,
    @NotEmpty(message = "{directory.communes.invalid}") @Size(max = 40, message = "{directory.communes.invalid}")
    List<@NotBlank(message = "{directory.communes.invalid}") @Size(max = 100, message = "{directory.communes.invalid}")
        String> communes,
    @NotBlank(message = "{directory.howToRefer.invalid}") @Size(max = 1000, message = "{directory.howToRefer.invalid}")
    String howToRefer,
    @NotBlank(message = "{directory.contactName.invalid}") @Size(max = 100, message = "{directory.contactName.invalid}")
    String contactName,
    @NotBlank(message = "{directory.contactEmail.invalid}") @Email(message = "{directory.contactEmail.invalid}")
    @Size(max = 200, message = "{directory.contactEmail.invalid}") String contactEmail,
    @Size(max = 30, message = "{directory.contactPhone.invalid}")
    @Pattern(regexp = "[0-9 +().-]*", message = "{directory.contactPhone.invalid}") String contactPhone) {
}
