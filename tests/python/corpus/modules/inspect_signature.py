# inspect.signature: the signatures of the usual callables (functions,
# methods, classes, dataclasses, partials), Parameter's kinds and bind()'s
# errors
import functools
import inspect
from dataclasses import dataclass, field


def report(a, b=2, /, c=3, *rest, d, e='x', **extra):
    pass


class Job:
    def __init__(self, name, priority=0):
        self.name = name

    def run(self, times=1):
        pass

    def __call__(self, x, *, y=None):
        pass


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


class Empty:
    pass


def main():
    sig = inspect.signature(report)
    print(sig)
    print(repr(sig))
    for name, p in sig.parameters.items():
        print(f'  {name:6} {p.kind!s:22} {p.kind.description:22} default={p.default!r} {p!r}')
    print(p.kind == inspect.Parameter.VAR_KEYWORD, p.default is inspect.Parameter.empty)
    b = sig.bind(1, d=4, z=9)
    print(b, b.args, b.kwargs)
    b.apply_defaults()
    print(b)
    for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4, 5), {'d': 0}), ((1,), {'a': 1, 'd': 0}),
                         ((1,), {'c': 1, 'd': 0})]:
        try:
            print(sig.bind(*args, **kwargs))
        except TypeError as e:
            print('TypeError:', e)
    print(inspect.signature(Job), inspect.signature(Job('j').run), inspect.signature(Job.run))
    print(inspect.signature(Job('j')), inspect.signature(Point), inspect.signature(Empty))
    print(inspect.signature(lambda *args, **kwargs: None), inspect.signature(functools.partial(report, 1, 2, d=0)))
    try:
        inspect.signature(42)
    except TypeError as e:
        print('TypeError:', e)

main()
