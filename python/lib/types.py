# python/lib/types.py
#
# The types module: the names of the interpreter's own types (FunctionType,
# MethodType, CoroutineType, ...: each the type of such an object, so
# isinstance works as in CPython, and MethodType(func, obj) binds by hand),
# SimpleNamespace, coroutine (eval.c awaits the generators it marks), and
# new_class and the rest refused by name.
# Compiled into a module when it is imported (modules.c, prelude_module).
import sys as _sys

def _f():
    pass
async def _c():
    pass
def _g():
    yield
async def _ag():
    yield
class _C:
    def _m(self):
        pass

FunctionType = type(_f)
LambdaType = type(_f)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
ModuleType = type(_sys)
GeneratorType = type(_g())
_co = _c()
CoroutineType = type(_co)
_co.close()
AsyncGeneratorType = type(_ag())
GenericAlias = type(list[int])
UnionType = type(int | str)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__)
class _S:
    __slots__ = ('_s',)
MemberDescriptorType = type(_S._s)
del _S
FrameType = type(_sys._getframe())
TracebackType = _traceback_type()  # (an exception caught here has no traceback: the frozen frames are left out)
del _traceback_type
del _f, _c, _g, _ag, _C, _co


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f'{name}(...)'
        _repr_running.add(id(self))
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

_dotted(SimpleNamespace)  # 'types.SimpleNamespace' in messages, as CPython's C type
_repr_running = set()


def _refused(name, what):
    def f(*args, **kwargs):
        raise NotImplementedError(f"types.{name}() ({what}) is not supported by casyncio's Python")
    f.__name__ = name
    return f

new_class = _refused('new_class', 'classes made by a call')
prepare_class = _refused('prepare_class', 'classes made by a call')
resolve_bases = _refused('resolve_bases', 'classes made by a call')

def coroutine(func):
    # CPython's: a generator function's code marked CO_ITERABLE_COROUTINE (its
    # generators are awaitable and may 'yield from' a coroutine); any other
    # callable wrapped, what it returns passed through
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if _iterable_coroutine(func):
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is GeneratorType and not coro.gi_code.co_flags & 0x100:
            raise NotImplementedError("types.coroutine() of a function that returns a generator (a generator-based "
                                      "coroutine: write 'async def') is not supported by casyncio's Python")
        return coro
    return wrapped
