# Classifying a class's members with inspect: functions, methods, properties, class/static methods.
import inspect

class Shape:
    """A shape."""
    sides = 0
    def __init__(self, name): self.name = name
    def area(self): return 0
    @property
    def label(self): return self.name.title()
    @classmethod
    def unit(cls): return cls("unit")
    @staticmethod
    def helper(x): return x
    async def render(self): return "<svg/>"
    def gen(self): yield 1

for name, value in inspect.getmembers(Shape, lambda v: not (inspect.isroutine(v) and v.__name__.startswith("__"))):
    if name.startswith("__"):
        continue
    kind = inspect.getattr_static(Shape, name)
    print(f"{name:8}{type(kind).__name__:14}{inspect.isfunction(value)!s:6}{inspect.ismethod(value)!s:6}")
s = Shape("sq")
print(inspect.ismethod(s.area), inspect.iscoroutinefunction(Shape.render), inspect.isgeneratorfunction(s.gen))
print(inspect.isclass(Shape), inspect.getdoc(Shape), inspect.getmodule(Shape).__name__)
print(inspect.signature(Shape), inspect.signature(Shape.unit), inspect.signature(s.area))
print(inspect.getmro(Shape), inspect.isabstract(Shape), inspect.isdatadescriptor(Shape.label))
print(sorted(inspect.getmembers(s, inspect.ismethod))[0][0], [n for n, _ in inspect.getmembers(s) if n in ("name", "sides")])
print(inspect.cleandoc("""
      First line.
        indented
      last
"""))
print(inspect.getattr_static(s, "label").fget.__qualname__, inspect.unwrap(len) is len)
print(inspect.isbuiltin(len), inspect.isroutine(s.helper), inspect.getfullargspec(Shape.helper).args)
