/**
 * How the presenter window (run mode) and the room view talk, in one browser and with no
 * server: a `BroadcastChannel`, and the same messages through local storage (its `storage`
 * event) where a channel is missing. Every message is checked by `parseRoomMessage` before use.
 */
import { parseRoomMessage, type RoomMessage } from '../lib/runmode.ts';

const CHANNEL = 'distributed-organizing:room-view';
/** The latest state the presenter sent (the storage event of this key carries it to the room view). */
const STATE_KEY = 'distributed-organizing:room-view:state';
/** Written by a room view that has just opened, asking the presenter to send its state. */
const HELLO_KEY = 'distributed-organizing:room-view:hello';

export interface RoomLink {
  send: (message: RoomMessage) => void;
  close: () => void;
}

/** Opens the link; `receive` gets every valid message from the other windows. */
export function openRoomLink(receive: (message: RoomMessage) => void): RoomLink {
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : undefined;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseRoomMessage(event.data);
    if (message) receive(message);
  });
  const onStorage = (event: StorageEvent) => {
    if (event.key === HELLO_KEY && event.newValue) receive({ type: 'hello' });
    if (event.key === STATE_KEY && event.newValue && !channel) {
      try {
        const message = parseRoomMessage(JSON.parse(event.newValue));
        if (message) receive(message);
      } catch {
        // Not ours or damaged: ignore it.
      }
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    send(message) {
      channel?.postMessage(message);
      try {
        if (message.type === 'hello') localStorage.setItem(HELLO_KEY, String(Math.random()));
        // `sent` makes every write differ, so the other window gets a storage event even for an unchanged state.
        else localStorage.setItem(STATE_KEY, JSON.stringify({ ...message, sent: Math.random() }));
      } catch {
        // Storage full or blocked: the channel still carries the message.
      }
    },
    close() {
      channel?.close();
      window.removeEventListener('storage', onStorage);
    },
  };
}
