# python/lib/builtins.py
#
# Builtins written in Python, compiled when one of their names is first needed (exc.c, as "<asyncio>"):
# BaseExceptionGroup and ExceptionGroup (with the helpers of try/except*),
# aiter, anext; exit and quit (site's).
#
# Built into the interpreter as the C string builtins_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'
    def __new__(cls, *args, **kwargs):
        # CPython's C __new__: PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__")
        if kwargs:
            raise TypeError(f'{cls.__name__}() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
        # (isinstance of one class each: of a tuple it is a level of
        # recursion, which CPython's C __new__ is not)
        if not (isinstance(exceptions, list) or isinstance(exceptions, tuple)) and (
                isinstance(exceptions, dict) or isinstance(exceptions, set) or isinstance(exceptions, frozenset)
                or not hasattr(exceptions, '__getitem__')):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self
    def __init__(self, *args):
        pass
    @property
    def message(self):
        return self._message
    @property
    def exceptions(self):
        return self._exceptions
    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"
    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)
    def _derive_keep(self, excs):
        eg = self.derive(excs)
        eg.__traceback__ = self.__traceback__
        eg.__context__ = self.__context__
        eg.__cause__ = self.__cause__
        notes = self.__dict__.get('__notes__')
        if hasattr(type(notes), '__getitem__') and not isinstance(notes, dict):
            eg.__notes__ = list(notes)  # a copy, of a sequence only (as CPython's exceptiongroup_subset)
        return eg
    def split(self, condition):
        cond = _eg_matcher(condition)
        if cond(self):
            return self, None
        match, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(cond)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif cond(e):
                match.append(e)
            else:
                rest.append(e)
        return (self._derive_keep(match) if match else None), (self._derive_keep(rest) if rest else None)
    def subgroup(self, condition):
        return self.split(condition)[0]
class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'
def _eg_matcher(c):
    if isinstance(c, type) and issubclass(c, BaseException):
        return lambda e: isinstance(e, c)
    if isinstance(c, tuple) and all(isinstance(t, type) and issubclass(t, BaseException) for t in c):
        return lambda e: isinstance(e, c)
    if callable(c) and not isinstance(c, type):
        return c
    raise TypeError('expected a function, exception type or tuple of exception types')
def _star_match(exc, t):
    ts = t if isinstance(t, tuple) else (t,)
    for x in ts:
        if not (isinstance(x, type) and issubclass(x, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(x, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
    if exc is None:
        return None, None
    if isinstance(exc, t):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        return None, BaseExceptionGroup('', (exc,))
    if isinstance(exc, BaseExceptionGroup):
        m, r = exc.split(t)
        return r, m
    return exc, None
def _leaf_ids(e, ids):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaf_ids(x, ids)
    else:
        ids.add(id(e))
def _prep_reraise_star(orig, excs):
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised, reraised = [], []
    for e in excs:
        if e is None:
            continue
        # (3.11 keeps __notes__ in the instance's dict: a note added in the
        # handler does not make a bare raise a new exception)
        same = e.__traceback__ is orig.__traceback__ and e.__cause__ is orig.__cause__ and e.__context__ is orig.__context__
        (reraised if same else raised).append(e)
    if reraised:
        ids = set()
        for e in reraised:
            _leaf_ids(e, ids)
        proj = orig.split(lambda leaf: id(leaf) in ids)[0]
        if proj is not None:
            raised.append(proj)
    if not raised:
        return None
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup('', raised)
BaseExceptionGroup._star_match = staticmethod(_star_match)
BaseExceptionGroup._prep_reraise_star = staticmethod(_prep_reraise_star)
del _star_match, _prep_reraise_star
_NO_DEFAULT = object()
def aiter(obj):
    if not hasattr(obj, '__aiter__'):
        raise TypeError(f"'{type(obj).__name__}' object is not an async iterable")
    it = obj.__aiter__()
    if not hasattr(type(it), '__anext__'):
        name = type(it).__name__
        del it  # (dropped here, as CPython's: a coroutine warns now)
        raise TypeError(f"aiter() returned not an async iterator of type '{name}'")
    return it
async def anext_awaitable(iterator, default):
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return default
def anext(iterator, default=_NO_DEFAULT):
    if not hasattr(iterator, '__anext__'):
        raise TypeError(f"'{type(iterator).__name__}' object is not an async iterator")
    if default is _NO_DEFAULT:
        return iterator.__anext__()
    return anext_awaitable(iterator, default)
class Quitter:
    # site's exit() and quit() (CPython's Lib/_sitebuiltins.py)
    __module__ = '_sitebuiltins'
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'
    def __call__(self, code=None):
        import sys
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
del Quitter
