import { render } from 'preact';
import { OptionsPage } from '@/components/options-page';
import { TusoiDB } from '@/lib/db';
import { Store } from '@/lib/store';
import '@tusoi/ui/styles.css';
import '@/assets/style.css';

render(<OptionsPage store={new Store(new TusoiDB())} />, document.getElementById('app') as HTMLElement);
