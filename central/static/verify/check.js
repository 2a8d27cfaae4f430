// Checking a document's verification code in the browser: the same rules as
// printing/verification.py (verify_payload), with the browser's own WebCrypto Ed25519
// (Chromium 137 and later, Firefox 129, Safari 17). Nothing here touches the network.
//
//   CD2|<workstation key id>|<document number>|<center code>|<issue date>|<request id>|
//   <service code>|<national number>|<full name>|<signed at>|<center key id>|<workstation>|
//   <workstation public key>|<not before>|<not after>|<certificate signature>|<signature>
//
// The older CD1|<center key id>|<seven facts>|<signature> is signed by the center's key.

const FORMAT = "CD2";
const CENTER_FORMAT = "CD1";
const CERTIFICATE_FORMAT = "CDC1";
const SEPARATOR = "|";
const FIELD_COUNT = 17;
const CENTER_FIELD_COUNT = 10;

export const VALID_CASES = new Set(["valid", "valid_revoked_later", "valid_center_key"]);

const B64URL = /^[A-Za-z0-9_-]+$/;
const CENTER_KEY_ID = /^[A-Z]{3}-[0-9]{1,6}$/;
const WORKSTATION_KEY_ID = /^[A-Z]{3}-W[0-9]{1,6}$/;
const WORKSTATION = /^[A-Za-z0-9]{1,20}$/;
const INSTANT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

class Malformed extends Error {}

export function unb64url(text) {
  if (!text || !B64URL.test(text) || text.length % 4 === 1) {
    throw new Malformed("not base64url");
  }
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

function base64Of(text, bytes) {
  const raw = unb64url(text);
  if (raw.length !== bytes) throw new Malformed(`not ${bytes} bytes`);
  return text;
}

// 20260301T090000Z -> a Date; Malformed for anything else (as datetime.strptime would)
export function parseInstant(text) {
  const m = INSTANT.exec(text);
  if (!m) throw new Malformed(`not an instant: ${text}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw new Malformed(`not an instant: ${text}`);
  }
  return at;
}

function parseDate(text) {
  const m = ISO_DATE.exec(text);
  if (!m) throw new Malformed(`not a date: ${text}`);
  const [y, mo, d] = m.slice(1).map(Number);
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) {
    throw new Malformed(`not a date: ${text}`);
  }
  return text;
}

function factsOf(fields) {
  return {
    documentNumber: fields[0],
    centerCode: fields[1],
    issuedOn: parseDate(fields[2]),
    requestId: fields[3],
    serviceCode: fields[4],
    nationalNumber: fields[5],
    fullName: fields[6],
  };
}

function instantText(at) {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// clerk_desk/certificates.py certificate_text: what the center's key signed
function certificateText(cert) {
  return [
    CERTIFICATE_FORMAT,
    cert.centerKeyId,
    cert.centerCode,
    cert.keyId,
    cert.workstation,
    cert.publicKey,
    instantText(cert.notBefore),
    instantText(cert.notAfter),
  ].join(SEPARATOR);
}

async function signatureHolds(publicKeyText, signatureText, message) {
  try {
    const key = await crypto.subtle.importKey(
      "raw",
      unb64url(publicKeyText),
      { name: "Ed25519" },
      false,
      ["verify"],
    );
    const signature = unb64url(signatureText);
    const data = new TextEncoder().encode(message);
    return await crypto.subtle.verify({ name: "Ed25519" }, key, signature, data);
  } catch {
    return false; // a malformed key or signature holds nothing
  }
}

// RFC 8032, section 7.1, test 1: a browser that does not verify it cannot check a code
// (an older one without Ed25519 would otherwise call every document tampered).
const RFC8032_KEY = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
const RFC8032_SIGNATURE =
  "5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc-bRr0lv18Flbvi" +
  "RlUUFDjnoQCw";

export async function ed25519Supported() {
  if (!(globalThis.crypto && crypto.subtle)) return false;
  try {
    const key = await crypto.subtle.importKey(
      "raw",
      unb64url(RFC8032_KEY),
      { name: "Ed25519" },
      false,
      ["verify"],
    );
    return await crypto.subtle.verify(
      { name: "Ed25519" },
      key,
      unb64url(RFC8032_SIGNATURE),
      new Uint8Array(0),
    );
  } catch {
    return false;
  }
}

// The body of GET /api/v1/centers/keys, indexed as the checks need it.
export function publishedKeys(body) {
  const certificateOf = (c) => ({
    centerKeyId: c.center_key_id,
    centerCode: c.center_code,
    keyId: c.key_id,
    workstation: c.workstation,
    publicKey: c.public_key,
    notBefore: new Date(c.not_before),
    notAfter: new Date(c.not_after),
    signature: c.signature,
  });
  return {
    centerKeys: new Map(body.keys.map((k) => [k.key_id, k])),
    certificates: new Map((body.certificates || []).map((c) => [c.key_id, certificateOf(c)])),
    revocations: new Map((body.revocations || []).map((r) => [r.key_id, new Date(r.revoked_at)])),
    asOf: body.as_of ? new Date(body.as_of) : null,
  };
}

function sameCertificate(a, b) {
  return (
    a.centerKeyId === b.centerKeyId &&
    a.centerCode === b.centerCode &&
    a.keyId === b.keyId &&
    a.workstation === b.workstation &&
    a.publicKey === b.publicKey &&
    a.notBefore.getTime() === b.notBefore.getTime() &&
    a.notAfter.getTime() === b.notAfter.getTime() &&
    a.signature === b.signature
  );
}

// The signed code in a page's fragment (location.hash without its "#"); Malformed when it
// is not percent-encoded UTF-8.
export function codeOfFragment(fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    throw new Malformed("the link is not percent-encoded UTF-8");
  }
}

// What the code proves: {case, facts, keyId, signedAt, revokedAt, certificate}; the cases
// are those of printing.verification.Case.
export async function verifyCode(code, published) {
  const cut = code.lastIndexOf(SEPARATOR);
  const message = cut < 0 ? "" : code.slice(0, cut);
  const signatureText = cut < 0 ? "" : code.slice(cut + 1);
  const fields = message.split(SEPARATOR);
  if (cut >= 0 && fields[0] === CENTER_FORMAT && fields.length === CENTER_FIELD_COUNT - 1) {
    return verifyCenterSigned(message, fields, signatureText, published);
  }
  if (cut < 0 || fields[0] !== FORMAT || fields.length !== FIELD_COUNT - 1) {
    return { case: "malformed" };
  }
  const keyId = fields[1];
  let facts, signedAt, certificate;
  try {
    facts = factsOf(fields.slice(2, 9));
    signedAt = parseInstant(fields[9]);
    certificate = {
      centerKeyId: fields[10],
      centerCode: facts.centerCode,
      keyId,
      workstation: fields[11],
      publicKey: base64Of(fields[12], 32),
      notBefore: parseInstant(fields[13]),
      notAfter: parseInstant(fields[14]),
      signature: base64Of(fields[15], 64),
    };
    const patterns = [
      [CENTER_KEY_ID, certificate.centerKeyId],
      [/^[A-Z]{3}$/, certificate.centerCode],
      [WORKSTATION_KEY_ID, keyId],
      [WORKSTATION, certificate.workstation],
    ];
    if (patterns.some(([pattern, value]) => !pattern.test(value))) {
      throw new Malformed("a certificate field is malformed");
    }
  } catch (error) {
    if (error instanceof Malformed) return { case: "malformed", keyId };
    throw error;
  }
  const result = (kind, revokedAt = null) => ({
    case: kind,
    facts,
    keyId,
    signedAt,
    revokedAt,
    certificate,
  });
  const centerKey = published.centerKeys.get(certificate.centerKeyId);
  if (!centerKey) return result("unknown_key");
  if (centerKey.center_code !== facts.centerCode) return result("wrong_center");
  const certified = await signatureHolds(
    centerKey.public_key,
    certificate.signature,
    certificateText(certificate),
  );
  if (!certified) return result("tampered");
  const listed = published.certificates.get(keyId);
  if (listed && !sameCertificate(listed, certificate)) return result("unknown_key");
  if (!(await signatureHolds(certificate.publicKey, signatureText, message))) {
    return result("tampered");
  }
  if (signedAt < certificate.notBefore || signedAt > certificate.notAfter) {
    return result("outside_validity");
  }
  const revokedAt = published.revocations.get(keyId);
  if (revokedAt && signedAt >= revokedAt) return result("revoked", revokedAt);
  if (revokedAt) return result("valid_revoked_later", revokedAt);
  return result("valid");
}

async function verifyCenterSigned(message, fields, signatureText, published) {
  const keyId = fields[1];
  let facts;
  try {
    facts = factsOf(fields.slice(2, 9));
  } catch (error) {
    if (error instanceof Malformed) return { case: "malformed", keyId };
    throw error;
  }
  const key = published.centerKeys.get(keyId);
  if (!key) return { case: "unknown_key", facts, keyId };
  if (key.center_code !== facts.centerCode) return { case: "wrong_center", facts, keyId };
  if (!(await signatureHolds(key.public_key, signatureText, message))) {
    return { case: "tampered", facts, keyId };
  }
  return { case: "valid_center_key", facts, keyId };
}

export { Malformed };
