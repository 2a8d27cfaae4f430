// The verification page's service worker: it keeps the page, its scripts, style, fonts,
// the names and the last published keys, so a document can be checked without a network
// once the page was opened. Every request goes to the server first (fresh revocations
// when online); when the server cannot be reached, the saved copy answers, marked with
// X-Clerk-Desk-Saved-Copy so the page says the revocations may be out of date.
// Cached: only what every visitor gets alike; a request's URL never holds the fragment.

const CACHE = "clerk-desk-verify-v1";
const KEYS_URL = "/api/v1/centers/keys";
const SAVED = [
  "/verify",
  "/verify/verify.js",
  "/verify/check.js",
  "/verify/verify.css",
  "/verify/icon.svg",
  "/verify/names.json",
  "/verify/NotoSansArabic-Regular.ttf",
  "/verify/NotoSansArabic-Bold.ttf",
  KEYS_URL,
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SAVED))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function savedCopy(answer) {
  const headers = new Headers(answer.headers);
  headers.set("X-Clerk-Desk-Saved-Copy", "1");
  return new Response(answer.body, { status: answer.status, headers });
}

async function networkFirst(request) {
  const url = new URL(request.url);
  const key = url.origin + url.pathname; // no query, no fragment
  const cache = await caches.open(CACHE);
  try {
    const answer = await fetch(request);
    if (answer.ok) await cache.put(key, answer.clone());
    return answer;
  } catch (error) {
    const saved = await cache.match(key);
    if (!saved) throw error;
    return savedCopy(saved);
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!SAVED.includes(url.pathname)) return;
  event.respondWith(networkFirst(event.request));
});
