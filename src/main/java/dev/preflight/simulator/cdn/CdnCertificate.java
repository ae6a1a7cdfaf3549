package dev.preflight.simulator.cdn;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulator's own TLS certificate for the SDK's CDN host, made fresh for each run so that no
 * private key is ever committed or written to disk. A browser that maps {@value #CDN_HOST} to the
 * simulator is told to accept exactly this certificate by its {@link #spkiSha256() SPKI hash}, so a
 * merchant page can keep loading the real SDK URL unchanged.
 *
 * <p>Java has no public API to issue a certificate; Bouncy Castle signs it in-process (the JDK's
 * {@code keytool} would need a child process and a JDK layout that a JRE or jlink image may lack).
 * The key pair and the signature still come from the JDK's own providers.
 */
public final class CdnCertificate {
  public static final String CDN_HOST = "cdn.iamport.kr";

  /** Long enough for any run of {@code serve}, short enough that a leaked one soon expires. */
  static final Duration VALIDITY = Duration.ofDays(90);

  private static final String ALIAS = "cdn";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyStore keyStore;
  private final String password;
  private final X509Certificate certificate;

  private CdnCertificate(KeyStore keyStore, String password, X509Certificate certificate) {
    this.keyStore = keyStore;
    this.password = password;
    this.certificate = certificate;
  }

  /**
   * A new ECDSA P-256 key and a self-signed certificate for {@value #CDN_HOST}, {@code localhost},
   * {@code 127.0.0.1} and {@code ::1}, valid from an hour ago (for clock skew) for {@link
   * #VALIDITY}.
   */
  public static CdnCertificate generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      KeyPair keys = generator.generateKeyPair();
      X509Certificate certificate = selfSigned(keys, Instant.now());
      String password = HexFormat.of().formatHex(RANDOM.generateSeed(16));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          ALIAS, keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
      return new CdnCertificate(store, password, certificate);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make the simulator's certificate for HTTPS", e);
    }
  }

  private static X509Certificate selfSigned(KeyPair keys, Instant now)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    X500Name name = new X500Name("CN=" + CDN_HOST + ", O=npay-preflight simulator");
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(127, RANDOM).add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(VALIDITY)),
            name,
            keys.getPublic());
    GeneralNames alternativeNames =
        new GeneralNames(
            List.of(
                    new GeneralName(GeneralName.dNSName, CDN_HOST),
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1"))
                .toArray(GeneralName[]::new));
    builder
        .addExtension(Extension.subjectAlternativeName, false, alternativeNames)
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
        .addExtension(
            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }

  /** The key and its certificate, in memory only, under {@link #password()}. */
  public KeyStore keyStore() {
    return keyStore;
  }

  public String password() {
    return password;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * Base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo: the form Chromium's {@code
   * --ignore-certificate-errors-spki-list} takes. {@code PublicKey.getEncoded()} is that DER
   * structure for X.509 keys.
   */
  public String spkiSha256() {
    try {
      byte[] spki = certificate.getPublicKey().getEncoded();
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
