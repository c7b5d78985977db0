# Metaclasses: __prepare__, a function as metaclass, type() with three arguments, type.__new__'s checks
class Registry(type):
    def __iter__(cls): return iter(cls.items)
class Base(metaclass=Registry):
    items = [1, 2]
Point = type("Point", (), {"x": 1, "show": lambda self: f"P({self.x})"})
print(Point, Point().show(), Point.__module__, Point.__name__)
Sub = type("Sub", (Base,), {"items": [9, 9]})
print(type(Sub).__name__, list(Sub), type(Sub) is Registry)
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"preset": 10}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class Uses(metaclass=Ordered, flag=1):
    y = preset + 1
    def who(self): return __class__.__name__
print(Uses.y, Uses().who())
def function_meta(name, bases, ns):
    return f"made {name} with {sorted(k for k in ns if not k.startswith('__'))}"
class NotAClass(metaclass=function_meta):
    a = 1
print(NotAClass)
for args in [(1,), ("X", 1, {}), ("X", (), 1)]:
    try:
        type(*args) if len(args) == 3 else Registry(*args)
    except TypeError as e:
        print("TypeError:", e)
class Init(type):
    def __init__(cls, name, bases, ns):
        print("init", name, sorted(ns))
        super().__init__(name, bases, ns)
Dyn = Init("Dyn", (), {"v": 2, "__module__": "m"})
print(Dyn.v, Dyn.__module__, type(Dyn).__name__, Init.__prepare__("x", ()))
class Hooked:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
T = type("T", (Hooked,), {}, colour="red")
for args, kw in [((), {}), (("X",), {"q": 1}), (("X", (), {}), {"q": 1})]:
    try:
        print(type.__init__(Dyn, *args, **kw))
    except TypeError as e:
        print("TypeError:", e)
