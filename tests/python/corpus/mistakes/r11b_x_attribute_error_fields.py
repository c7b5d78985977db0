# AttributeError's and NameError's fields: name and obj, given, set or None.
for e in [AttributeError("plain"), AttributeError("x", name="x", obj=[1]), NameError("n", name="n")]:
    print(repr(e), e.name, getattr(e, "obj", "(no obj)"))
try:
    AttributeError("x", nam="x")
except TypeError as t:
    print("TypeError:", t)
class Shape:
    @property
    def area(self):
        raise AttributeError("area is not known yet")
    def ares(self):
        return 0
try:
    Shape().area
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
try:
    [].push
except AttributeError as e:
    print(e, "|", e.name, e.obj)
try:
    missing_name
except NameError as e:
    print(e, "|", e.name)
print(Shape().area)
