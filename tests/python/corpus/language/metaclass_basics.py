# Metaclasses: a singleton's __call__, a registry's __new__ and __init__, the class's dunders through its metaclass
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name, self.debug = name, debug
a, b = Config("app", debug=True), Config("other")
print(a is b, a.name, a.debug, type(Config).__name__, isinstance(Config, Singleton), isinstance(Config, type))
class Registry(type):
    names = []
    def __new__(mcs, name, bases, ns, **kw):
        ns.setdefault("tag", kw.get("tag", "none"))
        cls = super().__new__(mcs, name, bases, ns)
        mcs.names.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.registered = True
    def __iter__(cls): return iter(cls.items)
    def __len__(cls): return len(cls.items)
    def __getitem__(cls, i): return cls.items[i]
    def __contains__(cls, x): return x in cls.items
    def __repr__(cls): return f"<registry {cls.__name__}>"
    def __bool__(cls): return False
    def describe(cls): return f"{cls.__name__} holds {len(cls)}"
    @property
    def size(cls): return len(cls.items)
    def __getattr__(cls, name): return f"no {name}"
class Base(metaclass=Registry, tag="base"):
    items = [1, 2, 3]
class Child(Base):
    items = [4]
print(Registry.names, Base.tag, Child.tag, Child.registered)
print(list(Base), len(Base), Base[1], 2 in Base, 5 in Base, repr(Base), str(Child), f"{Child}", bool(Base))
print(Base.describe(), Child.size, Base.whatever, type(Child) is Registry, Child.__class__.__name__)
print([c.__name__ for c in Child.__mro__], [c.__name__ for c in Registry.__mro__])
try:
    Base().size
except AttributeError as e:
    print("AttributeError:", e)
