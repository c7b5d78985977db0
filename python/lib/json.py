# json: dumps/loads (and dump/load) of plain data, with CPython 3.11's text
# and its decoder's errors, position for position (its C scanner's);
# JSONEncoder and JSONDecoder with their options and hooks (cls=, default(),
# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant).

class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

# ---- encoding ----

_ESC = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}

def _str(s, ascii_only):
    out = []
    for c in s:
        e = _ESC.get(c)
        if e is None:
            n = ord(c)
            if n < 0x20 or (ascii_only and n > 0x7e):
                if n >= 0x10000:
                    n -= 0x10000
                    e = '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
                else:
                    e = '\\u%04x' % n
            else:
                e = c
        out.append(e)
    return '"' + ''.join(out) + '"'

def _float(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text

class JSONEncoder:
    """CPython's json.JSONEncoder: a subclass's default() turns other objects into
    encodable ones; encode() gives the text, iterencode() its one piece."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        out = []
        try:
            _Encoding(self, indent).encode(o, 0, out)
        except RecursionError as e:
            # in CPython's words: its C encoder's, or without it (an indent) its generators'
            if e.args == (_DEEP,):
                e.args = (_DEEP + (' while encoding a JSON object' if indent is None else ' while calling a Python object'),)
            raise
        return iter((''.join(out),))

_DEEP = 'maximum recursion depth exceeded'

class _Encoding:
    # one encode() of a JSONEncoder: its settings read once, the objects on the way down
    def __init__(self, e, indent):
        self.indent = indent
        self.item_sep = e.item_separator
        self.key_sep = e.key_separator
        self.skipkeys = e.skipkeys
        self.ascii = e.ensure_ascii
        self.markers = {} if e.check_circular else None
        self.allow_nan = e.allow_nan
        self.default = e.default
        self.sort_keys = e.sort_keys

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_str(o, self.ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple, dict)):
            if not o:
                out.append('{}' if isinstance(o, dict) else '[]')
                return
            if self.markers is not None:
                if id(o) in self.markers:
                    raise ValueError('Circular reference detected')
                self.markers[id(o)] = o
            if isinstance(o, dict):
                self.encode_dict(o, level, out)
            else:
                self.encode_list(o, level, out)
            if self.markers is not None:
                del self.markers[id(o)]
        else:
            if self.markers is not None:
                if id(o) in self.markers:
                    raise ValueError('Circular reference detected')
                self.markers[id(o)] = o
            self.encode(self.default(o), level, out)
            if self.markers is not None:
                del self.markers[id(o)]

    def open(self, c, level, out):
        out.append(c)
        if self.indent is None:
            return self.item_sep
        nl = '\n' + self.indent * (level + 1)
        out.append(nl)
        return self.item_sep + nl

    def close(self, c, level, out):
        if self.indent is not None:
            out.append('\n' + self.indent * level)
        out.append(c)

    def encode_list(self, o, level, out):
        sep = self.open('[', level, out)
        for i, v in enumerate(o):
            if i:
                out.append(sep)
            self.encode(v, level + 1, out)
        self.close(']', level, out)

    def encode_dict(self, o, level, out):
        sep = self.open('{', level, out)
        first = True
        for k, v in (sorted(o.items()) if self.sort_keys else o.items()):
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _float(k, self.allow_nan)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(_str(k, self.ascii))
            out.append(self.key_sep)
            self.encode(v, level + 1, out)
        self.close('}', level, out)

_default_encoder = JSONEncoder()

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

# ---- decoding: CPython's C scanner (_json.c), step for step ----

_WS = ' \t\n\r'
_BS = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'

class _Stop(Exception):
    pass

def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i

def _hex4(s, i, at):
    v = 0
    for c in s[i:i + 4]:
        if c not in _HEX:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, at)
        v = v * 16 + int(c, 16)
    return v

def _string(s, end, strict=True):
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        i = end
        while i < n and s[i] != '"' and s[i] != '\\':
            if strict and s[i] < ' ':
                raise JSONDecodeError('Invalid control character at', s, i)
            i += 1
        if i == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        chunks.append(s[end:i])
        if s[i] == '"':
            return ''.join(chunks), i + 1
        i += 1
        if i == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[i]
        if c != 'u':
            end = i + 1
            c = _BS.get(c)
            if c is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 2)
        else:
            end = i + 5
            if end >= n:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, i)
            u = _hex4(s, i + 1, i)
            if 0xd800 <= u <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                u2 = _hex4(s, end + 2, end + 1)
                if 0xdc00 <= u2 <= 0xdfff:
                    u = 0x10000 + ((u - 0xd800) << 10 | (u2 - 0xdc00))
                    end += 6
            c = chr(u)
        chunks.append(c)

class _Scanner:
    # one JSONDecoder's hooks, read by the scanner (CPython's scanner object of _json.c)
    def __init__(self, d):
        self.strict = d.strict
        self.object_hook = d.object_hook
        self.pairs_hook = d.object_pairs_hook
        self.parse_float = d.parse_float
        self.parse_int = d.parse_int
        self.parse_constant = d.parse_constant
        self.entering = 'array'  # the kind of container entered last (raw_decode's RecursionError)

    def number(self, s, i):
        start = i
        n = len(s)
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _Stop(start)
        if '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif s[i] == '0':
            i += 1
        else:
            raise _Stop(start)
        is_float = False
        if i < n - 1 and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n - 1 and s[i] in 'eE':
            e = i
            i += 1
            if i < n - 1 and s[i] in '-+':
                i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
            if s[i - 1] in _DIGITS:
                is_float = True
            else:
                i = e
        text = s[start:i]
        if is_float:
            return (float(text) if self.parse_float is None else self.parse_float(text)), i
        return (int(text) if self.parse_int is None else self.parse_int(text)), i

    def value(self, s, i):
        n = len(s)
        if i >= n:
            raise _Stop(i)
        c = s[i]
        if c == '"':
            return _string(s, i + 1, self.strict)
        if c == '{':
            self.entering = 'object'
            return self.object(s, i + 1)
        if c == '[':
            self.entering = 'array'
            return self.array(s, i + 1)
        for word, v in (('null', None), ('true', True), ('false', False)):
            if c == word[0] and s.startswith(word, i):
                return v, i + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if c == word[0] and s.startswith(word, i):
                v = float(word) if self.parse_constant is None else self.parse_constant(word)
                return v, i + len(word)
        return self.number(s, i)

    def object(self, s, i):
        pairs = []
        n = len(s)
        i = _skip(s, i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                k, i = _string(s, i + 1, self.strict)
                i = _skip(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                v, i = self.value(s, _skip(s, i + 1))
                pairs.append((k, v))
                i = _skip(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip(s, i + 1)
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs), i + 1
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, i + 1

    def array(self, s, i):
        a = []
        n = len(s)
        i = _skip(s, i)
        if i >= n or s[i] != ']':
            while True:
                v, i = self.value(s, i)
                a.append(v)
                i = _skip(s, i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip(s, i + 1)
        return a, i + 1

class JSONDecoder:
    """CPython's json.JSONDecoder: decode() of a whole document, raw_decode() of
    one value from idx on, giving (value, end); its hooks as loads()'s."""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        scanner = _Scanner(self)
        try:
            return scanner.value(s, idx)
        except _Stop as e:
            raise JSONDecodeError('Expecting value', s, e.args[0]) from None
        except RecursionError as e:
            # in CPython's words: its C scanner's, entering the innermost array or object
            if e.args == (_DEEP,):
                e.args = (f'{_DEEP} while decoding a JSON {scanner.entering} from a unicode string',)
            raise

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        # CPython detects UTF-8, -16 and -32; bytes here are UTF-8 (with or without a BOM)
        s = s.decode('utf-8', 'surrogatepass')
        if s.startswith('\ufeff'):
            s = s[1:]
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    for name, hook in (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
                       ('parse_float', parse_float), ('parse_int', parse_int), ('parse_constant', parse_constant)):
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)

def load(fp, **kw):
    return loads(fp.read(), **kw)

# json.decoder and json.encoder, the submodules CPython's json imports (so
# `except json.decoder.JSONDecodeError` and `from json.decoder import ...`
# work): modules of the names they hold.
def _submodule(name, names):
    import sys
    m = type(sys)('json.' + name)
    m.__file__ = '/usr/lib/python3.11/json/' + name + '.py'
    for n in names:
        setattr(m, n, globals()[n])
    sys.modules['json.' + name] = m
    return m
decoder = _submodule('decoder', ('JSONDecodeError', 'JSONDecoder'))
encoder = _submodule('encoder', ('JSONEncoder',))
del _submodule
