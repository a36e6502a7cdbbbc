import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  manifestVersion: 3,
  // `wxt` (dev) must never try to launch a browser on these machines.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // Only what the features use; no host access until the user adds a portal (form-filling issue).
    // Firefox has no sidePanel API: its side panel is the sidebar_action WXT writes.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
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
