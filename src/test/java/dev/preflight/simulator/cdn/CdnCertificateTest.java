package dev.preflight.simulator.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class CdnCertificateTest {
  private final CdnCertificate generated = CdnCertificate.generate();

  @Test
  void namesTheCdnHostAndLoopbackAndIsSelfSigned() throws Exception {
    X509Certificate certificate = generated.certificate();

    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=cdn.iamport.kr");
    assertThat(certificate.getIssuerX500Principal())
        .isEqualTo(certificate.getSubjectX500Principal());
    certificate.verify(certificate.getPublicKey());
    // Type 2 is a DNS name, 7 an IP address (RFC 5280 GeneralName).
    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(
            List.of(2, "cdn.iamport.kr"),
            List.of(2, "localhost"),
            List.of(7, "127.0.0.1"),
            List.of(7, "0:0:0:0:0:0:0:1"));
    assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
  }

  @Test
  void isValidNowAndForTheWholeValidityLessAnHour() throws Exception {
    X509Certificate certificate = generated.certificate();

    certificate.checkValidity();
    certificate.checkValidity(
        Date.from(Instant.now().plus(CdnCertificate.VALIDITY).minusSeconds(3600)));
  }

  @Test
  void theSpkiHashIsTheSha256OfThePublicKeyInfoInsideTheCertificate() throws Exception {
    // Parsed back out of the certificate's DER, not taken from the key object the hash uses.
    byte[] spki =
        new X509CertificateHolder(generated.certificate().getEncoded())
            .getSubjectPublicKeyInfo()
            .getEncoded();
    String expected =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));

    assertThat(generated.spkiSha256()).isEqualTo(expected).hasSize(44);
  }

  @Test
  void eachRunHasItsOwnKey() {
    assertThat(CdnCertificate.generate().spkiSha256()).isNotEqualTo(generated.spkiSha256());
  }

  @Test
  void theKeyStoreHoldsTheKeyUnderItsPassword() throws Exception {
    String alias = generated.keyStore().aliases().nextElement();

    assertThat(generated.keyStore().getKey(alias, generated.password().toCharArray())).isNotNull();
    assertThat(generated.keyStore().getCertificate(alias)).isEqualTo(generated.certificate());
  }
}
