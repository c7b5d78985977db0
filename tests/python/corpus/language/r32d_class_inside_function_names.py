# Classes and functions defined inside functions: __qualname__, reprs of the class and of its errors
def make_model(fields):
    class Model:
        __slots__ = tuple(fields)

        def __init__(self, **kw):
            for f in self.__slots__:
                setattr(self, f, kw.get(f))

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__)
            return f"{type(self).__qualname__}({inner})"

    def helper():
        pass

    return Model, helper


User, helper = make_model(["name", "age"])
u = User(name="Ann", age=5)
print(u, User, User.__qualname__, User.__name__, helper.__qualname__)
print(type(u), User.__module__, make_model.__qualname__)
User.__name__ = "Person"
print(User, u)
u.email = "x"
