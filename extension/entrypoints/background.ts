export default defineBackground(() => {
  // The toolbar button opens the side panel; nothing else runs in the background yet.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
