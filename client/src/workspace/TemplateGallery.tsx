import { useEffect, useState } from 'react';
import type { Design } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import { TemplatePreview } from './TemplatePreview';

export interface GalleryTemplate {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly summary: { readonly zh: string; readonly en: string };
  readonly counts: { readonly units: number; readonly roles: number; readonly dutyItems: number };
  readonly design: Design;
}

/** The nine templates, loaded on demand so their text stays out of the first page's bundle. */
function useTemplates(): GalleryTemplate[] | null {
  const [templates, setTemplates] = useState<GalleryTemplate[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('@orgcanvas/templates').then((module) => {
      if (cancelled) return;
      setTemplates(
        module.TEMPLATES.map((template) => ({
          id: template.id,
          name: template.name,
          summary: template.summary,
          counts: module.templateCounts(template),
          design: module.templateDesign(template),
        })),
      );
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return templates;
}

export function TemplateGallery({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect(template: GalleryTemplate): void;
}) {
  const { t, locale } = useI18n();
  const templates = useTemplates();
  if (!templates) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div
      className="template-gallery"
      role="radiogroup"
      aria-label={t('newScenario.template')}
      data-testid="template-gallery"
    >
      {templates.map((template) => (
        <button
          key={template.id}
          type="button"
          role="radio"
          aria-checked={selected === template.id}
          className="template-card"
          data-testid="template-card"
          data-template-id={template.id}
          onClick={() => onSelect(template)}
        >
          <TemplatePreview design={template.design} label={template.name[locale]} />
          <span className="template-name">{template.name[locale]}</span>
          <span className="template-summary">{template.summary[locale]}</span>
          <span className="template-counts">
            {t('newScenario.counts', {
              units: t('count.units', { count: template.counts.units }),
              roles: t('count.roles', { count: template.counts.roles }),
              items: t('count.duties', { count: template.counts.dutyItems }),
            })}
          </span>
        </button>
      ))}
    </div>
  );
}
