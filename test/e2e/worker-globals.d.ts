// What the tests call inside the extension's service worker (evaluated there, typed here).
interface WorkerChromeTab {
  id?: number;
  url?: string;
}

declare const chrome: {
  tabs: {
    query(filter: object): Promise<WorkerChromeTab[]>;
    create(options: { url: string }): Promise<WorkerChromeTab>;
  };
};
