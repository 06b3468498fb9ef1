// fetch for the web front's calls to the API through the gateway: sends the session cookie, and on
// state-changing calls the antiforgery token from <meta name="csrf-token"> as X-CSRF-TOKEN (the gateway
// refuses a cookie-authenticated POST/PUT/PATCH/DELETE to /api/** without it).
const safeMethods = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

export function wardFetch(url, options = {}) {
    const headers = new Headers(options.headers ?? {});
    const method = (options.method ?? "GET").toUpperCase();
    if (!safeMethods.has(method)) {
        const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute("content");
        if (token) headers.set("X-CSRF-TOKEN", token);
    }
    return fetch(url, { credentials: "same-origin", ...options, headers });
}
