# python/lib/abc.py
#
# The abc module's ABCMeta, ABC and abstractmethod, as a learner uses them:
# a class whose metaclass is ABCMeta (deriving from ABC, or
# `metaclass=ABCMeta`) cannot be instantiated while a method marked
# @abstractmethod is left without an implementation, with CPython's message
# ("Can't instantiate abstract class Shape with abstract methods area,
# perimeter").  ABCMeta computes __abstractmethods__ when the class is made,
# after type.__new__ (and so after __init_subclass__), as CPython's; setting
# it marks the class, which object.__new__ then refuses (object.c).
# update_abstractmethods() computes them again.  register() makes virtual
# subclasses (its __instancecheck__ and __subclasscheck__, which asks
# __subclasshook__ first and walks __subclasses__() last, as CPython's).
#
# Built into the interpreter as the C string abc_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj
def _abstract(value):
    if isinstance(value, property):
        return any(_abstract(f) for f in (value.fget, value.fset, value.fdel))
    return getattr(value, "__isabstractmethod__", False)
def _abstracts(cls):
    names = set()
    for klass in cls.__mro__:
        for name in vars(klass):
            names.add(name)
    return sorted(name for name in names if _abstract(getattr(cls, name, None)))
class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstracts(cls))
        cls._abc_registry = []
        return cls
    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass
    def __instancecheck__(cls, instance):
        return super().__instancecheck__(instance) or cls.__subclasscheck__(type(instance))
    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        # as CPython's _abc_subclasscheck: the class's __subclasshook__ first
        # (collections.abc's recognise a class by its methods), then the MRO,
        # the classes registered with it, and its subclasses' checks
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                if not isinstance(ok, bool):
                    raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
                return ok
        if super().__subclasscheck__(subclass):
            return True
        if any(issubclass(subclass, r) for r in cls._abc_registry):
            return True
        return any(issubclass(subclass, s) for s in cls.__subclasses__())
class ABC(metaclass=ABCMeta):
    pass
def update_abstractmethods(cls):
    # CPython's (3.10): __abstractmethods__ computed again, after a class
    # decorator or an assignment made or filled in an abstract method
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
