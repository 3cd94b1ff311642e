package fr.pcpe.workflow.candidate;

import java.time.LocalDate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A candidate registered by its structure through the API; consent must have been given. With
 * {@code contactConsent}, the person also agrees to be asked by email whether their referent called.
 */
record CandidateRequest(
    @NotBlank(message = "{candidate.firstName.required}") @Size(max = 100, message = "{candidate.firstName.required}") String firstName,
    @NotBlank(message = "{candidate.lastName.required}") @Size(max = 100, message = "{candidate.lastName.required}") String lastName,
    @Email(message = "{candidate.email.invalid}") @Size(max = 254, message = "{candidate.email.invalid}") String email,
    @Pattern(regexp = "\\+?[0-9 .-]{10,20}", message = "{candidate.phone.invalid}") String phone,
    @Size(max = 100, message = "{candidate.city.tooLong}") String city,
    @Past(message = "{candidate.birthDate.invalid}") LocalDate birthDate,
    boolean rsaBeneficiary,
    @AssertTrue(message = "{candidate.consent.required}") boolean consent,
    boolean contactConsent) {
}
