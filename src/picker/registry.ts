// The picker is injected on demand beside the page agent, with the reading view (see handover.ts).

import type { startPicker } from './picker';
import { handover } from '../handover';

const slot = handover<typeof startPicker>('picker');
export const registerPicker = (start: typeof startPicker): void => slot.put(start);
export const registeredPicker = (): typeof startPicker | null => slot.take();
