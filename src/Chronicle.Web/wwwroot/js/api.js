// The JSON API: every call returns parsed JSON or throws an Error carrying the server's message.
async function read(response) {
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error(body?.error ?? `${response.status} ${response.statusText}`);
  }
  return body;
}

export async function get(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const suffix = query.toString() ? `?${query}` : '';
  return read(await fetch(`api/${path}${suffix}`, { headers: { Accept: 'application/json' } }));
}

export async function analyze(request) {
  return read(await fetch('api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request),
  }));
}
