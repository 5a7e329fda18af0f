package vn.motcua.submission.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.web.PublicLimits;

/**
 * {@code POST /api/public/otp} sends a one-time code to an e-mail address or phone number; {@code
 * POST /api/public/otp/verify} trades the right code for a proof the submission carries. Both are
 * rate-limited per client ({@code otp}, {@code otp-verify}); sending also per address ({@code
 * otp-address}). The answer to a send is the same whatever the address: nothing says whether it is
 * known to us.
 */
@RestController
@RequestMapping("/api/public/otp")
class OtpController {

  record SendRequest(
      @NotNull Contacts.Channel channel, @NotBlank @Size(max = 255) String address) {}

  record Sent(Contacts.Channel channel, String address, long expiresInSeconds, String message) {}

  record VerifyRequest(
      @NotBlank @Size(max = 255) String address,
      @NotBlank @Pattern(regexp = "\\d{6}") String code) {}

  record Verified(String proof, Instant expiresAt) {}

  private final OneTimeCodes codes;
  private final CodeDelivery delivery;
  private final ProofTokens proofs;
  private final PublicLimits limits;
  private final SubmissionSettings settings;
  private final MessageSource messages;

  OtpController(
      OneTimeCodes codes,
      CodeDelivery delivery,
      ProofTokens proofs,
      PublicLimits limits,
      SubmissionSettings settings,
      MessageSource messages) {
    this.codes = codes;
    this.delivery = delivery;
    this.proofs = proofs;
    this.limits = limits;
    this.settings = settings;
    this.messages = messages;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  Sent send(@Valid @RequestBody SendRequest request, HttpServletRequest http, Locale locale) {
    limits.take("otp", http);
    String address = Contacts.normal(request.channel(), request.address());
    if (address == null) {
      throw new SubmissionProblems.BadAddressException(request.channel().name());
    }
    limits.take("otp-address", request.channel() + ":" + address);
    OneTimeCodes.Issued issued = codes.issue(request.channel(), address);
    long minutes = settings.codeValidity().toMinutes();
    try {
      delivery.send(request.channel(), address, issued.code(), minutes, locale);
    } catch (SubmissionProblems.CodeNotSentException e) {
      codes.withdraw(issued.id());
      throw e;
    }
    return new Sent(
        request.channel(),
        Contacts.masked(address),
        settings.codeValidity().toSeconds(),
        messages.getMessage("submission.otp.sent", new Object[] {minutes}, locale));
  }

  @PostMapping("/verify")
  Verified verify(@Valid @RequestBody VerifyRequest request, HttpServletRequest http) {
    limits.take("otp-verify", http);
    Contacts.Channel channel = Contacts.channelOf(request.address());
    String address = Contacts.normal(channel, request.address());
    if (address == null) {
      throw new SubmissionProblems.BadAddressException(channel.name());
    }
    codes.use(address, request.code());
    ProofTokens.Proof proof = proofs.issue(channel, address);
    return new Verified(proof.token(), proof.expiresAt());
  }
}
