/**
 * The one plain line `npm start` ends with: the address to open, for a person rather than a log
 * reader (the JSON log line above it says the same for machines). A wildcard listen address is not
 * one a browser can open, so it is shown as localhost.
 */
export function startupLine(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const shown = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${port}`;
  return `OrgCanvas is ready: open ${url} in your browser (OrgCanvas 已启动：请在浏览器中打开 ${url})`;
}
