import { render } from 'preact';
import { Playground } from './playground';
import { QuotaDemo } from './quota';

// One bundle for both pages: each page has the element it needs. The script runs, so the
// "could not start" notice goes.
document.getElementById('boot')?.remove();
const playground = document.getElementById('playground');
if (playground) render(<Playground location={window.location} />, playground);
const quota = document.getElementById('quota');
if (quota) render(<QuotaDemo />, quota);
