# A metaclass that records definition order via __prepare__, auto-registers and adds a __repr__.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    registry = {}
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name} kw={kw}")
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        mcls.registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __repr__(cls):
        return f"<model {cls.__name__} {cls._order}>"
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)

class Base(metaclass=Meta):
    pass

class Order(Base, table="orders"):
    id = 1
    customer = "x"
    def total(self): return 0
    amount = 2.5

print(Order, Base, type(Order).__name__, sorted(Meta.registry))
o = Order()
print(type(o).__name__, isinstance(Order, Meta), Order.__class__.__mro__)
class Other(type): pass
class X(metaclass=Other): pass
class Y(Base, X): pass
