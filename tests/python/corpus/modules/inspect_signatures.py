import asyncio
import inspect
from typing import List, Optional

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
def g(name: str, count: int = 1, *, tags: Optional[List[str]] = None) -> List[str]: pass
async def factorial(name: str, number: int) -> int:
    return 1
async def agen():
    yield 1
def gen():
    yield 1
class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        """Move the point.

        Returns nothing.
        """
class Plain:
    pass
for fn in (f, g, factorial, Point, Point(1).move, Point.move, Plain, lambda x, *a: x):
    sig = inspect.signature(fn)
    print(sig, repr(sig) if fn is f else '', list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
p = inspect.signature(g).parameters['count']
print(p, repr(p), p.name, p.default, p.annotation, p.kind, repr(p.kind), p.kind.description, p.kind == inspect.Parameter.POSITIONAL_OR_KEYWORD)
print([p.kind.name for p in inspect.signature(f).parameters.values()])
print(inspect.iscoroutinefunction(factorial), inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(agen),
      inspect.isgeneratorfunction(gen), inspect.isfunction(f), inspect.isclass(Point), inspect.ismethod(Point(1).move),
      inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(asyncio))
c = factorial('a', 1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgenerator(gen()), inspect.isasyncgen(agen()))
c.close()
print(repr(inspect.getdoc(Point.move)), inspect.cleandoc('  a\n    b\n  c'))
print([name for name, _ in inspect.getmembers(Point, inspect.isfunction)])
print(asyncio.run(factorial('x', 5)), factorial.__code__.co_argcount, factorial.__code__.co_varnames[:2])
try:
    inspect.signature(5)
except TypeError as e:
    print('TypeError:', e)
