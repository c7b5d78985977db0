# python/lib/string.py
#
# The string module, as CPython's Lib/string.py writes it (its constants,
# capwords, and Template, whose placeholders are scanned by hand where
# CPython's class uses a regular expression: a subclass's own delimiter is
# honoured, its own idpattern or pattern is not).  Compiled into a module when it is imported (modules.c,
# prelude_module).
#
# Built into the interpreter as the C string string_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace
def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))
def _ident_end(t, k):
    n = len(t)
    if k < n and (t[k] == '_' or t[k] in ascii_letters):
        k += 1
        while k < n and (t[k] == '_' or t[k] in ascii_letters or t[k] in digits):
            k += 1
    return k
class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    def __init__(self, template):
        self.template = template
    def _scan(self, named, invalid):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                return ''.join(out)
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            m = _ident_end(t, k)
            if m > k:
                out.append(named(t[k:m], t[j:m]))
                i = m
                continue
            if k < n and t[k] == '{':
                m = _ident_end(t, k + 1)
                if m > k + 1 and m < n and t[m] == '}':
                    out.append(named(t[k + 1:m], t[j:m + 1]))
                    i = m + 1
                    continue
            out.append(invalid(k, t[j:k]))
            i = k
    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
    def substitute(self, mapping=None, /, **kws):
        def get(name, text):
            if name in kws:
                return str(kws[name])
            if mapping is None:
                raise KeyError(name)
            return str(mapping[name])
        return self._scan(get, lambda i, text: self._invalid(i))
    def safe_substitute(self, mapping=None, /, **kws):
        def get(name, text):
            if name in kws:
                return str(kws[name])
            if mapping is None:
                return text
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return self._scan(get, lambda i, text: text)
    def is_valid(self):
        ok = [True]
        def bad(i, text):
            ok[0] = False
            return text
        self._scan(lambda name, text: text, bad)
        return ok[0]
    def get_identifiers(self):
        ids = []
        def add(name, text):
            if name not in ids:
                ids.append(name)
            return text
        self._scan(add, lambda i, text: text)
        return ids
