# Descriptors with __set_name__ building a mini ORM: column names, types and a schema
class Column:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner._columns = getattr(owner, "_columns", []) + [name]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

class User:
    id = Column(int)
    name = Column(str, "anon")
    score = Column(float, 0.0)

    def __repr__(self):
        return "User(" + ", ".join(f"{c}={getattr(self, c)!r}" for c in self._columns) + ")"

u = User()
print(u, User._columns)
u.id = 7
u.name = "kim"
print(u, User.name.kind)
try:
    u.score = 3
except TypeError as e:
    print("TypeError:", e)
print(vars(u))
