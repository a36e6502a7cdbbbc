import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Only the e2e build (TUSOI_E2E_HOSTS) is granted a host up front: headless Chromium cannot
// answer the permission prompt that the real extension shows when a user adds a portal.
const e2eHosts = process.env.TUSOI_E2E_HOSTS?.split(',').filter(Boolean) ?? [];

export default defineConfig({
  manifestVersion: 3,
  outDir: e2eHosts.length > 0 ? '.output-e2e' : '.output',
  // `wxt` (dev) must never try to launch a browser on these machines.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // Only what the features use; no host access until the user adds a portal (form-filling issue).
    // Firefox has no sidePanel API: its side panel is the sidebar_action WXT writes.
    permissions:
      browser === 'firefox'
        ? ['storage', 'activeTab', 'scripting']
        : ['storage', 'sidePanel', 'activeTab', 'scripting'],
    // Host access is asked for at run time, one portal origin at a time (Cài đặt → Cổng).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(e2eHosts.length > 0 ? { host_permissions: e2eHosts } : {}),
    action: { default_title: 'Tự Soi' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'tusoi@tusoi.invalid' } } } : {}),
  }),
  vite: (env) => ({
    plugins: [preact()],
    // Workspace packages from TS source; setting conditions replaces Vite's defaults.
    resolve: {
      conditions: ['rubric-source', 'module', 'browser', env.mode === 'production' ? 'production' : 'development'],
    },
  }),
});
