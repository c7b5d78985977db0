# json: dumps (and dump, load) of plain data, with CPython 3.11's text;
# loads is in C (modules.c), whose errors are this JSONDecodeError.

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
        return repr(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text

class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_sep, self.key_sep = separators
        elif indent is not None:
            self.item_sep, self.key_sep = ',', ': '
        else:
            self.item_sep, self.key_sep = ', ', ': '
        self.skipkeys = skipkeys
        self.ascii = ensure_ascii
        self.markers = {} if check_circular else None
        self.allow_nan = allow_nan
        self.default = default
        self.sort_keys = sort_keys

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
            out.append(repr(o))
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
            if self.default is None:
                raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
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
                k = repr(k)
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

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False):
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys).encode(obj, 0, out)
    return ''.join(out)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

# ---- decoding: loads is written in C (modules.c), CPython's C scanner

def load(fp, **kw):
    return loads(fp.read(), **kw)
