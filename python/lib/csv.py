# python/lib/csv.py
#
# The csv module: CPython 3.11's csv.py (Dialect, excel, excel_tab,
# unix_dialect, DictReader, DictWriter) over its C part, _csv, written here
# in Python after Modules/_csv.c: the reader's state machine character for
# character (quotes, doubled quotes, escapes, skipinitialspace, strict, a
# quoted field across lines, QUOTE_NONNUMERIC's floats), the writer's
# quoting and escaping, the dialects' checks and the errors in _csv's
# words.  Sniffer is refused by name.
#
# A file of the library fetched when imported in wasm (build/wasm/pylib/csv.py);
# built into the native interpreter as the C string csv_prelude.

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', '__doc__', 'excel',
           'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'Sniffer', 'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']
__version__ = '1.0'
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    __module__ = '_csv'
_dialects = {}
_limit = 128 * 1024


def _char(name, v, dflt, none_ok):
    if v is _unset:
        return dflt
    if v is None and none_ok:
        return None
    if not isinstance(v, str):
        raise TypeError(f'"{name}" must be string, not {type(v).__name__}')
    if len(v) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return v


_unset = object()
_names = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')


class _Dialect:
    __module__ = '_csv'
    # _csv.Dialect: a dialect's attributes, checked
    def __init__(self, dialect=None, **kw):
        for k in kw:
            if k not in _names:
                raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        a = {k: kw.get(k, _unset) for k in _names}
        if dialect is not None:
            for k in _names:
                if a[k] is _unset:
                    a[k] = getattr(dialect, k, _unset)
        # in _csv.c's order: each attribute, then the checks across them
        self.delimiter = _char('delimiter', a['delimiter'], ',', False)
        v = a['doublequote']
        self.doublequote = True if v is _unset else bool(v)
        self.escapechar = _char('escapechar', a['escapechar'], None, True)
        t = a['lineterminator']
        if t is _unset:
            t = '\r\n'
        elif t is not None and not isinstance(t, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = t
        self.quotechar = _char('quotechar', a['quotechar'], '"', True)
        q = a['quoting']
        if q is _unset:
            q = QUOTE_MINIMAL
        elif type(q) is not int:
            raise TypeError('"quoting" must be an integer')
        for k in ('skipinitialspace', 'strict'):
            v = a[k]
            setattr(self, k, False if v is _unset else bool(v))
        if q not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if a['quotechar'] is None and a['quoting'] is _unset:
            q = QUOTE_NONE
        self.quoting = q
        if q != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if t is None:
            raise TypeError('lineterminator must be set')


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = args[0]
    return old


(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _reader:
    __module__ = '_csv'
    def __init__(self, f, dialect=None, **kw):
        self._it = iter(f)
        self.dialect = _Dialect(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        s = ''.join(self._field)
        if self._numeric:
            self._numeric = False
            s = float(s)
        self._fields.append(s)
        self._field = []

    def _add(self, c):
        if len(self._field) >= _limit:
            raise Error(f'field larger than field limit ({_limit})')
        self._field.append(c)

    def _char(self, c):
        # c is None at the end of a line (_csv.c's EOL)
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is None:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if c is None or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif st == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is None else c)
            self._state = _IN_FIELD
        elif st == _IN_FIELD or st == _AFTER_ESCAPED_CRNL:
            if st == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif st == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif st == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is None or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif st == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - '
                            'do you need to open the file in universal-newline mode?')

    def __next__(self):
        self._fields, self._field, self._state, self._numeric = [], [], _START_RECORD, False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} '
                            '(the file should be opened in text mode)')
            self.line_num += 1
            for c in line:
                self._char(c)
            self._char(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


class _writer:
    __module__ = '_csv'
    def __init__(self, f, dialect=None, **kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Dialect(dialect, **kw)

    def _join(self, s, quoted, out, first):
        d = self.dialect
        parts = []
        for c in s:
            escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            parts.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    parts.append(d.escapechar)
            parts.append(c)
        s = ''.join(parts)
        if not first:
            out.append(d.delimiter)
        out.append(d.quotechar + s + d.quotechar if quoted else s)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        out = []
        n = 0
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                t = type(field)
                quoted = not (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__'))
            else:
                quoted = d.quoting == QUOTE_ALL
            s = '' if field is None else field if isinstance(field, str) else str(field)
            self._join(s, quoted, out, n == 0)
            n += 1
        if n == 1 and out == ['']:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out = [d.quotechar * 2]
        out.append(d.lineterminator)
        return self._write(''.join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


for _c, _n in ((_reader, 'reader'), (_writer, 'writer')):
    _c.__name__ = _c.__qualname__ = _n


def reader(csvfile, dialect=None, **fmtparams):
    return _reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    return _writer(fileobj, dialect, **fmtparams)


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) == fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) == fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not supported by casyncio's Python")
