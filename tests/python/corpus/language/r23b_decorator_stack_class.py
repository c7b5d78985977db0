import functools

def bold(f):
    @functools.wraps(f)
    def w(*a):
        return "<b>" + f(*a) + "</b>"
    return w

def italic(f):
    @functools.wraps(f)
    def w(*a):
        return "<i>" + f(*a) + "</i>"
    return w

@bold
@italic
def greet(name):
    return f"hello {name}"
print(greet("bob"))

registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

print(registry, User.registered)
print(User("amy"), [User("z", True)])

