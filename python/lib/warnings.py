# python/lib/warnings.py
#
# The warnings module, after CPython 3.11's Lib/warnings.py (its behaviour,
# not its code): warn() with a stacklevel, the filters (filterwarnings,
# simplefilter, resetwarnings; the actions error, ignore, always, default,
# module, once) with CPython's default filters, a registry per module,
# showwarning and formatwarning (replaceable), catch_warnings (record=True
# gives WarningMessage objects).  The warnings casyncio's own C code gives
# (a coroutine never awaited, enum's DeprecationWarning) go through these
# filters once the module is imported (_warn_c).  A filter's message and
# module are regular expressions in CPython; without re, only literal text,
# `.`, `*` after a character or `.`, and `\` escapes are understood here
# (anything else is refused by name).  Compiled into a module when it is
# imported (modules.c, prelude_module); _where is its C part.
import sys as _sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']


class _Pattern:
    # what re.compile(text, flags).match(s) does for the patterns understood here
    def __init__(self, text, ignorecase):
        self.pattern = text
        self._ignorecase = ignorecase
        items = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == '\\' and i + 1 < len(text):
                c = text[i + 1]
                if c.isalnum():
                    raise NotImplementedError(f'the regular expression {text!r} (\\{c}) in a warnings filter is not supported by casyncio\'s Python')
                i += 1
                item = [c, False]
            elif c in '[](){}|+?^$':
                raise NotImplementedError(f'the regular expression {text!r} ({c}) in a warnings filter is not supported by casyncio\'s Python')
            elif c == '*':
                if not items or items[-1][1] == '*':
                    raise NotImplementedError(f'the regular expression {text!r} (*) in a warnings filter is not supported by casyncio\'s Python')
                items[-1].append('*')
                i += 1
                continue
            else:
                item = [None if c == '.' else c, False]
            items.append(item)
            i += 1
        self._items = [(it[0], len(it) == 3) for it in items]

    def match(self, s):
        if self._ignorecase:
            s = s.lower()
        return self._match(0, s, 0)

    def _match(self, k, s, i):
        items = self._items
        if k == len(items):
            return True
        c, star = items[k]
        if self._ignorecase and c is not None:
            c = c.lower()
        if star:
            j = i
            while True:
                if self._match(k + 1, s, j):
                    return True
                if j < len(s) and s[j] != '\n' and (c is None or s[j] == c):
                    j += 1
                else:
                    return False
        if i < len(s) and s[i] != '\n' and (c is None or s[i] == c):
            return self._match(k + 1, s, i + 1)
        return False

    def __repr__(self):
        return f're.compile({self.pattern!r}, re.IGNORECASE)' if self._ignorecase else f're.compile({self.pattern!r})'


filters = [
    ('default', None, DeprecationWarning, _Pattern('__main__', False), 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1
_registries = {}   # module name -> __warningregistry__ (a dict in CPython's module globals)


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    assert action in ('error', 'ignore', 'always', 'default', 'module', 'once'), f'invalid action: {action!r}'
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, _Pattern(message, True) if message else None, category,
                _Pattern(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in ('error', 'ignore', 'always', 'default', 'module', 'once'), f'invalid action: {action!r}'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _same(a, b):
    return a[0] == b[0] and a[2] is b[2] and a[4] == b[4] and \
        (a[1].pattern if a[1] else None) == (b[1].pattern if b[1] else None) and \
        (a[3].pattern if a[3] else None) == (b[3].pattern if b[3] else None)


def _add_filter(*item, append):
    if not append:
        for i, f in enumerate(filters):
            if _same(f, item):
                del filters[i]
                break
        filters.insert(0, item)
    elif not any(_same(f, item) for f in filters):
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}')


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    line = msg.line
    if line is None:
        line = _line_of(msg.filename, msg.lineno)
    if line:
        s += f'  {line.strip()}\n'
    if msg.source is not None and getattr(msg, '_hint', False):
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


def _line_of(filename, lineno):
    return _lines.get((filename, lineno), '')


_lines = {}   # (filename, lineno) -> the source line, as linecache gives it


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = _sys.stderr
        if file is None:
            return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    filename, lineno, module, line = _where(stacklevel)
    if line is not None:
        _lines[(filename, lineno)] = line
    _warn_at(message, category, filename, lineno, module, source, False)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    _explicit(message, category, filename, lineno, module, registry if registry is not None else {}, source, False)


def _warn_at(message, category, filename, lineno, module, source, hint):
    registry = _registries.setdefault(module, {})
    _explicit(message, category, filename, lineno, module, registry, source, hint)


def _explicit(message, category, filename, lineno, module, registry, source, hint):
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {item}')
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    msg._hint = hint
    _showwarnmsg(msg)


def _warn_c(text, category, filename, lineno, module, line, hint):
    # a warning of casyncio's C code (a coroutine never awaited, enum's
    # DeprecationWarning): through the filters, as CPython's C code calls warn()
    if line is not None:
        _lines[(filename, lineno)] = line
    _warn_at(text, category, filename, lineno, module, True if hint else None, hint)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = _sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not _sys.modules['warnings']:
            args.append(f'module={self._module!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl
