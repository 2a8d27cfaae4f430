// The verification page: reads the signed code from the URL's fragment (which the
// browser never sends to the server), fetches the published keys, checks the code
// (check.js) and says what it proves, in Arabic (first) or English.

import {
  VALID_CASES,
  codeOfFragment,
  ed25519Supported,
  publishedKeys,
  verifyCode,
} from "./check.js";

const KEYS_URL = "/api/v1/centers/keys";
const NAMES_URL = "/verify/names.json";
// set by sw.js on an answer it gave from its saved copy because the server was unreachable
const SAVED_COPY_HEADER = "X-Clerk-Desk-Saved-Copy";

const TEXT = {
  ar: {
    title: "التحقق من وثيقة",
    subtitle: "مراكز خدمة المواطن الإلكترونية",
    other_language: "English",
    checking: "جارٍ التحقق…",
    facts_title: "ما يجب أن تقوله الوثيقة",
    facts_note: "قارن الوثيقة الورقية بهذه البيانات حرفاً بحرف؛ أيّ اختلاف يعني أنها ليست الوثيقة التي وُقّعت.",
    privacy: "يُقرأ رمز التحقق ويُفحص في هذا المتصفح فقط: لا يُرسَل الاسم ولا الرقم الوطني إلى أي خادم.",
    address_check: "تأكّد أن عنوان هذه الصفحة هو عنوان خادم الوزارة قبل الاعتماد على جوابها.",
    document_number: "رقم الوثيقة",
    service: "نوع الوثيقة",
    center: "المركز",
    issued_on: "تاريخ الإصدار",
    request_id: "رقم المعاملة",
    national_number: "الرقم الوطني",
    full_name: "الاسم الكامل",
    signed_at: "وقت التوقيع",
    signed_by: "وقّعها",
    workstation: (ws, key) => `محطة العمل ${ws} (المفتاح ${key})`,
    center_key: (key) => `مفتاح المركز ${key}`,
    keys_as_of: (at) => `المفاتيح وقوائم الإلغاء كما نشرها الخادم في ${at}.`,
    keys_saved: (at) =>
      `لا اتصال بالخادم: استُعملت نسخة محفوظة من المفاتيح وقوائم الإلغاء (${at}). ما أُلغي بعدها غير معروف هنا.`,
    verdicts: {
      valid: ["الوثيقة صحيحة", "وقّعتها محطة عمل صادق مركزها على مفتاحها، ولم تتغيّر بياناتها."],
      valid_revoked_later: [
        "الوثيقة صحيحة",
        (o) =>
          `وُقّعت قبل أن يُلغى مفتاح محطة العمل التي وقّعتها في ${when(o.revokedAt)}، فتوقيعها قائم.`,
      ],
      valid_center_key: ["الوثيقة صحيحة", "وثيقة أقدم، وقّعها مفتاح المركز نفسه، ولم تتغيّر بياناتها."],
      tampered: [
        "الوثيقة غير صحيحة: بياناتها مُغيَّرة",
        "البيانات في رمز التحقق لا تطابق توقيعه: غُيِّر فيها شيء بعد التوقيع. لا تعتمد هذه الوثيقة.",
      ],
      revoked: [
        "الوثيقة غير صحيحة: وقّعتها محطة عمل ملغاة",
        (o) =>
          `أُلغي مفتاح محطة العمل ${ltr(o.certificate.workstation)} (${ltr(o.keyId)}) في ${when(o.revokedAt)}، ` +
          `ثم وقّعت هذه الوثيقة في ${when(o.signedAt)}. لا تعتمد هذه الوثيقة.`,
      ],
      outside_validity: [
        "الوثيقة غير صحيحة",
        "وُقّعت خارج مدة صلاحية شهادة محطة العمل. لا تعتمد هذه الوثيقة.",
      ],
      unknown_key: [
        "الوثيقة غير صحيحة",
        "لا مفتاح منشور لأي مركز يشهد لمن وقّعها. لا تعتمد هذه الوثيقة.",
      ],
      wrong_center: [
        "الوثيقة غير صحيحة",
        "المفتاح الذي وقّعها لمركز غير المركز المذكور فيها. لا تعتمد هذه الوثيقة.",
      ],
      malformed: ["ليس رمز تحقق صالحاً", "هذا الرابط لا يحمل رمز تحقق من وثائق مراكز خدمة المواطن."],
      empty: ["لا رمز للتحقق منه", "امسح رمز التحقق (QR) المطبوع على الوثيقة لفتح هذه الصفحة به."],
      no_keys: [
        "تعذّر التحقق الآن",
        "لا اتصال بالخادم ولا نسخة محفوظة من المفاتيح المنشورة. أعد المحاولة عند عودة الاتصال.",
      ],
      no_crypto: ["تعذّر التحقق في هذا المتصفح", "هذا المتصفح لا يدعم تواقيع Ed25519. استعمل متصفحاً أحدث."],
    },
  },
  en: {
    title: "Document verification",
    subtitle: "Electronic citizen service centers",
    other_language: "العربية",
    checking: "Checking…",
    facts_title: "What the document must say",
    facts_note: "Compare the paper with these details, character by character: any difference means it is not the document that was signed.",
    privacy: "The verification code is read and checked in this browser only: no name or national number is sent to any server.",
    address_check: "Make sure this page's address is the ministry's server before relying on its answer.",
    document_number: "Document number",
    service: "Document",
    center: "Center",
    issued_on: "Issued on",
    request_id: "Request",
    national_number: "National number",
    full_name: "Full name",
    signed_at: "Signed at",
    signed_by: "Signed by",
    workstation: (ws, key) => `workstation ${ws} (key ${key})`,
    center_key: (key) => `the center's key ${key}`,
    keys_as_of: (at) => `Keys and revocations as the server published them at ${at}.`,
    keys_saved: (at) =>
      `The server cannot be reached: a saved copy of the keys and revocations was used (${at}). Revocations after it are not known here.`,
    verdicts: {
      valid: ["Valid", "Signed by a workstation whose key its center certified; its data is unchanged."],
      valid_revoked_later: [
        "Valid",
        (o) =>
          `Signed before the signing workstation's key was revoked at ${when(o.revokedAt)}: the signature holds.`,
      ],
      valid_center_key: ["Valid", "An older document, signed by the center's own key; its data is unchanged."],
      tampered: [
        "Invalid: the document was tampered with",
        "The data in the verification code does not match its signature: something was changed after signing. Do not rely on this document.",
      ],
      revoked: [
        "Invalid: signed by a revoked workstation",
        (o) =>
          `The key of workstation ${o.certificate.workstation} (${o.keyId}) was revoked at ${when(o.revokedAt)}; ` +
          `this document was signed after, at ${when(o.signedAt)}. Do not rely on this document.`,
      ],
      outside_validity: [
        "Invalid",
        "Signed outside the validity of the workstation's certificate. Do not rely on this document.",
      ],
      unknown_key: ["Invalid", "No published center key vouches for the signer. Do not rely on this document."],
      wrong_center: [
        "Invalid",
        "The signing key belongs to another center than the one the document names. Do not rely on this document.",
      ],
      malformed: ["Not a verification code", "This link carries no citizen service center verification code."],
      empty: ["Nothing to check", "Scan the verification code (QR) printed on the document to open this page with it."],
      no_keys: [
        "Cannot check now",
        "The server cannot be reached and no copy of the published keys is saved. Try again once connected.",
      ],
      no_crypto: ["Cannot check in this browser", "This browser does not support Ed25519 signatures. Use a newer browser."],
    },
  },
};

const state = { language: "ar", outcome: null, names: null, keys: null };

function chosenLanguage() {
  try {
    return localStorage.getItem("clerk-desk-verify-language") === "en" ? "en" : "ar";
  } catch {
    return "ar";
  }
}

// Left-to-right text inside a sentence of either direction (Unicode isolates).
function ltr(text) {
  return `\u2066${text}\u2069`;
}

function when(at) {
  // UTC, as the document and `clerk-desk verify` write it
  return ltr(`${at.toISOString().slice(0, 16).replace("T", " ")} UTC`);
}

function nameOf(kind, code) {
  const named = state.names && state.names[kind] && state.names[kind][code];
  if (!named) return code;
  return kind === "centers" ? `${named[state.language]} (${code})` : named[state.language];
}

function row(list, label, value, ltr = false) {
  const term = document.createElement("dt");
  term.textContent = label;
  const detail = document.createElement("dd");
  const text = document.createElement("bdi");
  text.textContent = value;
  if (ltr) text.dir = "ltr";
  detail.append(text);
  list.append(term, detail);
}

function showFacts(outcome, t) {
  const section = document.getElementById("facts");
  const list = document.getElementById("facts-list");
  list.replaceChildren();
  section.hidden = !(VALID_CASES.has(outcome.case) && outcome.facts);
  if (section.hidden) return;
  const f = outcome.facts;
  row(list, t.document_number, f.documentNumber, true);
  row(list, t.service, nameOf("services", f.serviceCode));
  row(list, t.center, nameOf("centers", f.centerCode));
  row(list, t.issued_on, f.issuedOn, true);
  row(list, t.request_id, f.requestId, true);
  row(list, t.national_number, f.nationalNumber, true);
  row(list, t.full_name, f.fullName);
  if (outcome.signedAt) row(list, t.signed_at, when(outcome.signedAt));
  const by = outcome.certificate
    ? t.workstation(outcome.certificate.workstation, outcome.keyId)
    : t.center_key(outcome.keyId);
  row(list, t.signed_by, by);
}

function render() {
  const t = TEXT[state.language];
  document.documentElement.lang = state.language;
  document.documentElement.dir = state.language === "ar" ? "rtl" : "ltr";
  document.title = `${t.title} — ${TEXT[state.language === "ar" ? "en" : "ar"].title}`;
  for (const element of document.querySelectorAll("[data-t]")) {
    element.textContent = t[element.dataset.t];
  }
  const button = document.getElementById("language");
  button.textContent = t.other_language;
  button.lang = state.language === "ar" ? "en" : "ar";
  button.dir = state.language === "ar" ? "ltr" : "rtl";
  const outcome = state.outcome;
  if (!outcome) return;
  const verdict = document.getElementById("verdict");
  const good = VALID_CASES.has(outcome.case);
  const unsure = ["empty", "no_keys", "no_crypto"].includes(outcome.case);
  verdict.dataset.case = outcome.case;
  verdict.className = `verdict ${good ? "valid" : unsure ? "unsure" : "invalid"}`;
  verdict.querySelector(".mark").textContent = good ? "✓" : unsure ? "?" : "✗";
  const [title, detail] = t.verdicts[outcome.case];
  document.getElementById("verdict-title").textContent = title;
  document.getElementById("verdict-detail").textContent =
    typeof detail === "function" ? detail(outcome) : detail;
  showFacts(outcome, t);
  const keysState = document.getElementById("keys-state");
  keysState.textContent = "";
  if (state.keys && state.keys.asOf) {
    const at = when(state.keys.asOf);
    keysState.textContent = state.keys.saved ? t.keys_saved(at) : t.keys_as_of(at);
  }
}

async function fetchJson(url) {
  const answer = await fetch(url, { credentials: "omit", cache: "no-store" });
  if (!answer.ok) throw new Error(`${url}: ${answer.status}`);
  return { body: await answer.json(), saved: answer.headers.get(SAVED_COPY_HEADER) === "1" };
}

async function check() {
  const fragment = location.hash.slice(1);
  if (!fragment) return { case: "empty" };
  let code;
  try {
    code = codeOfFragment(fragment);
  } catch {
    return { case: "malformed" };
  }
  if (!(await ed25519Supported())) return { case: "no_crypto" };
  try {
    const names = await fetchJson(NAMES_URL);
    state.names = names.body;
  } catch {
    state.names = null; // the codes are shown as they are
  }
  let keys;
  try {
    keys = await fetchJson(KEYS_URL);
  } catch {
    return { case: "no_keys" };
  }
  state.keys = { ...publishedKeys(keys.body), saved: keys.saved };
  return verifyCode(code, state.keys);
}

async function run() {
  state.outcome = null;
  render();
  state.outcome = await check();
  render();
  document.body.dataset.ready = "true";
}

function start() {
  state.language = chosenLanguage();
  document.getElementById("language").addEventListener("click", () => {
    state.language = state.language === "ar" ? "en" : "ar";
    try {
      localStorage.setItem("clerk-desk-verify-language", state.language);
    } catch {
      // a private window: the choice lasts for this page only
    }
    render();
  });
  window.addEventListener("hashchange", () => {
    document.body.dataset.ready = "false";
    run();
  });
  if ("serviceWorker" in navigator) {
    // keeps the page, its fonts, the names and the last keys for offline use (sw.js)
    navigator.serviceWorker.register("/verify/sw.js", { scope: "/verify" }).catch(() => {});
  }
  run();
}

start();
