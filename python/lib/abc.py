# python/lib/abc.py
#
# The abc module's ABC and abstractmethod, as a learner uses them: a class
# deriving from ABC cannot be instantiated while a method marked
# @abstractmethod is left without an implementation, with CPython's message
# ("Can't instantiate abstract class Shape with abstract methods area,
# perimeter").  CPython computes __abstractmethods__ when the class is made
# (ABCMeta); without metaclasses this module looks at instantiation, and
# __init_subclass__ sets __abstractmethods__.  ABCMeta, register and
# virtual subclasses are not here.
#
# Built into the interpreter as the C string abc_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj
def _abstracts(cls):
    names = set()
    for klass in cls.__mro__:
        for name in vars(klass):
            names.add(name)
    return sorted(name for name in names
                  if getattr(getattr(cls, name, None), "__isabstractmethod__", False))
class ABC:
    __abstractmethods__ = frozenset()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = frozenset(_abstracts(cls))
    def __new__(cls, *args, **kwargs):
        missing = _abstracts(cls)
        if missing:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(missing) > 1 else "", ", ".join(missing)))
        return object.__new__(cls)
def ABCMeta(*args, **kwargs):
    raise NotImplementedError("abc.ABCMeta (metaclasses) is not supported by casyncio's Python: derive from abc.ABC")
