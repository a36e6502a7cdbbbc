import {
  annotate,
  checkForm,
  clearAnnotations,
  detectForm,
  type FillReport,
  fillForm,
  locatorFor,
  type ProposalOnPage,
  parseFormMap,
} from '@tusoi/form-kit';
import { parseRequest } from '@/lib/messages';

// Injected on demand into a portal tab the user chose (activeTab or a granted portal origin);
// never declared for every page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const flag = '__tusoiPortal';
    const w = window as unknown as Record<string, unknown>;
    if (w[flag]) return;
    w[flag] = true;
    let undo: FillReport['undo'] | null = null;
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = parseRequest(message);
      if (request === null) return undefined;
      switch (request.type) {
        case 'tusoi:pick':
          // Pick mode: the next click on a field names it (and does nothing else on the page).
          return new Promise((resolve) => {
            const onClick = (e: MouseEvent) => {
              const locator = e.target instanceof Element ? locatorFor(e.target) : null;
              if (!locator) return;
              e.preventDefault();
              e.stopPropagation();
              document.removeEventListener('click', onClick, true);
              resolve({ locator, url: location.href });
            };
            document.addEventListener('click', onClick, true);
          });
        case 'tusoi:url':
          return Promise.resolve({ url: location.href });
        case 'tusoi:fill':
          return fillForm(document, request.plan as never, request.onlyEmpty ? { onlyEmpty: true } : {}).then(
            (report) => {
              undo = report.undo;
              return { results: report.results, summary: report.summary };
            },
          );
        case 'tusoi:undo': {
          // Check notes go too; what undo did (or that there was nothing) is read back by form-kit.
          clearAnnotations(document);
          const run = undo;
          undo = null;
          return run ? run() : Promise.resolve({ message: { vi: 'Không có gì để hoàn tác.', en: 'Nothing to undo.' } });
        }
        case 'tusoi:detect':
          return Promise.resolve(detectForm(document, location.href));
        case 'tusoi:check': {
          clearAnnotations(document);
          // The page's scores and level go back to the panel, which judges them against the rules
          // (the content script does not carry them).
          let proposal: ProposalOnPage | null = null;
          const problems = checkForm(document, parseFormMap(request.map), request.draft as never, {}, (_d, page) => {
            proposal = page;
            return null;
          });
          annotate(problems, request.lang);
          return Promise.resolve({ problems: problems.map(({ element: _e, ...p }) => p), proposal });
        }
      }
    });
  },
});
