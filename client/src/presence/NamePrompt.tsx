import { useState, type FormEvent } from 'react';
import { Dialog } from '../app/Dialog';
import { useI18n } from '../i18n';

/** Asked once per browser (remembered), unless the link's `name` parameter already said it. */
export function NamePrompt({ onName }: { onName(name: string): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onName(name.trim() || t('presence.anonymous'));
  };
  return (
    <Dialog
      title={t('presence.askName')}
      onClose={() => submit()}
      testId="name-prompt"
      footer={
        <button type="button" className="button primary" onClick={() => submit()} data-testid="name-submit">
          {t('presence.join')}
        </button>
      }
    >
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('presence.nameLabel')}</span>
          <input
            autoFocus
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            data-testid="name-input"
          />
        </label>
        <p className="hint">{t('presence.askNameHint')}</p>
      </form>
    </Dialog>
  );
}
