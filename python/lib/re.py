# python/lib/re.py
#
# The re module, after CPython 3.11's behaviour (not its code): a parser of
# the pattern syntax with CPython's error messages and positions, a compiler
# to a small program of instructions and one loop that runs it with an
# explicit backtracking stack (as sre does), so that no Python recursion
# happens per character.  str patterns only; possessive quantifiers, atomic
# groups, conditional groups, bytes patterns and the LOCALE and DEBUG flags
# are refused by name.  Compiled into a module when it is imported
# (modules.c, prelude_module).
import sys as _sys

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]


# RegexFlag's members in the order CPython's enum defines them (its names' order)
_FLAG_ORDER = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


def _flag_names(v):
    return [name for bit, name in _FLAG_ORDER if v & bit], v & ~511


def _refuse(what):
    raise NotImplementedError(what + " is not supported by casyncio's Python")


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names, rest = _flag_names(v)
        return '|'.join(['re.' + n for n in names] + ([hex(rest)] if rest else []))

    __str__ = __repr__

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names, rest = _flag_names(v)
        if not names:
            return None
        return '|'.join(names + ([hex(rest)] if rest else []))

    @property
    def value(self):
        return int(self)

    def __format__(self, spec):
        return format(repr(self), spec) if spec == '' else format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        r = int(self) | int(other)
        return RegexFlag(r)

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                self.lineno = 1
                self.colno = pos + 1
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error

# ---------------------------------------------------------------- parser
# Nodes: ('lit', ch, icase) ('any', dotall) ('set', neg, items, icase, ascii)
# ('at', kind) ('group', index|None, seq) ('alt', [seq...])
# ('rep', min, max|None, greedy, node) ('look', behind, neg, seq)
# ('ref', index, icase).  Set items: ('c', ch) ('r', lo, hi) ('cat', letter).

_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESC = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_REPEAT_CHARS = '*+?{'
_SPECIAL = '.\\[{()*+?^$|'
_FLAGCHARS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 'u': 32}
_MAXREPEAT = 4294967295


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.n = len(pattern)
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.lookbehind = 0
        self.refpos = {}

    def error(self, msg, back=0):
        return error(msg, self.p, self.i - back)

    def peek(self):
        return self.p[self.i] if self.i < self.n else None

    def get(self):
        # one source token: a character or a backslash and the next
        if self.i >= self.n:
            return None
        c = self.p[self.i]
        if c == '\\':
            if self.i + 1 >= self.n:
                raise error('bad escape (end of pattern)', self.p, self.i)
            self.i += 2
            return '\\' + self.p[self.i - 1]
        self.i += 1
        return c

    def match(self, c):
        if self.i < self.n and self.p[self.i] == c:
            self.i += 1
            return True
        return False

    def getuntil(self, term, name):
        start = self.i
        while True:
            if self.i >= self.n:
                if self.i == start:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % term, self.i - start)
            c = self.p[self.i]
            self.i += 1
            if c == term:
                if self.i - 1 == start:
                    raise self.error('missing ' + name, 1)
                return self.p[start:self.i - 1]

    def parse_alt(self, flags, nested):
        start = self.i
        branches = [self.parse_seq(flags, nested, nested == 0)]
        if nested == 0:
            flags = self.flags  # global flags at the start, (?i)..., hold for every branch
        while self.match('|'):
            branches.append(self.parse_seq(flags, nested))
        if len(branches) == 1:
            return branches[0]
        return [('alt', branches)]

    def skip_verbose(self, flags):
        if not flags & 64:
            return
        while self.i < self.n:
            c = self.p[self.i]
            if c in ' \t\n\r\v\f':
                self.i += 1
            elif c == '#':
                while self.i < self.n and self.p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse_seq(self, flags, nested, first=False):
        seq = []
        while True:
            self.skip_verbose(flags)
            if self.i >= self.n:
                break
            c = self.p[self.i]
            if c in '|)':
                break
            here = self.i
            this = self.get()
            if this[0] == '\\':
                item = self.escape(this, flags)
            elif this == '[':
                item = self.parse_class(flags, here)
            elif this == '.':
                item = ('any', bool(flags & 16))
            elif this == '^':
                item = ('at', 'bol' if flags & 8 else 'begin')
            elif this == '$':
                item = ('at', 'eol' if flags & 8 else 'end')
            elif this == '(':
                item = self.parse_group(flags, here, nested, first and not seq)
                if item is None:
                    continue
                if item == 'flags':
                    flags = self.flags
                    continue
            elif this in '*+?{':
                if this == '{':
                    self.i = here
                    rep = self.try_brace()
                    if rep is None:
                        self.i = here + 1
                        seq.append(('lit', '{', bool(flags & 2)))
                        continue
                    self.i = here
                raise error('nothing to repeat', self.p, here)
            else:
                item = ('lit', this, bool(flags & 2))
            # quantifiers
            self.skip_verbose(flags)
            while self.i < self.n and self.p[self.i] in _REPEAT_CHARS:
                qpos = self.i
                q = self.p[self.i]
                if q == '{':
                    rep = self.try_brace()
                    if rep is None:
                        break
                    lo, hi = rep
                else:
                    self.i += 1
                    lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[q]
                if item[0] == 'at' or (item[0] == 'group' and False):
                    raise error('nothing to repeat', self.p, qpos)
                if item[0] == 'rep':
                    raise error('multiple repeat', self.p, qpos)
                if _width(item)[1] == 0 and item[0] not in ('group', 'look'):
                    raise error('nothing to repeat', self.p, qpos)
                greedy = True
                if self.match('?'):
                    greedy = False
                elif self.i < self.n and self.p[self.i] == '+':
                    _refuse('a possessive quantifier (%s+)' % self.p[qpos:self.i])
                item = ('rep', lo, hi, greedy, item)
                self.skip_verbose(flags)
                if self.i < self.n and self.p[self.i] in _REPEAT_CHARS:
                    if self.p[self.i] != '{' or self.try_brace(peek=True):
                        raise error('multiple repeat', self.p, self.i)
            seq.append(item)
        return seq

    def try_brace(self, peek=False):
        # at '{': a repeat {m}, {m,}, {,n}, {m,n} or None (a literal '{')
        start = self.i
        j = self.i + 1
        a = ''
        while j < self.n and self.p[j] in _DIGITS:
            a += self.p[j]
            j += 1
        b = a
        if j < self.n and self.p[j] == ',':
            j += 1
            b = ''
            while j < self.n and self.p[j] in _DIGITS:
                b += self.p[j]
                j += 1
        if j >= self.n or self.p[j] != '}' or (not a and not b and self.p[start + 1] != ','):
            return None
        if j == start + 1:
            return None
        if peek:
            return True
        self.i = j + 1
        lo = int(a) if a else 0
        hi = int(b) if b else None
        if lo >= _MAXREPEAT or (hi is not None and hi >= _MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi is not None and hi < lo:
            raise error('min repeat greater than max repeat', self.p, start + 1)
        return lo, hi

    def parse_group(self, flags, here, nested, first):
        index = None
        if self.match('?'):
            c = self.get()
            if c is None:
                raise self.error('unexpected end of pattern')
            if c == 'P':
                if self.match('<'):
                    name = self.getuntil('>', 'group name')
                    if not name.isidentifier():
                        raise self.error('bad character in group name %r' % name, len(name) + 1)
                    index = self.open_group(name)
                elif self.match('='):
                    name = self.getuntil(')', 'group name')
                    if not name.isidentifier():
                        raise self.error('bad character in group name %r' % name, len(name) + 1)
                    g = self.groupdict.get(name)
                    if g is None:
                        raise self.error('unknown group name %r' % name, len(name) + 1)
                    if g in self.open:
                        raise self.error('cannot refer to an open group', len(name) + 1)
                    return ('ref', g, bool(flags & 2))
                else:
                    c2 = self.get()
                    if c2 is None:
                        raise self.error('unexpected end of pattern')
                    raise self.error('unknown extension ?P' + c2, len(c2) + 2)
            elif c == ':':
                pass
            elif c == '#':
                while True:
                    if self.i >= self.n:
                        raise error('missing ), unterminated comment', self.p, here)
                    if self.p[self.i] == ')':
                        self.i += 1
                        return None
                    self.i += 1
            elif c in '=!<':
                behind = False
                if c == '<':
                    c = self.get()
                    if c is None:
                        raise self.error('unexpected end of pattern')
                    if c not in '=!':
                        raise self.error('unknown extension ?<' + c, len(c) + 2)
                    behind = True
                    self.lookbehind += 1
                body = self.parse_alt(flags, nested + 1)
                if behind:
                    self.lookbehind -= 1
                if not self.match(')'):
                    raise error('missing ), unterminated subpattern', self.p, here)
                if behind:
                    lo, hi = _width_seq(body)
                    if lo != hi:
                        raise error('look-behind requires fixed-width pattern')
                return ('look', behind, c == '!', body)
            elif c == '(':
                _refuse('a conditional group (?(...)...)')
            elif c == '>':
                _refuse('an atomic group (?>...)')
            elif c in _FLAGCHARS or c == '-':
                return self.parse_flags(c, flags, here, nested, first)
            else:
                raise self.error('unknown extension ?' + c, len(c) + 1)
        else:
            index = self.open_group(None)
        body = self.parse_alt(flags, nested + 1)
        if not self.match(')'):
            raise error('missing ), unterminated subpattern', self.p, here)
        if index is not None:
            self.open.remove(index)
        return ('group', index, body)

    def open_group(self, name):
        g = self.groups
        self.groups += 1
        if g >= 100:
            raise error('too many groups')
        if name is not None:
            if name in self.groupdict:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, g, self.groupdict[name]), self.p, self.i - len(name) - 1)
            self.groupdict[name] = g
        self.open.append(g)
        return g

    def parse_flags(self, c, flags, here, nested, first):
        add = 0
        if c != '-':
            while True:
                add |= _FLAGCHARS[c]
                if add & 256 and add & 32:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                if c == 'L':
                    raise self.error('bad inline flags: cannot use \'L\' flag with a str pattern')
                c = self.get()
                if c is None:
                    raise self.error('missing -, : or )')
                if c in ')-:':
                    break
                if c not in _FLAGCHARS:
                    msg = 'unknown flag' if c.isalpha() else 'missing -, : or )'
                    raise self.error(msg, len(c))
        if c == ')':
            if not first:
                raise error('global flags not at the start of the expression', self.p, here)
            self.flags |= add
            return 'flags'
        remove = 0
        if c == '-':
            c = self.get()
            if c is None:
                raise self.error('missing flag')
            if c not in _FLAGCHARS:
                msg = 'unknown flag' if c.isalpha() else 'missing flag'
                raise self.error(msg, len(c))
            while True:
                if c in 'aLu':
                    raise self.error('bad inline flags: cannot turn off flags \'a\', \'u\' and \'L\'')
                remove |= _FLAGCHARS[c]
                c = self.get()
                if c is None:
                    raise self.error('missing :')
                if c == ':':
                    break
                if c not in _FLAGCHARS:
                    msg = 'unknown flag' if c.isalpha() else 'missing :'
                    raise self.error(msg, len(c))
        if add & remove:
            raise self.error('bad inline flags: flag turned on and off', 1)
        inner = (flags | add) & ~remove
        if add & 256:
            inner &= ~32
        body = self.parse_alt(inner, nested + 1)
        if not self.match(')'):
            raise error('missing ), unterminated subpattern', self.p, here)
        return ('group', None, body)

    def cat(self, letter, flags):
        return ('set', False, [('cat', letter)], False, bool(flags & 256))

    def escape(self, this, flags):
        c = this[1]
        start = self.i - 2
        if c in 'dDwWsS':
            return self.cat(c, flags)
        if c == 'A':
            return ('at', 'A')
        if c == 'Z':
            return ('at', 'Z')
        if c == 'b':
            return ('at', 'wb' + ('a' if flags & 256 else ''))
        if c == 'B':
            return ('at', 'nb' + ('a' if flags & 256 else ''))
        if c in _DIGITS:
            if c == '0':
                return ('lit', self.octal(c), bool(flags & 2))
            # a group reference, or an octal escape of three digits
            d = c
            if self.i < self.n and self.p[self.i] in _DIGITS:
                if c in _OCT and self.p[self.i] in _OCT and self.i + 1 < self.n and self.p[self.i + 1] in _OCT:
                    v = int(c + self.p[self.i:self.i + 2], 8)
                    self.i += 2
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % self.p[start + 1:self.i],
                                    self.p, start)
                    return ('lit', chr(v), bool(flags & 2))
                d += self.p[self.i]
                self.i += 1
            g = int(d)
            if g < self.groups:
                if g in self.open:
                    raise error('cannot refer to an open group', self.p, start)
                return ('ref', g, bool(flags & 2))
            raise error('invalid group reference %d' % g, self.p, start + 1)
        return ('lit', self.char_escape(this, start), bool(flags & 2))

    def octal(self, c):
        s = c
        while len(s) < 3 and self.i < self.n and self.p[self.i] in _OCT:
            s += self.p[self.i]
            self.i += 1
        return chr(int(s, 8))

    def char_escape(self, this, start):
        # an escape that stands for one character (in a class too)
        c = this[1]
        if c in _SIMPLE_ESC:
            return _SIMPLE_ESC[c]
        if c in 'xuU':
            k = {'x': 2, 'u': 4, 'U': 8}[c]
            h = self.p[self.i:self.i + k]
            if len(h) < k or any(ch not in _HEX for ch in h):
                j = 0
                while j < len(h) and h[j] in _HEX:
                    j += 1
                self.i += j
                raise error('incomplete escape %s' % (this + h[:j]), self.p, start)
            self.i += k
            v = int(h, 16)
            if v > 0x10FFFF:
                raise error('bad escape %s' % (this + h), self.p, start)
            return chr(v)
        if c == 'N':
            _refuse('the \\N{...} escape in a pattern')
        if c in _ASCII_LETTERS:
            raise error('bad escape %s' % this, self.p, start)
        return c

    def parse_class(self, flags, here):
        items = []
        neg = self.match('^')
        first = True
        while True:
            if self.i >= self.n:
                raise error('unterminated character set', self.p, here)
            cpos = self.i
            this = self.get()
            if this == ']' and not first:
                break
            first = False
            if this[0] == '\\':
                c = this[1]
                if c in 'dDwWsS':
                    items.append(('cat', c))
                    continue
                if c in _OCT:
                    lo = self.octal(c) if c in _OCT else c
                elif c in _DIGITS:
                    raise error('bad escape %s' % this, self.p, cpos)
                else:
                    lo = self.char_escape(this, cpos)
            else:
                lo = this
            if self.i + 1 < self.n and self.p[self.i] == '-' and self.p[self.i + 1] != ']':
                self.i += 1
                hpos = self.i
                that = self.get()
                if that[0] == '\\':
                    c = that[1]
                    if c in 'dDwWsS':
                        raise error('bad character range %s%s' % (self.p[cpos:hpos], that), self.p, cpos)
                    if c in _OCT:
                        hi = self.octal(c)
                    elif c in _DIGITS:
                        raise error('bad escape %s' % that, self.p, hpos)
                    else:
                        hi = self.char_escape(that, hpos)
                else:
                    hi = that
                if hi < lo:
                    raise error('bad character range %s' % self.p[cpos:self.i], self.p, cpos)
                items.append(('r', lo, hi))
            elif self.i + 1 >= self.n and self.i < self.n and self.p[self.i] == '-':
                self.i += 1
                raise error('unterminated character set', self.p, here)
            else:
                items.append(('c', lo))
        if not neg and len(items) == 1 and items[0][0] == 'c':
            return ('lit', items[0][1], bool(flags & 2))
        return ('set', neg, items, bool(flags & 2), bool(flags & 256))


def _width(node):
    k = node[0]
    if k in ('lit', 'any', 'set'):
        return 1, 1
    if k in ('at', 'look'):
        return 0, 0
    if k == 'group':
        return _width_seq(node[2])
    if k == 'alt':
        ws = [_width_seq(b) for b in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if k == 'rep':
        lo, hi = _width(node[4])
        return lo * node[1], (_MAXREPEAT if node[2] is None and hi else hi * (node[2] or 0))
    if k == 'ref':
        return 0, _MAXREPEAT
    return 0, 0


def _width_seq(seq):
    lo = hi = 0
    for node in seq:
        a, b = _width(node)
        lo += a
        hi = min(hi + b, _MAXREPEAT)
    return lo, hi


# ---------------------------------------------------------------- compiler
# Instructions are tuples with an opcode first.
_LIT, _LITI, _ANY, _ANYALL, _SET, _AT, _MARK, _SPLIT, _JMP, _REPONE, _REPINIT, _REPHEAD, _REPITER, \
    _LOOK, _REF, _SUCCESS = range(16)


def _is_word(c, ascii):
    if ascii:
        return c < '\x80' and (c.isalnum() or c == '_')
    return c.isalnum() or c == '_'


def _is_digit_a(c):
    return '0' <= c <= '9'


def _is_word_a(c):
    return c < '\x80' and (c.isalnum() or c == '_')


def _is_word_u(c):
    return c.isalnum() or c == '_'


def _is_space_a(c):
    return c in ' \t\n\r\f\v'


def _cat(letter, c, ascii):
    if letter in 'dD':
        r = ('0' <= c <= '9') if ascii else c.isdecimal()
    elif letter in 'wW':
        r = _is_word(c, ascii)
    else:
        r = c in ' \t\n\r\f\v' if ascii else c.isspace()
    return r if letter in 'dws' else not r


class _Set:
    def __init__(self, neg, items, icase, ascii):
        self.neg = neg
        self.items = items
        self.icase = icase
        self.ascii = ascii
        chars = set()
        self.fast = None
        simple = True
        for it in items:
            if it[0] == 'c':
                chars.add(it[1])
            elif it[0] == 'r' and ord(it[2]) - ord(it[1]) < 512:
                for o in range(ord(it[1]), ord(it[2]) + 1):
                    chars.add(chr(o))
            else:
                simple = False
        if simple:
            if icase:
                more = set()
                for ch in chars:
                    for v in (ch.lower(), ch.upper()):
                        if len(v) == 1:
                            more.add(v)
                chars |= more
            self.fast = frozenset(chars)
        self.pred = None
        if len(items) == 1 and items[0][0] == 'cat':
            # one category (\d, [\w]...): its str method, tested directly
            letter = items[0][1]
            if letter in 'dD':
                p = _is_digit_a if ascii else str.isdecimal
            elif letter in 'wW':
                p = _is_word_a if ascii else _is_word_u
            else:
                p = _is_space_a if ascii else str.isspace
            self.neg = neg = neg != (letter in 'DWS')
            self.pred = p
            self.test = (lambda c: not p(c)) if neg else p

    def test(self, c):
        if self.fast is not None:
            if self.icase:
                r = c in self.fast or c.lower() in self.fast or c.upper() in self.fast
            else:
                r = c in self.fast
            return r != self.neg
        r = self._has(c)
        if not r and self.icase:
            lo = c.lower()
            up = c.upper()
            r = (len(lo) == 1 and self._has(lo)) or (len(up) == 1 and self._has(up))
        return r != self.neg

    def _has(self, c):
        for it in self.items:
            k = it[0]
            if k == 'c':
                if c == it[1]:
                    return True
            elif k == 'r':
                if it[1] <= c <= it[2]:
                    return True
            elif _cat(it[1], c, self.ascii):
                return True
        return False


def _icase_set(c):
    s = {c}
    for v in (c.lower(), c.upper()):
        if len(v) == 1:
            s.add(v)
    return frozenset(s)


def _one(node):
    # the instruction that tests one character
    k = node[0]
    if k == 'lit':
        if node[2]:
            s = _icase_set(node[1])
            if len(s) > 1:
                return (_LITI, s)
        return (_LIT, node[1])
    if k == 'any':
        return (_ANYALL,) if node[1] else (_ANY,)
    return (_SET, _Set(node[1], node[2], node[3], node[4]))


class _Compiler:
    def __init__(self):
        self.regs = 0

    def seq(self, seq, prog):
        for node in seq:
            self.node(node, prog)

    def node(self, node, prog):
        k = node[0]
        if k in ('lit', 'any', 'set'):
            prog.append(_one(node))
        elif k == 'at':
            prog.append((_AT, node[1]))
        elif k == 'group':
            if node[1] is None:
                self.seq(node[2], prog)
            else:
                prog.append((_MARK, 2 * node[1]))
                self.seq(node[2], prog)
                prog.append((_MARK, 2 * node[1] + 1))
        elif k == 'alt':
            jumps = []
            branches = node[1]
            for j, b in enumerate(branches):
                if j < len(branches) - 1:
                    split = len(prog)
                    prog.append(None)
                    self.seq(b, prog)
                    jumps.append(len(prog))
                    prog.append(None)
                    prog[split] = (_SPLIT, split + 1, len(prog))
                else:
                    self.seq(b, prog)
            for j in jumps:
                prog[j] = (_JMP, len(prog))
        elif k == 'rep':
            lo, hi, greedy, item = node[1], node[2], node[3], node[4]
            if item[0] in ('lit', 'any', 'set'):
                prog.append((_REPONE, _one(item), lo, hi, greedy))
                return
            r = self.regs
            self.regs += 2
            prog.append((_REPINIT, r))
            head = len(prog)
            prog.append(None)
            prog.append((_REPITER, r))
            self.node(item, prog)
            prog.append((_JMP, head))
            prog[head] = (_REPHEAD, r, lo, hi, greedy, len(prog))
        elif k == 'look':
            sub = []
            self.seq(node[3], sub)
            sub.append((_SUCCESS,))
            w = _width_seq(node[3])[0] if node[1] else -1
            prog.append((_LOOK, w, node[2], sub))
        elif k == 'ref':
            prog.append((_REF, node[1], node[2]))


def _count(op, s, pos, limit):
    # how many characters from pos (up to limit) op's test accepts
    k = op[0]
    if k == _ANYALL:
        return limit - pos
    i = pos
    if k == _ANY:
        while i < limit and s[i] != '\n':
            i += 1
    elif k == _LIT:
        c = op[1]
        while i < limit and s[i] == c:
            i += 1
    elif k == _LITI:
        cs = op[1]
        while i < limit and (s[i] in cs or s[i].lower() in cs or s[i].upper() in cs):
            i += 1
    else:
        st = op[1]
        p = st.pred
        if p is not None:
            if st.neg:
                while i < limit and not p(s[i]):
                    i += 1
            else:
                while i < limit and p(s[i]):
                    i += 1
        elif st.fast is not None and not st.icase:
            fs = st.fast
            if st.neg:
                while i < limit and s[i] not in fs:
                    i += 1
            else:
                while i < limit and s[i] in fs:
                    i += 1
        else:
            t = st.test
            while i < limit and t(s[i]):
                i += 1
    return i - pos


def _test(op, c):
    k = op[0]
    if k == _LIT:
        return c == op[1]
    if k == _LITI:
        return c in op[1] or c.lower() in op[1] or c.upper() in op[1]
    if k == _ANY:
        return c != '\n'
    if k == _ANYALL:
        return True
    return op[1].test(c)


def _at(kind, s, pos, end):
    if kind == 'begin' or kind == 'A':
        return pos == 0
    if kind == 'bol':
        return pos == 0 or s[pos - 1] == '\n'
    if kind == 'end':
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == 'eol':
        return pos == end or s[pos] == '\n'
    if kind == 'Z':
        return pos == end
    if end == 0:
        return False
    ascii = kind[-1] == 'a'
    before = pos > 0 and _is_word(s[pos - 1], ascii)
    after = pos < end and _is_word(s[pos], ascii)
    return (before != after) == (kind[0] == 'w')


def _run(prog, s, pos, end, marks, regs, full, start, must_advance):
    # Runs prog from pos; returns the end position or -1.  marks are set in
    # place; a choice point on the stack is (0, pc, pos), an undo record of
    # a mark (1, index, old) and of a register (2, index, old).
    stack = []
    pc = 0
    last = len(marks) - 1
    while True:
        op = prog[pc]
        k = op[0]
        ok = True
        if k == _LIT:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
            ok = False
        elif k == _REPONE:
            item, lo, hi = op[1], op[2], op[3]
            limit = end if hi is None or pos + hi > end else pos + hi
            if op[4]:
                n = _count(item, s, pos, limit)
                if n < lo:
                    ok = False
                else:
                    nxt = prog[pc + 1]
                    if n > lo:
                        stack.append((3, pc + 1, pos + lo, pos + n, nxt[1] if nxt[0] == _LIT else None))
                    pos += n
                    pc += 1
                    if nxt[0] == _LIT and n > lo and not (pos < end and s[pos] == nxt[1]):
                        ok = False
                    else:
                        continue
            else:
                n = _count(item, s, pos, pos + lo if pos + lo <= end else end)
                if n < lo:
                    ok = False
                else:
                    pos += lo
                    stack.append((4, pc + 1, limit, pos, item))
                    pc += 1
                    continue
        elif k == _ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
            ok = False
        elif k == _SET:
            if pos < end and op[1].test(s[pos]):
                pos += 1
                pc += 1
                continue
            ok = False
        elif k == _MARK:
            i = op[1]
            stack.append((1, i, marks[i]))
            marks[i] = pos
            if i & 1:
                stack.append((1, last, marks[last]))
                marks[last] = i // 2
            pc += 1
            continue
        elif k == _SPLIT:
            stack.append((0, op[2], pos))
            pc = op[1]
            continue
        elif k == _JMP:
            pc = op[1]
            continue
        elif k == _REPHEAD:
            r = op[1]
            count = regs[r]
            if count < op[2]:
                # a mandatory iteration: the empty-iteration guard's position
                # is not set (as sre's last_ptr)
                stack.append((2, r, count))
                regs[r] = count + 1
                pc += 2
                continue
            if (op[3] is None or count < op[3]) and pos != regs[r + 1]:
                if op[4]:
                    stack.append((0, op[5], pos))
                    pc += 1
                else:
                    stack.append((0, pc + 1, pos))
                    pc = op[5]
            else:
                pc = op[5]
            continue
        elif k == _REPITER:
            r = op[1]
            stack.append((2, r, regs[r]))
            stack.append((2, r + 1, regs[r + 1]))
            regs[r] += 1
            regs[r + 1] = pos
            pc += 1
            continue
        elif k == _REPINIT:
            r = op[1]
            stack.append((2, r, regs[r]))
            stack.append((2, r + 1, regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif k == _SUCCESS:
            if (full and pos != end) or (must_advance and pos == start):
                ok = False
            else:
                return pos
        elif k == _LITI:
            if pos < end and (s[pos] in op[1] or s[pos].lower() in op[1] or s[pos].upper() in op[1]):
                pos += 1
                pc += 1
                continue
            ok = False
        elif k == _ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
            ok = False
        elif k == _AT:
            if _at(op[1], s, pos, end):
                pc += 1
                continue
            ok = False
        elif k == _LOOK:
            w = op[1]
            sub = marks[:]
            if w >= 0:
                at = pos - w
                r = -1 if at < 0 else _run(op[3], s, at, end, sub, regs[:], False, 0, False)
                if r != pos:
                    r = -1
            else:
                r = _run(op[3], s, pos, end, sub, regs[:], False, 0, False)
            if op[2]:
                ok = r < 0
            else:
                ok = r >= 0
                if ok:
                    for i in range(len(marks)):
                        if sub[i] != marks[i]:
                            stack.append((1, i, marks[i]))
                            marks[i] = sub[i]
            if ok:
                pc += 1
                continue
        elif k == _REF:
            g = op[1]
            a, b = marks[2 * g], marks[2 * g + 1]
            if a < 0 or b < 0:
                ok = False
            else:
                n = b - a
                ok = pos + n <= end
                if ok:
                    j = 0
                    icase = op[2]
                    while j < n:
                        x = s[a + j]
                        y = s[pos + j]
                        if x != y and not (icase and x.lower() == y.lower()):
                            ok = False
                            break
                        j += 1
                if ok:
                    pos += n
                    pc += 1
                    continue
        # backtrack
        while True:
            if not stack:
                return -1
            e = stack.pop()
            t = e[0]
            if t == 0:
                pc = e[1]
                pos = e[2]
                break
            if t == 1:
                marks[e[1]] = e[2]
            elif t == 2:
                regs[e[1]] = e[2]
            elif t == 3:
                p = e[3] - 1
                c = e[4]
                lo = e[2]
                if c is not None:
                    while p >= lo and s[p] != c:
                        p -= 1
                    if p < lo:
                        continue
                if p > lo:
                    stack.append((3, e[1], lo, p, c))
                pc = e[1]
                pos = p
                break
            else:
                p = e[3]
                if p < e[2] and _test(e[4], s[p]):
                    stack.append((4, e[1], e[2], p + 1, e[4]))
                    pc = e[1]
                    pos = p + 1
                    break


# ---------------------------------------------------------------- API

def _chars(string):
    return string if string.isascii() else list(string)


class Pattern:
    __class_getitem__ = classmethod(type(list[int]))  # as CPython's classmethod(GenericAlias)
    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            _refuse('a bytes pattern in re')
        if not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & 128:
            _refuse('the re.DEBUG flag')
        if flags & 1:
            _refuse('the re.TEMPLATE flag')
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        p = _Parser(pattern, flags)
        seq = p.parse_alt(flags, 0)
        if p.i < p.n:
            raise error('unbalanced parenthesis', pattern, p.i)
        flags = p.flags
        if not flags & 256:
            flags |= 32
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = p.groups - 1
        self.groupindex = type(type.__dict__)(dict(p.groupdict))  # a mappingproxy, as CPython's
        c = _Compiler()
        prog = []
        c.seq(seq, prog)
        prog.append((_SUCCESS,))
        self._prog = prog
        self._nregs = c.regs
        first = prog[0]
        self._anchored = first[0] == _AT and first[1] in ('begin', 'A')
        self._first = None
        if first[0] in (_LIT, _LITI, _SET, _ANY):
            self._first = first
        elif first[0] == _REPONE and first[2] > 0:
            self._first = first[1]
        self._names = {v: k for k, v in self.groupindex.items()}

    def __repr__(self):
        flags = self.flags
        if flags & 32 and not flags & 256:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        # CPython's pattern_repr: the names in the order of the flags' bits (not RegexFlag's)
        names = ['re.' + name for bit, name in _FLAG_NAMES if flags & bit]
        if flags & ~511:
            names.append(hex(flags & ~511))
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _span(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _at(self, string, start, end, full, must_advance, pos, endpos):
        marks = [-1] * (2 * self.groups + 3)
        regs = [0] * self._nregs
        r = _run(self._prog, _chars(string), start, end, marks, regs, full, start, must_advance)
        if r < 0:
            return None
        marks[0] = start
        marks[1] = r
        return Match(self, string, marks, pos, endpos)

    def _find(self, string, pos, end, must_advance):
        # the marks of the first match from pos, or None; string is a str of
        # ASCII or a list of characters (a str's index is not O(1) otherwise)
        if pos > end:
            return None
        prog = self._prog
        nmarks = 2 * self.groups + 3
        regs = [0] * self._nregs
        if self._anchored:
            marks = [-1] * nmarks
            r = _run(prog, string, pos, end, marks, regs, False, pos, must_advance)
            if r < 0:
                return None
            marks[0] = pos
            marks[1] = r
            return marks
        first = self._first
        start = pos
        lit = first[1] if first is not None and first[0] == _LIT else None
        while start <= end:
            if lit is not None:
                while start < end and string[start] != lit:
                    start += 1
                if start >= end:
                    return None
            elif first is not None:
                if start >= end:
                    return None
                if not _test(first, string[start]):
                    start += 1
                    continue
            marks = [-1] * nmarks
            r = _run(prog, string, start, end, marks, regs, False, start, must_advance)
            if r >= 0:
                marks[0] = start
                marks[1] = r
                return marks
            must_advance = False
            start += 1
        return None

    def _search(self, string, pos, endpos):
        marks = self._find(_chars(string), pos, endpos, False)
        return None if marks is None else Match(self, string, marks, pos, endpos)

    def _all(self, string, pos, endpos, count):
        # the marks of the matches findall, sub and split see (count: 0 for all)
        out = []
        start = pos
        must = False
        string = _chars(string)
        while start <= endpos and (not count or len(out) < count):
            marks = self._find(string, start, endpos, must)
            if marks is None:
                break
            out.append(marks)
            must = marks[0] == marks[1]
            start = marks[1]
        return out

    def match(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        pos, endpos = self._span(string, pos, endpos)
        if pos > endpos:
            return None
        return self._at(string, pos, endpos, False, False, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        pos, endpos = self._span(string, pos, endpos)
        if pos > endpos:
            return None
        return self._at(string, pos, endpos, True, False, pos, endpos)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        pos, endpos = self._span(string, pos, endpos)
        return self._search(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        pos, endpos = self._span(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        start = pos
        must = False
        chars = _chars(string)
        while start <= endpos:
            marks = self._find(chars, start, endpos, must)
            if marks is None:
                return
            yield Match(self, string, marks, pos, endpos)
            must = marks[0] == marks[1]
            start = marks[1]

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        pos, endpos = self._span(string, pos, endpos)
        out = []
        g = self.groups
        for marks in self._all(string, pos, endpos, 0):
            if g == 0:
                out.append(string[marks[0]:marks[1]])
            elif g == 1:
                out.append(string[marks[2]:marks[3]] if marks[2] >= 0 and marks[3] >= 0 else '')
            else:
                out.append(tuple(string[marks[2 * i]:marks[2 * i + 1]] if marks[2 * i] >= 0 and marks[2 * i + 1] >= 0
                                 else '' for i in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        g = self.groups
        if maxsplit < 0:
            return [string]
        for marks in self._all(string, 0, len(string), maxsplit):
            out.append(string[last:marks[0]])
            for i in range(1, g + 1):
                a, b = marks[2 * i], marks[2 * i + 1]
                out.append(string[a:b] if a >= 0 and b >= 0 else None)
            last = marks[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        parts = None
        fn = None
        if callable(repl):
            fn = repl
        else:
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            parts = _template(repl, self) if '\\' in repl else [repl]
        out = []
        last = 0
        n = 0
        if count < 0:
            return string, 0
        for marks in self._all(string, 0, len(string), count):
            if marks[0] > last:
                out.append(string[last:marks[0]])
            if fn is None:
                for p in parts:
                    if p.__class__ is str:
                        if p:
                            out.append(p)
                    else:
                        a, b = marks[2 * p], marks[2 * p + 1]
                        if a >= 0 and b >= 0 and b > a:
                            out.append(string[a:b])
            else:
                r = fn(Match(self, string, marks, 0, len(string)))
                if r is not None:
                    if not isinstance(r, str):
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (len(out), type(r).__name__))
                    out.append(r)
            last = marks[1]
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        _refuse('Pattern.scanner()')


def _template(repl, pattern):
    # a replacement string's parts: literal strings and group numbers
    parts = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        c = repl[i + 1]
        start = i
        i += 2
        g = None
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error('missing <', repl, i)
            j = repl.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise error('missing group name', repl, i + 1)
                raise error('missing >, unterminated name', repl, i + 1)
            name = repl[i + 1:j]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > pattern.groups:
                    raise error('invalid group reference %d' % g, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            i = j + 1
        elif c == '0':
            s = c
            while len(s) < 3 and i < n and repl[i] in _OCT:
                s += repl[i]
                i += 1
            lit.append(chr(int(s, 8)))
        elif c in _DIGITS:
            s = c
            if i < n and repl[i] in _DIGITS:
                if c in _OCT and repl[i] in _OCT and i + 1 < n and repl[i + 1] in _OCT:
                    v = int(c + repl[i:i + 2], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % repl[i - 1:i + 2],
                                    repl, start)
                    lit.append(chr(v))
                    i += 2
                    continue
                s += repl[i]
                i += 1
            g = int(s)
            if g > pattern.groups:
                raise error('invalid group reference %d' % g, repl, start + 1)
        elif c in _SIMPLE_ESC:
            lit.append(_SIMPLE_ESC[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\%s' % c, repl, start)
        else:
            lit.append('\\' + c)
        if g is not None:
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(g)
    if lit or not parts:
        parts.append(''.join(lit))
    return parts


def _expand(parts, m):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            v = m.group(p)
            if v is not None:
                out.append(v)
    return ''.join(out)


class Match:
    __class_getitem__ = classmethod(type(list[int]))  # as CPython's classmethod(GenericAlias)
    def __init__(self, pattern, string, marks, pos, endpos):
        self.re = pattern
        self.string = string
        self._marks = marks
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a, b = self._marks[2 * i], self._marks[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        i = self._index(group)
        return self._marks[2 * i] if self._marks[2 * i + 1] >= 0 else -1

    def end(self, group=0):
        i = self._index(group)
        return self._marks[2 * i + 1] if self._marks[2 * i] >= 0 else -1

    def span(self, group=0):
        return self.start(group), self.end(group)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        v = self._marks[-1]
        return v if v > 0 else None

    @property
    def lastgroup(self):
        v = self._marks[-1]
        return self.re._names.get(v) if v > 0 else None

    def expand(self, template):
        return _expand(_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._marks[0], self._marks[1],
                                                              repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    _refuse('re.template()')


_ESCAPED = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, bytes):
        _refuse('re.escape() of bytes')
    return ''.join('\\' + c if c in _ESCAPED else c for c in pattern)
_dotted(Pattern)  # 're.Pattern' in messages, as CPython's C type
_dotted(Match)
