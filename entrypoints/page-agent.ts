import { installAgent } from '../src/agent';

export default defineUnlistedScript(() => {
  installAgent();
});
