// The hub's REST API as the dashboard uses it: JSON and PNG fetches carrying the reader token (kept
// for this browser tab only), and a typed error that names what the hub said.
const TOKEN_KEY = 'wx-reader-token';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function readerToken() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function setReaderToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

async function request(path) {
  const token = readerToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    let body = {};
    try {
      body = await res.json();
    } catch {
      // not JSON (a proxy's page): the status says enough
    }
    throw new ApiError(res.status, body.error ?? `HTTP_${res.status}`, body.message ?? res.statusText);
  }
  return res;
}

export async function getJson(path) {
  return (await request(path)).json();
}

export async function getBlob(path) {
  return (await request(path)).blob();
}

/** A query string from the defined entries of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
