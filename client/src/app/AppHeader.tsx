import type { ReactNode } from 'react';
import { LocaleSwitch, useI18n } from '../i18n';
import { Link } from './Link';

/** The bar across every page: the product mark, page-specific content, then the language switch. */
export function AppHeader({ children, right }: { children?: ReactNode; right?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header" data-testid="app-header">
      <Link href="/" className="brand" aria-label={t('app.name')}>
        <BrandMark />
        <span className="brand-name">OrgCanvas</span>
      </Link>
      <div className="app-header-main">{children}</div>
      <div className="app-header-right">
        {right}
        <LocaleSwitch />
      </div>
    </header>
  );
}

function BrandMark() {
  return (
    <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
      <rect x="11" y="3" width="10" height="7" rx="2" fill="#4e79a7" />
      <rect x="3" y="22" width="10" height="7" rx="2" fill="#f28e2b" />
      <rect x="19" y="22" width="10" height="7" rx="2" fill="#59a14f" />
      <path d="M16 10v6H8v6M16 16h8v6" stroke="#555" strokeWidth="2" fill="none" />
    </svg>
  );
}
