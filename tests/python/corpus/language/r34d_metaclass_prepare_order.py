# A metaclass with __prepare__ recording definition order and rejecting duplicate method names
class NoDupDict(dict):
    def __setitem__(self, key, value):
        if key in self and callable(value) and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)

class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return NoDupDict()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Model(metaclass=Strict, table="models"):
    b = 1
    a = 2
    def save(self):
        pass

print(Model._order, type(Model).__name__, type(Model.__dict__).__name__)
try:
    class Bad(metaclass=Strict):
        def run(self):
            return 1
        def run(self):
            return 2
except TypeError as e:
    print("TypeError:", e)
