import { render } from 'preact';
import { PrintPage } from '@/components/print-page';
import { TusoiDB } from '@/lib/db';
import { Store } from '@/lib/store';

const params = new URLSearchParams(location.search);
render(
  <PrintPage store={new Store(new TusoiDB())} draftId={params.get('draft') ?? ''} autoPrint={!params.has('noprint')} />,
  document.getElementById('app') as HTMLElement,
);
