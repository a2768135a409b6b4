export { processWorkTurns, WorkTurns, type WorkTurnsOptions } from './work-turns.js';
