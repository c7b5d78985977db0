# Poking at the object model: __dict__ of classes, __qualname__ of nested things, __module__, vars() and type().
class Outer:
    """Docstring."""
    x = 1
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def meth(self): pass

print(Outer.Inner.__qualname__, Outer.Inner().method().__qualname__, Outer.meth.__qualname__)
print(Outer.__module__, Outer.__name__, Outer.__doc__, type(Outer.__dict__).__name__)
print(sorted(k for k in vars(Outer) if not k.startswith("__")), "__weakref__" in Outer.__dict__)
o = Outer()
o.y = 2
print(vars(o), o.__dict__ is vars(o), type(o) is o.__class__, type(type(o)), type(type))
print(Outer.__bases__, object.__bases__, Outer.__base__, bool.__mro__)
print(type(Outer.meth), type(o.meth), o.meth.__func__ is Outer.meth, o.meth == o.meth, o.meth is o.meth)
print(callable(Outer), callable(o), isinstance(Outer, type), issubclass(type, object), isinstance(object, type))
print(len.__module__, len.__qualname__, str.upper.__qualname__, type(str.upper).__name__, type("".upper).__name__)
print(int.__name__, Outer.__class__, Outer.Inner.__module__, (lambda: 0).__qualname__, (lambda: 0).__name__)
print([c.__name__ for c in Outer.__subclasses__()], object.__subclasses__ is not None, hasattr(o, "__dict__"))
Outer.z = 3
print(o.z, "z" in vars(o), o.__class__.__dict__["z"])
try:
    Outer.__dict__["w"] = 4
except TypeError as e:
    print("TypeError:", e)
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError:", e)
vars(5)
