import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messages';

/**
 * Sending and receiving the protocol's messages (lib/messages.ts), apart from its declarations:
 * a sender needs their types only, and the starter on every page (entrypoints/content) does not
 * carry the schemas it never checks.
 */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
