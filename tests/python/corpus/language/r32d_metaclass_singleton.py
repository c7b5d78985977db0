# A metaclass that makes singletons and counts instances, plus type() to build a class
class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        self.env = env


a = Config("prod")
b = Config("test")
print(a is b, a.env, type(Config).__name__, type(type), isinstance(Config, SingletonMeta))
Point = type("Point", (object,), {"x": 0, "show": lambda self: f"P{self.x}"})
p = Point()
p.x = 3
print(p.show(), Point.__name__, Point.__bases__, Point.__qualname__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.upper()
        return super().__new__(mcls, name, bases, ns)


class Thing(metaclass=Meta):
    pass


print(Thing.tag, type(Thing).__name__, Thing.__class__.__mro__)
class Mixed(Config, Thing):
    pass
