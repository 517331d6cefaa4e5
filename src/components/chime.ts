/**
 * The chime at zero: two short tones made with the Web Audio API (no sound file to fetch).
 * Browsers allow sound only after the user has pressed a key or clicked, so `unlock()`
 * is called from those events; until then, and where there is no Web Audio, `play()` is silent.
 */
type AudioContextClass = typeof AudioContext;

export interface Chime {
  /** Makes sound possible; call from a click or key press. Returns false where the browser has no Web Audio. */
  unlock: () => boolean;
  play: () => void;
}

export function createChime(): Chime {
  let context: AudioContext | undefined;
  const scope = window as Window & { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  const Context = scope.AudioContext ?? scope.webkitAudioContext;
  return {
    unlock() {
      if (!Context) return false;
      try {
        context ??= new Context();
        if (context.state === 'suspended') void context.resume().catch(() => undefined);
        return true;
      } catch {
        return false;
      }
    },
    play() {
      if (!context || context.state !== 'running') return;
      try {
        const start = context.currentTime;
        for (const [offset, frequency] of [
          [0, 880],
          [0.35, 660],
        ] as const) {
          const tone = context.createOscillator();
          const gain = context.createGain();
          tone.type = 'sine';
          tone.frequency.value = frequency;
          gain.gain.setValueAtTime(0.0001, start + offset);
          gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
          tone.connect(gain).connect(context.destination);
          tone.start(start + offset);
          tone.stop(start + offset + 0.65);
        }
      } catch {
        // A chime that cannot play must never stop the timer.
      }
    },
  };
}
