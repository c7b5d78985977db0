# Class decorators: registering classes, adding a method, and wrapping __init__ to count instances
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def add_describe(cls):
    def describe(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.describe = describe
    return cls


def counted(cls):
    original = cls.__init__

    def __init__(self, *a, **kw):
        cls.instances = getattr(cls, "instances", 0) + 1
        original(self, *a, **kw)
    cls.__init__ = __init__
    return cls


@register
@add_describe
@counted
class User:
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin


u = User("ann")
User("bob", admin=True)
print(u.describe(), User.instances, registry, User.__init__.__qualname__)
print(registry["user"]("cy").describe(), User.instances)


@register
def not_a_class():
    pass


print(sorted(registry))
registry["not_a_class"].describe()
