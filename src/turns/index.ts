export { HeavyWorkThread, processHeavyWorkThread } from './heavy-work-thread.js';
export {
  processWorkTurns,
  UnwantedWorkError,
  WorkTurns,
  type WorkOwner,
  type WorkTurnsOptions,
} from './work-turns.js';
