# python/lib/string.py
#
# The string module, as CPython's Lib/string.py writes it (its constants,
# capwords, and Template, whose placeholders are scanned by hand where
# CPython's class uses a regular expression: a subclass's own delimiter is
# honoured, and its own idpattern, braceidpattern or pattern goes through re).  Compiled into a module when it is imported (modules.c,
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
        pattern = getattr(self, 'pattern', None)
        if pattern is not None:  # a subclass's own pattern, with CPython's four groups
            import re
            if isinstance(pattern, str):
                pattern = re.compile(pattern, re.VERBOSE | re.IGNORECASE)
            def convert(mo):
                name = mo.group('named') or mo.group('braced')
                if name is not None:
                    return named(name, mo.group())
                if mo.group('escaped') is not None:
                    return self.delimiter
                if mo.group('invalid') is not None:
                    return invalid(mo.start('invalid'), mo.group())
                raise ValueError('Unrecognized named group in pattern', pattern)
            return pattern.sub(convert, self.template)
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
            m = self._ident_end(t, k, False)
            if m > k:
                out.append(named(t[k:m], t[j:m]))
                i = m
                continue
            if k < n and t[k] == '{':
                m = self._ident_end(t, k + 1, True)
                if m > k + 1 and m < n and t[m] == '}':
                    out.append(named(t[k + 1:m], t[j:m + 1]))
                    i = m + 1
                    continue
            out.append(invalid(k, t[j:k]))
            i = k
    def _ident_end(self, t, k, brace):
        # where the identifier at k ends (k: none); a subclass's idpattern
        # or braceidpattern through re, with the class's IGNORECASE
        pattern = self.braceidpattern if brace and self.braceidpattern is not None else self.idpattern
        if pattern == Template.idpattern:
            return _ident_end(t, k)
        import re
        m = re.compile(pattern, re.IGNORECASE).match(t, k)
        return m.end() if m else k
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
# Formatter, as CPython's; its parse and get_field split the text as
# _string.formatter_parser and formatter_field_name_split (MarkupIterator) do
def _formatter_parser(s):
    pos, end = 0, len(s)
    while pos < end:
        start = pos
        c = ''
        markup = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= end
        n = pos - start
        if c == '}' and (at_end or s[pos] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                n -= 1
        literal = s[start:start + n]
        if not markup:
            yield literal, None, None, None
            continue
        # the field (parse_field): its name ends at '}', ':' or '!', '[...]' skipped
        nstart = pos
        c = ''
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < end and s[pos] != ']':
                    pos += 1
                continue
            if c in '}:!':
                break
        name, conversion, spec = s[nstart:pos - 1], None, ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= end:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[pos]
                pos += 1
                if pos < end:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        yield literal, name, spec, conversion
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            sstart, count = pos, 1
            while pos < end:
                c = s[pos]
                pos += 1
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if not count:
                        break
            if count:
                raise ValueError("unmatched '{' in format spec")
            spec = s[sstart:pos - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield literal, name, spec, conversion

def _field_name_split(name):
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == j:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[j:i]))
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format field")
            key = name[j:i]
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            rest.append((False, int(key) if key.isdigit() else key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
