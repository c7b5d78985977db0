# Stacking @classmethod over @property (works in 3.11, deprecated), and a class-level cached value
class Config:
    _registry = {"a": 1, "b": 2}

    @classmethod
    @property
    def keys(cls):
        return sorted(cls._registry)

    @classmethod
    def count(cls):
        return len(cls._registry)


class Sub(Config):
    _registry = {"z": 26}


print(Config.keys, Sub.keys, Config().keys, Config.count(), Sub.count())
print(type(Config.__dict__["keys"]).__name__)


class Lazy:
    _value = None

    @classmethod
    def value(cls):
        if cls._value is None:
            print("  computing once")
            cls._value = 42
        return cls._value


print(Lazy.value(), Lazy.value(), Lazy._value)
print(Config.keys())
