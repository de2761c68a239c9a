import { I18nProvider, useI18n } from '../i18n';
import { HomePage } from '../workspace/HomePage';
import { WorkspacePage } from '../workspace/WorkspacePage';
import { EditorPage } from '../editor/EditorPage';
import { ComparePage } from '../compare';
import { ToastProvider } from './Toasts';
import { AppHeader } from './AppHeader';
import { useRoute } from './route';

export function App() {
  return (
    <I18nProvider>
      <ToastProvider>
        <Pages />
      </ToastProvider>
    </I18nProvider>
  );
}

function Pages() {
  const route = useRoute();
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'workspace':
      return <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} token={route.token} />;
    case 'editor':
      return (
        <EditorPage
          key={`${route.workspaceId}/${route.scenarioId}`}
          workspaceId={route.workspaceId}
          scenarioId={route.scenarioId}
          token={route.token}
          presetName={route.name}
        />
      );
    case 'compare':
      return (
        <ComparePage
          key={`${route.workspaceId}/${route.a}/${route.b}`}
          workspaceId={route.workspaceId}
          a={route.a}
          b={route.b}
          token={route.token}
        />
      );
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <AppHeader />
      <main className="centered-card" data-testid="not-found">
        <p>{t('error.notFound')}</p>
        <a href="/">{t('error.goHome')}</a>
      </main>
    </div>
  );
}
