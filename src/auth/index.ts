export {
  authenticate,
  hashApiKey,
  parseApiKeys,
  type ApiKey,
  type Authentication,
  type Principal,
  type Role,
} from './api-keys.js';
export { requireRole } from './require-role.js';
