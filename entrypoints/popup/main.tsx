// For the benchmark: when the popup's code has loaded and starts to run.
performance.mark('popup-script');
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
