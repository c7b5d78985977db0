# Creating classes with type(name, bases, dict): methods, __slots__, __init_subclass__ and __set_name__
class Field:
    def __set_name__(self, owner, name):
        print(f"  Field {name} set on {owner.__name__}")
        self.name = name

    def __get__(self, obj, cls=None):
        return f"<{self.name}>"


class Base:
    def __init_subclass__(cls, **kw):
        print(f"  subclass {cls.__name__} of Base, kw={kw}")
        super().__init_subclass__()


def init(self, v):
    self.v = v


Dyn = type("Dyn", (Base,), {"__init__": init, "f": Field(), "double": lambda self: self.v * 2, "__slots__": ("v",)})
d = Dyn(21)
print(d.double(), d.f, Dyn.__name__, Dyn.__bases__, Dyn.__module__, Dyn.__qualname__)
print(type(d).__mro__, hasattr(d, "__dict__"))
Tagged = type("Tagged", (Base,), {}, tag="x") if False else None
print(type("E", (), {})().__class__.__name__)
type("Bad", (1,), {})
