export * from './common';
export * from './record';
export * from './remedies';
export * from './transition-graph';
export * from './version';
