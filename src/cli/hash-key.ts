import { randomBytes } from 'node:crypto';
import { hashApiKey } from '../auth/index.js';

/**
 * `npm run hash-key -- [key]`: prints the SHA-256 to put in API_KEYS. Without a key, makes a new
 * random one and prints both (the key once, for the client; the hash, for the server).
 */
const given = process.argv[2];
const key = given ?? randomBytes(24).toString('base64url');
if (!given) console.log(`key:  ${key}`);
console.log(`hash: ${hashApiKey(key)}`);
console.log(`API_KEYS entry: <name>:curator:${hashApiKey(key)}   (or <name>:reader:…)`);
