# python/lib/inspect.py
#
# The inspect module as asyncio programs and learners use it: the is*()
# predicates (iscoroutinefunction, isawaitable, ...), signature() with
# Signature, Parameter and BoundArguments (CPython's str(), repr() and
# bind() errors), getmembers, getmro, getdoc, cleandoc and unwrap.  Built-in functions have no signature here (ValueError "no
# signature found for builtin ...", where CPython reads its C functions'
# text signatures); frames (currentframe, stack, getframeinfo, ...; their
# positions refused by name); source files (getsource, ...) refused by name.  Compiled into a module when it is imported
# (modules.c, prelude_module).
import sys
import types as _types
from collections import OrderedDict as _OrderedDict
import functools as _functools
from collections import namedtuple as _namedtuple

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

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

# ---- predicates ---------------------------------------------------------

def ismodule(object):
    return isinstance(object, _types.ModuleType)

def isclass(object):
    return isinstance(object, type)

# A built-in classmethod bound to its class (int.from_bytes,
# C.__init_subclass__) is a method object around a built-in function here,
# where CPython's is a builtin method: the predicates answer as CPython's.
def ismethod(object):
    return isinstance(object, _types.MethodType) and not isinstance(object.__func__, _types.BuiltinFunctionType)

def isfunction(object):
    return isinstance(object, _types.FunctionType)

def isbuiltin(object):
    if isinstance(object, _types.MethodType):
        object = object.__func__
    return isinstance(object, _types.BuiltinFunctionType)

def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)

def iscode(object):
    return isinstance(object, _types.CodeType)

def istraceback(object):
    return isinstance(object, _types.TracebackType)

def isframe(object):
    return isinstance(object, _types.FrameType)

def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, _functools.partial):
        f = f.func
        while ismethod(f):
            f = f.__func__
    if not isfunction(f):
        return flag == CO_COROUTINE and _types._async_builtin(f)  # asyncio.sleep, a C function here
    return bool(f.__code__.co_flags & flag)

def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)

def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)

def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)

def isgenerator(object):
    # (asyncio.as_completed()'s iterator is a generator in CPython, C here)
    return isinstance(object, _types.GeneratorType) or (type(object).__name__ == 'generator' and type(object).__module__ == 'builtins')

def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)

def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)

def isawaitable(object):
    return (isinstance(object, _types.CoroutineType) or hasattr(type(object), '__await__')
            or isinstance(object, _types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))

def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', False))

# ---- members, docs, wrappers -----------------------------------------------

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

def getmro(cls):
    return cls.__mro__

def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
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
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)

def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f

# ---- signatures -------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""

class _void:
    """A private marker - used in Parameter & Signature."""

class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description
    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'
    def __str__(self):
        return self.name
    def __int__(self):
        return self.value
    __index__ = __int__
    def __hash__(self):
        return hash(self.value)
    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        if isinstance(other, int):
            return self.value == other
        return NotImplemented
    def __lt__(self, other):
        return self.value < int(other)
    def __le__(self, other):
        return self.value <= int(other)
    def __gt__(self, other):
        return self.value > int(other)
    def __ge__(self, other):
        return self.value >= int(other)

_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)

def formatannotation(annotation, base_module=None):
    # (typing's forms are GenericAlias objects here, their repr 'typing.X[...]')
    if getattr(annotation, '__module__', None) == 'typing' or \
            (isinstance(annotation, _types.GenericAlias) and repr(annotation).startswith('typing.')):
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
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
        if isinstance(kind, int) and not isinstance(kind, _ParameterKind) and 0 <= kind < 5:
            kind = _KINDS[kind]
        if not isinstance(kind, _ParameterKind):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name
    @property
    def kind(self):
        return self._kind
    @property
    def default(self):
        return self._default
    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = f'{formatted}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = f'{formatted} = {self._default!r}'
            else:
                formatted = f'{formatted}={self._default!r}'
        if kind is _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind is _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = [f'{arg}={value!r}' for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                if __validate_parameters__:
                    if param.kind < kind:
                        raise ValueError(f'wrong parameter order: {kind.description} parameter before '
                                         f'{param.kind.description} parameter')
                    if param.kind > _POSITIONAL_OR_KEYWORD:
                        seen_default = False
                    elif param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                    if param.name in params:
                        raise ValueError(f'duplicate parameter name: {param.name!r}')
                kind = param.kind
                params[param.name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_from_callable(obj, cls, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword') from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            raise TypeError(f'missing a required argument: {param.name!r}') from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(f'multiple values for argument {param.name!r}') from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in [*parameters_ex, *parameters]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError(f'missing a required argument: {param_name!r}') from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword') from None
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
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
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(arg_names[:pos_count]):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    n = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[n]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in arg_names[pos_count:pos_count + keyword_only_count]:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[n + (1 if code.co_flags & CO_VARARGS else 0)]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)

def _signature_drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)

def _signature_from_partial(sig, partial):
    old_params = sig.parameters
    new_params = _OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        ba = sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from None
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return sig.replace(parameters=new_params.values())

def _user_method(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            value = base.__dict__[name]
            if isinstance(value, staticmethod):
                value = value.__func__
            if isfunction(value):
                return value
            return None
    return None

def _signature_from_callable(obj, cls, follow_wrapped):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if ismethod(obj) and isbuiltin(obj.__func__):
        # a C function bound to a type (dict.fromkeys): CPython's, by the class's name
        sig = _signature_from_docs(cls, obj)
        if sig is not None:
            return sig
    if ismethod(obj):
        sig = _signature_from_callable(obj.__func__, cls, follow_wrapped)
        return _signature_drop_first(sig)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_from_callable(obj, cls, follow_wrapped)
    sig = getattr(obj, '__signature__', None) if not isinstance(obj, type) else obj.__dict__.get('__signature__')
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
        return sig
    if _of_library(obj):
        sig = _signature_from_docs(cls, obj)
        if sig is not None:
            return sig
    if isfunction(obj):
        return _signature_from_function(cls, obj)
    if isinstance(obj, _functools.partial):
        sig = _signature_from_callable(obj.func, cls, follow_wrapped)
        return _signature_from_partial(sig, obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if '__new__' in base.__dict__ or '__init__' in base.__dict__:
                name = '__new__' if '__new__' in base.__dict__ else '__init__'
                method = _user_method(base, name)
                if method is None:
                    break
                return _signature_drop_first(_signature_from_function(cls, method))
        if all(b is object or not _is_builtin_class(b) for b in obj.__mro__):
            return cls([])
        raise ValueError(f'no signature found for builtin type {obj!r}')
    if isbuiltin(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _signature_drop_first(_signature_from_function(cls, call))
    raise ValueError(f'callable {obj!r} is not supported by signature')

def _of_library(obj):
    # C here, or the library's Python (not the program's)
    if isbuiltin(obj):
        return True
    if isinstance(obj, type):
        return obj.__module__ not in ('__main__', 'builtins') or not _is_heap(obj)
    code = getattr(obj, '__code__', None) if isfunction(obj) else None
    name = code.co_filename if code is not None else ''
    return (name == '<asyncio>' or name.startswith('<frozen ')) and obj.__module__ != '__main__'

def _is_heap(cls):
    return '__module__' in cls.__dict__

def _signature_from_docs(cls, obj):
    # CPython's signature of what is C here or the library's Python
    # (_docs: python/tools/gen_docs.py), or None to make it here
    try:
        import _docs
        params = _docs.params(obj)
    except ImportError:
        return None
    if params is None:
        return None
    if params == 'invalid':
        raise ValueError(f'{obj!r} builtin has invalid signature')
    if params is False:
        raise ValueError(f'no signature found for builtin type {obj!r}' if isinstance(obj, type)
                         else f'no signature found for builtin {obj!r}')
    owner = getattr(obj, '__self__', None)
    if owner is not None and not isinstance(owner, type) and type(owner).__name__ != 'module':
        params = params[1:]  # bound to an instance: its self
    return cls([Parameter(name, _KINDS[kind], default=_empty if default is _docs.EMPTY else default)
                for name, kind, default in params], __validate_parameters__=False)

def _is_builtin_class(c):
    return c.__module__ == 'builtins'

def signature(obj, *, follow_wrapped=True):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)

# ---- refused by name -----------------------------------------------------------

def _refused(name, what):
    def f(*args, **kwargs):
        raise NotImplementedError(f"inspect.{name}() ({what}) is not supported by casyncio's Python")
    f.__name__ = f.__qualname__ = name
    return f

def currentframe():
    return sys._getframe(1) if hasattr(sys, "_getframe") else None

# ---- frames ----------------------------------------------------------------

_Traceback = _namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfo = _namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


def _positions(self):
    raise NotImplementedError("the positions of a frame's line (columns) are not supported by casyncio's Python")


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        return super().__new__(cls, filename, lineno, function, code_context, index)
    positions = property(_positions)
    __repr__ = _positions


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        return super().__new__(cls, frame, filename, lineno, function, code_context, index)
    positions = property(_positions)
    __repr__ = _positions


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    code = frame.f_code
    lines = index = None
    if context > 0:
        from traceback import _source_lines
        source = _source_lines(code)
        if source:
            start = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(code.co_filename, lineno, code.co_name, lines, index)


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        # casyncio's asyncio stands for CPython's library, left out as a traceback's reader leaves it
        if frame.f_code.co_filename != '<asyncio>':
            framelist.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        framelist.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)
# ---- source ---------------------------------------------------------------
# The program's own functions' source (a module's text, a def's, a lambda's
# line), as CPython's inspect reads it from its file: from the first
# decorator to the def's last line, and the comments after it indented as
# its body (CPython's BlockFinder).  A class's, and the library's, are
# refused by name.

def _code_of(obj, name):
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj
    if isclass(obj):
        from traceback import _class_code
        code = _class_code(obj)
        if code is None:
            if obj.__module__ == 'builtins':
                raise TypeError('{!r} is a built-in class'.format(obj))
            if obj.__module__ == '__main__':  # made by type(): CPython's ast finds no class statement
                raise OSError('could not find class definition')
            raise NotImplementedError(f"inspect.{name}() of the library's classes is not supported by casyncio's Python")
        return code
    if ismodule(obj):
        return None
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(obj).__name__))

def getfile(obj):
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    return _code_of(obj, 'getfile').co_filename

def getsourcefile(obj):
    name = getfile(obj)
    return None if name.startswith('<') and name.endswith('>') else name

def findsource(obj):
    return _findsource(obj, 'findsource')

def _findsource(obj, name):
    from traceback import _source_lines
    code = _code_of(unwrap(obj) if isfunction(obj) else obj, name)
    if code is None:  # a module: the program's own, whose frame is the outermost
        import sys
        if obj is not sys.modules.get('__main__'):
            raise NotImplementedError(f"inspect.{name}() of a library module is not supported by casyncio's Python")
        f = sys._getframe(0)
        while f.f_back is not None:
            f = f.f_back
        code = f.f_code
    if code.co_filename == '<asyncio>' or code.co_filename.startswith('<frozen '):
        raise NotImplementedError(f"inspect.{name}() of the library's code is not supported by casyncio's Python")
    lines = _source_lines(code)
    if not lines:
        raise OSError('could not get source code')
    if code.co_name == '<module>':
        return lines, 0
    return lines, code.co_firstlineno - 1

def _indent(line):
    return len(line) - len(line.lstrip())

def getsourcelines(obj):
    return _getsourcelines(obj, 'getsourcelines')

def _getsourcelines(obj, name):
    from traceback import _code_end
    obj = unwrap(obj) if isfunction(obj) else obj
    lines, lnum = _findsource(obj, name)
    code = _code_of(obj, name)
    if code is None or code.co_name == '<module>':
        return lines, 0
    end = _code_end(code)
    if end <= lnum:
        raise OSError('could not get source code')
    # the def's own line (after its decorators), and its body's indentation
    # (the least of its statements' lines, continuation lines aside)
    top = lnum
    while top < end - 1 and lines[top].lstrip().startswith('@'):
        top += 1
    while top < end - 1 and not lines[top].lstrip().startswith(('def ', 'async ', 'class ', 'lambda', '@')) and \
            'lambda' not in lines[top]:
        top += 1
    body = min((_indent(l) for l in lines[top + 1:end]
                if l.strip() and not l.lstrip().startswith('#') and _indent(l) > _indent(lines[top])), default=None)
    # CPython's BlockFinder: the comments after the last statement indented
    # as far as the body go with it
    if body is not None:
        for i in range(end, len(lines)):
            s = lines[i].strip()
            if not s:
                continue
            if not s.startswith('#'):
                break
            if _indent(lines[i]) >= body:
                end = i + 1
    return lines[lnum:end], lnum + 1

def getsource(obj):
    lines, lnum = _getsourcelines(obj, 'getsource')
    return ''.join(lines)

for _name in ('getcomments', 'getblock'):
    globals()[_name] = _refused(_name, 'source files')
for _name in ('getcallargs', 'getfullargspec', 'getargvalues'):
    globals()[_name] = _refused(_name, 'use inspect.signature()')
def _finished(frame_attr, obj):
    # gi_frame/cr_frame: None once finished, as CPython's; a live one is a
    # frame object, which casyncio's Python refuses (not finished, then)
    try:
        return getattr(obj, frame_attr) is None
    except NotImplementedError:
        return False

def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if _finished('gi_frame', generator):
        return GEN_CLOSED
    return GEN_CREATED

def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if _finished('cr_frame', coroutine):
        return CORO_CLOSED
    return CORO_CREATED

for _name in ('getcoroutinelocals', 'getgeneratorlocals',
              'getattr_static', 'getclosurevars', 'getmodule'):
    globals()[_name] = _refused(_name, 'not in casyncio\'s inspect')
del _name
