# python/lib/inspect.py
#
# The parts of inspect a learner's program or a grader's checks use, after CPython's
# Lib/inspect.py: the is...() predicates, getdoc/cleandoc, getmembers, and signature()
# of functions, methods and classes written in Python (Signature and Parameter, shown
# as CPython shows them).  Source code (getsource...), frames and stacks are not here.
#
# Built into the interpreter as the C string inspect_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def ismodule(object):
    return type(object).__name__ == 'module'


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return type(object).__name__ == 'method'


def isfunction(object):
    return type(object).__name__ == 'function'


def isbuiltin(object):
    return type(object).__name__ == 'builtin_function_or_method'


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return type(object).__name__ == 'generator'


def iscoroutine(object):
    return type(object).__name__ == 'coroutine'


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def cleandoc(doc):
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self._name_ = name
        self.description = description

    @property
    def name(self):
        return self._name_

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {self.value}>'

    def __str__(self):
        return self._name_

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        return self.value == other

    def __lt__(self, other):
        return self.value < (other.value if isinstance(other, _ParameterKind) else other)

    def __hash__(self):
        return hash(self.value)

    def __int__(self):
        return self.value


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing' or repr(annotation).startswith('typing.'):
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and type(annotation).__name__ == 'type' and not hasattr(annotation, '__origin__'):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = f'{formatted}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = f'{formatted} = {self._default!r}'
            else:
                formatted = f'{formatted}={self._default!r}'
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in parameters or ()}
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=_empty):
        return Signature(self._parameters.values() if parameters is None else parameters,
                         return_annotation=return_annotation)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))


def _signature_of_function(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    n = pos_count
    if code.co_flags & CO_VARARGS:
        name = names[pos_count + kwonly]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(kwonly):
        name = names[pos_count + i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[pos_count + kwonly + bool(code.co_flags & CO_VARARGS)]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise ValueError(f'invalid method signature')
        if params[0].kind != _VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not isclass(obj):
            obj = obj.__wrapped__
    if ismethod(obj):
        return _signature_of_function(obj.__func__, skip_first=True)
    if isfunction(obj):
        return _signature_of_function(obj)
    if isclass(obj):
        init = getattr(obj, '__init__', None)
        if isfunction(init):
            return _signature_of_function(init, skip_first=True)
        new = obj.__dict__.get('__new__') if hasattr(obj, '__dict__') else None
        if isfunction(getattr(new, '__func__', new)):
            return _signature_of_function(getattr(new, '__func__', new), skip_first=True)
        if obj.__init__ is object.__init__:
            return Signature()
    raise ValueError(f'no signature found for {obj!r}')


def getfullargspec(func):
    raise NotImplementedError("inspect.getfullargspec() is not supported by casyncio's Python (use inspect.signature())")


def _refused(name):
    def refused(*args, **kwargs):
        raise NotImplementedError(f"inspect.{name}() is not supported by casyncio's Python")
    refused.__name__ = name
    return refused


for _name in ('getsource', 'getsourcelines', 'getsourcefile', 'getfile', 'getmodule', 'currentframe', 'stack',
              'getframeinfo', 'getouterframes', 'getinnerframes', 'getcallargs', 'getclosurevars', 'unwrap'):
    globals()[_name] = _refused(_name)
del _name
