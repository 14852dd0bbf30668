// The page agent and what is injected beside it when needed (the reading view, the picker, the
// writes of the reader's corrections) run in the same isolated world, as separate scripts: each
// hands its entry point over through that world's globals. Pages never see this world.

export interface Handover<T> {
  put(value: T): void;
  take(): T | null;
}

export function handover<T>(name: string): Handover<T> {
  const key = Symbol.for(`clean-reader.${name}`);
  const scope = globalThis as Record<symbol, unknown>;
  return {
    put: (value) => {
      scope[key] = value;
    },
    take: () => (scope[key] as T | undefined) ?? null,
  };
}
