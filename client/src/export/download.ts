import { ApiError } from '@orgcanvas/protocol';

/** Hands a file to the browser's download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The name the server gave the file (RFC 6266 `filename*` first), or a fallback. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      // a malformed header: use the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Downloads a server export, turning an error answer into the contract's ApiError. */
export async function downloadFrom(url: string, fallback: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.', '无法连接服务器。');
  }
  if (!res.ok) {
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      // not JSON: the status says enough
    }
    throw ApiError.fromBody(res.status, body);
  }
  const name = filenameOf(res.headers.get('content-disposition'), fallback);
  saveBlob(await res.blob(), name);
  return name;
}
