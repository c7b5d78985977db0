# A mini ORM with descriptors that learn their names through __set_name__ and validate values.
class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"

class Model:
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise AttributeError(f"unknown field {k!r}")
            setattr(self, k, v)
    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({body})"

class Book(Model):
    title = Field(str, "")
    pages = Field(int, 0)
    price = Field(float)

b = Book(title="Dune", pages=412)
print(b, Book._fields, Book.title, vars(b))
b.price = 9.99
print(b)
for bad in ({"pages": "many"}, {"author": "x"}):
    try:
        Book(**bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def late(owner, name): print("never")
f = Field(int)
print(hasattr(f, "name"))
Book.extra = f
print(hasattr(f, "name"))
b.extra = 5
