// What the page says when the panel's code (src/start.tsx) cannot be loaded: the prerendered screen
// is on show but does nothing, so it says so, with a way out. Plain DOM: React is what failed to load.
import { matchLocale } from '../core/locale';
import { defineTexts, textsFor } from '../core/text';

export const BOOT_TEXTS = defineTexts(
  'boot',
  {
    failed: 'The panel’s code could not be loaded, so the page cannot be used yet. Check the connection, then reload the page.',
    reload: 'Reload the page',
  },
  {
    failed: '面板代码加载失败，页面暂时无法使用。请检查网络连接，然后刷新页面。',
    reload: '刷新页面',
  },
);

/** Puts the notice at the top of the page (once), in the page's language. */
export function showBootFailure(doc: Document = document) {
  if (doc.getElementById('boot-failure')) return;
  const text = textsFor(BOOT_TEXTS, matchLocale(doc.documentElement.lang) ?? 'en');
  const notice = doc.createElement('div');
  notice.id = 'boot-failure';
  notice.setAttribute('role', 'alert');
  notice.className = 'boot-failure';
  notice.append(text('failed'), ' ');
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.textContent = text('reload');
  reload.addEventListener('click', () => doc.defaultView?.location.reload());
  notice.append(reload);
  doc.body.prepend(notice);
}
