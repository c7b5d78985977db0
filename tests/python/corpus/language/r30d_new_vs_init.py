# __new__ versus __init__: caching instances, returning another type skips __init__, argument errors
class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            print(f"  new {key}")
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]

    def __init__(self, name):
        print(f"  init {name}")
        self.name = name


a, b = Color("Red"), Color("RED")
print(a is b, a.name, len(Color._cache))


class Weird:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never runs")


print(Weird(21), type(Weird("ab")).__name__)


class Plain:
    pass


for f in [lambda: Plain(1), lambda: object.__new__(Plain, 1), lambda: object(1), lambda: Color()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class OnlyInit:
    def __init__(self, a):
        self.a = a


print(OnlyInit.__new__(OnlyInit).__dict__, object.__new__(OnlyInit, 1).__dict__)
OnlyInit()
