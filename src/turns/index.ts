export { HeavyWorkThread, processHeavyWorkThread } from './heavy-work-thread.js';
export { processWorkTurns, WorkTurns, type WorkTurnsOptions } from './work-turns.js';
