// Entry of the compiler's worker thread (thread.ts). A worker starts with plain Node whoever started
// postforge (tsx, vitest, the bin), so it registers tsx itself before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./thread-main.ts');
