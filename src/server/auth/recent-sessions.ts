import type { CurrentUser } from './current-user.ts';

interface Entry { user: CurrentUser; fetchedAt: number; expiresAt: number; createdAt: number }

/** A session's idle and absolute expiries, checked on every call, remembered or not. */
export interface Liveness { expiresAt: number; createdAt: number }

/** A session never lives longer than a working day, however active. */
const ABSOLUTE_LIFETIME_MS = 12 * 3_600_000;

export function isLive(session: Liveness, now: number) {
  return session.expiresAt > now && session.createdAt + ABSOLUTE_LIFETIME_MS > now;
}

/**
 * The sessions this instance read in the last `SESSION_CACHE_SECONDS`, so that a burst of calls
 * from one browser costs one database read. One per instance: an entry is only as good as the
 * news this instance hears. Every change that must count at once — a session ended, a person
 * deactivated or changed, a role granted or withdrawn — is announced by the database itself
 * (triggers, `NOTIFY proxirh_sessions`, see session-changes.ts) to every instance, which forgets
 * the matching entries. While this instance cannot hear the announcements (before its listening
 * connection is up, or once it is lost), it remembers nothing and reads every time.
 */
export class RecentSessions {
  private readonly entries = new Map<string, Entry>();
  private listening = false;
  /** Bumped by every forgetting: a read that started before one must not store what it read. */
  private generation = 0;

  constructor(readonly ttlMs: number, private readonly maxEntries = 20_000) {}

  /** Whether the announcements are heard, so that remembering is safe. */
  get hearing() {
    return this.listening;
  }

  /** What a read started now must hand back to `remember`. */
  get stamp() {
    return this.generation;
  }

  recall(tokenHash: string, now: number): CurrentUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.fetchedAt >= this.ttlMs || !isLive(entry, now)) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.user;
  }

  /** Keeps what a read found, unless something was forgotten since it started (it may be stale). */
  remember(tokenHash: string, entry: Entry, stamp: number) {
    if (!this.listening || this.ttlMs <= 0 || stamp !== this.generation) return;
    this.entries.delete(tokenHash);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, entry);
  }

  forgetSession(tokenHash: string) {
    this.generation++;
    this.entries.delete(tokenHash);
  }

  forgetPerson(personId: string) {
    this.generation++;
    for (const [tokenHash, entry] of this.entries) if (entry.user.id === personId) this.entries.delete(tokenHash);
  }

  /** The announcements are heard (again): remembering may start, from nothing. */
  trust() {
    this.forgetAll();
    this.listening = true;
  }

  /** The announcements may be missed: remember nothing until `trust()`. */
  distrust() {
    this.listening = false;
    this.forgetAll();
  }

  private forgetAll() {
    this.generation++;
    this.entries.clear();
  }
}
