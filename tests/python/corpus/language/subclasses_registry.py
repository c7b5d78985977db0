# type.__subclasses__(): the direct subclasses made by class statements and
# type(), in the order they were made (it gave []), already inside
# __init_subclass__; a freed class leaves the list; a plugin registry walk.
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__, [c.__name__ for c in Plugin.__subclasses__()])

class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
class D(A, B): pass
print(Plugin.__subclasses__(), A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
del C
import gc; gc.collect()
print(A.__subclasses__())
E = type('E', (B,), {})
print(B.__subclasses__())
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
def all_subclasses(cls):
    return set(cls.__subclasses__()).union(s for c in cls.__subclasses__() for s in all_subclasses(c))
print(sorted(c.__name__ for c in all_subclasses(Plugin)))
print([c.__name__ for c in Shape.__subclasses__()])
class MyErr(ValueError): pass
print(MyErr in ValueError.__subclasses__())
