import { render } from 'preact';
import { SidePanel } from '@/components/side-panel';
import { TusoiDB } from '@/lib/db';
import { Store } from '@/lib/store';
import '@tusoi/ui/styles.css';
import '@/assets/style.css';

// The panel's scripts are loaded and run (read by the bench: where opening the panel spends its time).
performance.mark('tusoi:boot');
render(<SidePanel store={new Store(new TusoiDB())} />, document.getElementById('app') as HTMLElement);
