// share.js -- share links: what is on the tutorial page's screen (the
// lesson, the program, the seed, the input, the clock) in a link's hash, and
// back.  The hash is  #<lesson>?share=<data>  where <data> is the state as
// JSON, compressed with deflate (CompressionStream 'deflate-raw') and
// written in base64url, so a 40-line program makes a link of about 1 KB.
//
//   state = { v: 1, lesson, code, seed?, clock?, stdin?, numbers?, collect? }
//
// encodeShare/decodeShare are plain functions (they run in Node too, for
// the tests); initShare() wires the page's Share button and the note that
// says what opening a link did.  Nothing decoded is ever put in the page as
// HTML: the code goes to the editor as text, the fields as values.
//
// Limits: a link's data is at most SHARE_MAX characters (8000, which chat
// apps, mail and learning platforms keep whole), and decompresses to at
// most CODE_MAX characters.  A longer program cannot be shared by link (the
// page says so and makes none); a link that is cut short, altered or too
// long is refused with a message saying which, and the lesson is shown as
// it was, with the learner's own code.

export const SHARE_MAX = 8000;
export const CODE_MAX = 100000;

const te = new TextEncoder();
const td = new TextDecoder('utf-8', { fatal: true });

function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('it has characters a share link never has');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

async function pipeBytes(bytes, stream, limit) {
  const out = [];
  let size = 0;
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) { await reader.cancel().catch(() => {}); throw new Error('it unpacks to more than a program may be'); }
    out.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const part of out) { all.set(part, at); at += part.length; }
  return all;
}

/** The fields of a state that a link carries, checked; throws on a bad one. */
function checkState(s) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) throw new Error('it holds no page state');
  if (s.v !== 1) throw new Error(`it was made by another version of this page (v=${JSON.stringify(s.v)})`);
  const out = { v: 1 };
  if (typeof s.lesson !== 'string' || !/^[a-z0-9-]{1,40}$/.test(s.lesson)) throw new Error('it names no lesson');
  out.lesson = s.lesson;
  if (typeof s.code !== 'string' || s.code.length > CODE_MAX) throw new Error('its program is missing');
  out.code = s.code;
  if (s.seed !== undefined) {
    if (!Number.isSafeInteger(s.seed) || s.seed < 0) throw new Error('its seed is not a whole number');
    out.seed = s.seed;
  }
  if (s.clock !== undefined) {
    if (s.clock !== 'real' && s.clock !== 'virtual') throw new Error('its clock is neither real nor virtual');
    out.clock = s.clock;
  }
  if (s.stdin !== undefined) {
    if (typeof s.stdin !== 'string' || s.stdin.length > CODE_MAX) throw new Error('its input is not text');
    out.stdin = s.stdin;
  }
  if (s.numbers !== undefined) {
    if (typeof s.numbers !== 'string' || s.numbers.length > 2000) throw new Error('its numbers are not text');
    out.numbers = s.numbers;
  }
  if (s.collect !== undefined) {
    if (s.collect !== 'gather' && s.collect !== 'as_completed') throw new Error('its collect is neither gather nor as_completed');
    out.collect = s.collect;
  }
  return out;
}

/**
 * The hash of a link to state: "#<lesson>?share=<data>".  Resolves with
 * { hash } or, for a program too long for a link, { error }.
 */
export async function encodeShare(state) {
  const s = checkState({ ...state, v: 1 });
  const packed = await pipeBytes(te.encode(JSON.stringify(s)), new CompressionStream('deflate-raw'), Infinity);
  const data = toBase64url(packed);
  if (data.length > SHARE_MAX) {
    return { error: `This program is too long to share as a link: it packs to ${data.length} characters, and a link may carry ${SHARE_MAX}. Copy the program itself instead.` };
  }
  return { hash: `#${s.lesson}?share=${data}` };
}

/** The share data of a hash ("#id?share=..."), or null if it has none. */
export function shareData(hash) {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  const params = new URLSearchParams(hash.slice(q + 1));
  return params.get('share');
}

/** The lesson id of a hash, without any ?share= part ('' if none). */
export function hashLesson(hash) {
  const q = hash.indexOf('?');
  const raw = (q < 0 ? hash : hash.slice(0, q)).replace(/^#/, '');
  try { return decodeURIComponent(raw); } catch { return ''; }
}

/**
 * Decodes a link's share data: resolves with { state } or { error } (a
 * sentence saying what is wrong with the link); never rejects.
 */
export async function decodeShare(data) {
  if (data.length > SHARE_MAX) return { error: `This link is too long (${data.length} characters of data; a share link has at most ${SHARE_MAX}): it was not made by this page, or was joined to other text.` };
  try {
    const bytes = fromBase64url(data);
    let text;
    try {
      text = td.decode(await pipeBytes(bytes, new DecompressionStream('deflate-raw'), CODE_MAX * 4));
    } catch (error) {
      if (/more than a program/.test(error.message)) throw error;
      throw new Error('it does not unpack: it was probably cut short when copied');
    }
    let parsed;
    try { parsed = JSON.parse(text); } catch { throw new Error('its contents are not what this page writes'); }
    return { state: checkState(parsed) };
  } catch (error) {
    return { error: `This share link is damaged (${error.message}).` };
  }
}

/* ------------------------------------------------------------------ */
/* The page: the Share button and the note about an opened link        */
/* ------------------------------------------------------------------ */

const $ = (id) => document.getElementById(id);

/**
 * Wires the Share button.  page gives what app.js owns:
 *   lesson()          the lesson shown ({ id, ... })
 *   code()            the editor's text
 *   setCode(code)     puts code in the editor without saving it
 *   saved(id)         the learner's saved code of a lesson, or null
 *   restoreSaved(id, code)  puts code back as the learner's (saved)
 *   lessons()         the lesson list
 */
export function initShare(page) {
  const button = $('share');
  const note = $('share-note');
  const link = $('share-link');
  const back = $('share-back');
  let backup = null;            // { id, code }: the learner's code a link replaced on screen

  function say(text, kind) {
    note.hidden = !text;
    note.className = `share-note ${kind ?? ''}`;
    $('share-text').textContent = text ?? '';
  }

  function currentState() {
    const s = { lesson: page.lesson().id, code: page.code() };
    const seed = $('seed').value.trim();
    if (/^\d+$/.test(seed) && Number.isSafeInteger(Number(seed))) s.seed = Number(seed);
    const clock = document.querySelector('input[name="clock"]:checked')?.value;
    if (clock === 'virtual' || clock === 'real') s.clock = clock;
    const stdin = $('stdin')?.value;
    if (stdin) s.stdin = stdin;
    if (!$('factorial-input').hidden) {
      s.numbers = $('numbers').value;
      s.collect = $('collect').value;
    }
    return s;
  }

  button.addEventListener('click', async () => {
    link.hidden = true;
    back.hidden = true;
    const made = await encodeShare(currentState());
    if (made.error) { say(made.error, 'error'); return; }
    const url = new URL(location.href);
    url.hash = made.hash;
    link.value = url.href;
    link.hidden = false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url.href);
      copied = true;
    } catch { /* no clipboard permission: the learner copies from the field */ }
    say(copied ? `Link copied (${url.href.length} characters). It opens this lesson with this program, seed, input and clock.`
      : `Copy this link (${url.href.length} characters). It opens this lesson with this program, seed, input and clock.`, 'ok');
    link.focus();
    link.select();
  });

  back.addEventListener('click', () => {
    if (!backup) return;
    page.restoreSaved(backup.id, backup.code);
    say('Your own version of the lesson is back in the editor.', 'ok');
    back.hidden = true;
    backup = null;
    dropShareHash();
  });

  /** Keeps a link's program on screen until the learner changes something; then the hash is the lesson's alone. */
  function dropShareHash() {
    if (shareData(location.hash) !== null) history.replaceState(null, '', `#${encodeURIComponent(page.lesson().id)}`);
  }

  return {
    /** The learner changed the code or a field: the link's state is theirs now. */
    edited() { dropShareHash(); },

    /** The lesson was switched: any note about a link is about another lesson. */
    lessonShown() { if (shareData(location.hash) === null) { say(''); link.hidden = true; back.hidden = true; backup = null; } },

    /**
     * Applies the share data of location.hash, if any, after the lesson it
     * names is shown.  Says what happened; returns true if applied.
     */
    async apply() {
      const data = shareData(location.hash);
      if (data === null) return false;
      link.hidden = true;
      back.hidden = true;
      const got = await decodeShare(data);
      const lesson = page.lesson();
      if (got.error) {
        say(`${got.error} The lesson is shown as it was, with your own code.`, 'error');
        history.replaceState(null, '', `#${encodeURIComponent(lesson.id)}`);
        return false;
      }
      const s = got.state;
      if (s.lesson !== lesson.id) {
        say(`This share link is for a lesson this page does not have (“${s.lesson}”). The lesson is shown as it was, with your own code.`, 'error');
        history.replaceState(null, '', `#${encodeURIComponent(lesson.id)}`);
        return false;
      }
      const mine = page.saved(lesson.id);
      page.setCode(s.code);
      $('seed').value = s.seed === undefined ? '' : String(s.seed);
      const radio = document.querySelector(`input[name="clock"][value="${s.clock ?? 'real'}"]`);
      if (radio) { radio.checked = true; radio.dispatchEvent(new Event('change', { bubbles: true })); }
      const stdin = $('stdin');
      if (stdin) { stdin.value = s.stdin ?? ''; stdin.dispatchEvent(new Event('share-applied')); }
      if (s.numbers !== undefined && $('numbers')) $('numbers').value = s.numbers;
      if (s.collect !== undefined && $('collect')) $('collect').value = s.collect;
      const what = 'Opened a shared link: the program, seed, input and clock are as they were shared.';
      if (mine !== null && mine !== s.code && mine !== s.code + '\n') {
        backup = { id: lesson.id, code: mine };
        back.hidden = false;
        say(`${what} Your own version of this lesson is still saved, not replaced: “Back to my version” puts it in the editor. If you edit the shared program, it becomes your saved version, and “Back to my version” still brings yours back until you leave this page.`, 'note');
      } else {
        say(what, 'note');
      }
      return true;
    },
  };
}
