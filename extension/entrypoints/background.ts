interface SidebarApi {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  // The toolbar button opens the side panel (Chromium) or toggles the sidebar (Firefox).
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
});
