# inspect: signatures, parameters, kinds, getsource-free introspection, members and isX checks
import inspect


def greet(name: str, /, greeting="hello", *args, punct: str = "!", **kw) -> str:
    """Say hi."""
    return f"{greeting} {name}{punct}"


sig = inspect.signature(greet)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation, inspect.getdoc(greet))
b = sig.bind("Al", "hey", punct="?")
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)


class Shape:
    sides = 0

    def area(self):
        return 0

    @staticmethod
    def unit():
        return Shape()


print(inspect.isclass(Shape), inspect.isfunction(Shape.area), inspect.ismethod(Shape().area))
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)], inspect.getmro(bool))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(greet))
print(inspect.signature(lambda a, b=2, *, c: 0), inspect.signature(Shape))
sig.bind()
