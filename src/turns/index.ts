export { HeavyWorkThread, processHeavyWorkThread } from './heavy-work-thread.js';
export { RequestOwner, type Connection } from './request-owner.js';
export {
  processWorkTurns,
  UnwantedWorkError,
  WorkTurns,
  type WorkOwner,
  type WorkTurnsOptions,
} from './work-turns.js';
