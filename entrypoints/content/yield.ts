/** scheduler.yield() is in Chromium; Firefox falls back to a message-channel task. */
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

const waiting: Array<() => void> = [];
let channel: MessageChannel | undefined;

function messageChannel(): MessageChannel {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return channel;
}

/**
 * Gives the main thread back to the page between slices of work. Idle callbacks are not used: on a
 * busy page they may never come.
 */
export function yieldToPage(): Promise<void> {
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    waiting.push(resolve);
    messageChannel().port2.postMessage(null);
  });
}

/** Slices stay well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;
