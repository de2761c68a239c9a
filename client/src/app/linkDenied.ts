import type { ApiError } from '../api';
import type { MessageKey } from '../i18n/strings';

/**
 * What to tell a person whose link no longer opens: replaced and expired links say so, so they know to
 * ask for the new link rather than think the app is broken; anything else is "invalid link".
 */
export function deniedMessage(error: Pick<ApiError, 'code'>): MessageKey {
  if (error.code === 'link-replaced') return 'link.replaced';
  if (error.code === 'link-expired') return 'link.expired';
  return 'status.denied';
}
