# Metaclass hooks: __prepare__ with an ordered record, __instancecheck__, __call__ and __subclasses__
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls

    def __call__(cls, *args, **kw):
        print(f"  creating {cls.__name__}{args}")
        return super().__call__(*args, **kw)

    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack") or type.__instancecheck__(cls, obj)


class Duck(metaclass=Meta):
    b = 1
    a = 2

    def quack(self):
        return "quack"

    z = 3


class Mallard(Duck):
    pass


class Robot:
    quack = None


print(Duck._order, Mallard._order)
m = Mallard()
print(isinstance(m, Duck), isinstance(Robot(), Duck), isinstance(5, Duck))
print([c.__name__ for c in Duck.__subclasses__()], type(Mallard).__name__)
print(Meta.__prepare__("X", ()).order)
