// For the benchmark: when the popup's code has loaded and starts to run.
performance.mark('popup-script');
import { render } from 'preact';
import { App } from './App';
import { must } from '@/lib/must';

render(<App />, must(document.getElementById('app'), 'the #app element'));
