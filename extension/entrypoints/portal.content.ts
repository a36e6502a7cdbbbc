import {
  clearAnnotations,
  describeTargets,
  detectForm,
  type FillReport,
  fillForm,
  formMapFromPanel,
  noteKit,
  type ProposalOnPage,
  plannedSteps,
} from '@tusoi/form-kit';
import { foreignFrameOrigins } from '@/lib/frames';
import { parseRequest } from '@/lib/messages';

// Injected on demand into a portal tab the user chose (activeTab or a granted portal origin);
// never declared for every page. Pick mode is its own script (pick.content.ts): this one leaves
// the pick messages unanswered (`undefined` at once), so the pick script's answer is the one.
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
        case 'tusoi:frames':
          return Promise.resolve({ origins: foreignFrameOrigins(document) });
        case 'tusoi:url':
          return Promise.resolve({ url: location.href });
        case 'tusoi:fill':
          // A fill after one not undone yet merges its record into that one's (form-kit's previousUndo):
          // "Hoàn tác" then takes the page back to before the first of them, and a field the user
          // changed between them back to the user's value.
          return fillForm(document, request.plan as never, {
            ...(request.onlyEmpty ? { onlyEmpty: true } : {}),
            ...(undo ? { previousUndo: undo } : {}),
          }).then((report) => {
            // Everything the report says goes back to the panel (it is plain data), except the undo itself.
            const { undo: run, ...said } = report;
            undo = run;
            return said;
          });
        case 'tusoi:undo': {
          // Says whether there was a fill to undo (and passes on form-kit's own undo report, if
          // it gives one), so the panel never claims an undo that did not happen. Check notes go too.
          clearAnnotations(document);
          const run = undo;
          undo = null;
          if (!run)
            return Promise.resolve({
              undone: false,
              message: { vi: 'Không có gì để hoàn tác.', en: 'Nothing to undo.' },
            });
          return Promise.resolve(run() as unknown).then((report) => ({
            undone: true,
            ...(report !== null && typeof report === 'object' ? report : {}),
          }));
        }
        case 'tusoi:describe':
          return Promise.resolve(describeTargets(document, request.locators));
        case 'tusoi:planned':
          return Promise.resolve(plannedSteps(document, request.plan as never));
        case 'tusoi:detect':
          return Promise.resolve(detectForm(document, location.href, request.criteria));
        case 'tusoi:check': {
          clearAnnotations(document);
          // The page's scores and level go back to the panel, which judges them against the rules
          // (the content script does not carry them).
          let proposal: ProposalOnPage | null = null;
          // The user's own pack goes to the row code, which checks it (rubric-core's parsePack2) before judging by it.
          const context = {
            ...(request.score ? { score: request.score } : {}),
            ...(request.pack ? { ownPack: request.pack } : {}),
            ...(request.unrated ? { unrated: true } : {}),
          };
          // The check's code (notes.js) is injected beside this script for a check: it reads the form
          // and draws the notes. Without it nothing is claimed: the panel is told so.
          const kit = noteKit();
          if (!kit)
            return Promise.resolve({
              error: {
                vi: 'Chưa nạp được mã kiểm tra vào trang. Hãy tải lại trang cổng rồi bấm "Kiểm tra" lại.',
                en: 'The check’s code could not be loaded into the page. Reload the portal page, then press "Check" again.',
              },
            });
          const problems = kit.check(
            document,
            formMapFromPanel(request.map),
            request.draft as never,
            context,
            (_d, page) => {
              proposal = page;
              return null;
            },
          );
          // How many problems got a note beside their field, read back from the page (a problem with no
          // field, such as a missing task row, gets none): the panel says so, never "each noted".
          const noted = kit.annotate(problems, request.lang).filter((n) => n.isConnected).length;
          return Promise.resolve({ problems: problems.map(({ element: _e, ...p }) => p), proposal, noted });
        }
        default:
          return undefined;
      }
    });
  },
});
