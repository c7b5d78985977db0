# Which built-in types count as which collections.abc interfaces.
import collections.abc as cabc

samples = {
    "list": [], "tuple": (), "str": "", "bytes": b"", "dict": {}, "set": set(),
    "frozenset": frozenset(), "range": range(1), "keys": {}.keys(), "items": {}.items(),
    "values": {}.values(), "gen": (x for x in ()), "iter": iter([]), "int": 1,
}
abcs = [cabc.Iterable, cabc.Iterator, cabc.Sequence, cabc.MutableSequence, cabc.Set,
        cabc.Mapping, cabc.Hashable, cabc.Sized, cabc.Reversible, cabc.Collection]
print(" " * 10 + " ".join(a.__name__[:4] for a in abcs))
for name, obj in samples.items():
    print(f"{name:10}" + " ".join(f"{'Y' if isinstance(obj, a) else '.':>4}" for a in abcs))
print(isinstance(len, cabc.Callable), issubclass(type(None), cabc.Hashable))
async def co(): pass
c = co()
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(co, cabc.Callable))
c.close()
class OnlyIter:
    def __iter__(self): return iter([])
print(isinstance(OnlyIter(), cabc.Iterable), isinstance(OnlyIter(), cabc.Collection))
print(cabc.Sequence.__abstractmethods__ == frozenset({"__getitem__", "__len__"}))
