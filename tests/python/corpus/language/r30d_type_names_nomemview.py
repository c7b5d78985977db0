# type() names of iterators, views, descriptors and internals, without memoryview
import collections
import datetime
import decimal
import functools
import itertools
import re
import sys
import types


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


class K:
    __slots__ = ("a",)

    @property
    def p(self):
        return 1


c = coro()
objects = [None, ..., NotImplemented, len, [].append, str.upper, "".upper, K.p, K.a, K.__dict__, gen(), c, agen(),
           iter(""), iter("é"), iter(b""), iter([]), reversed([]), iter(()), iter({}), iter({}.values()), iter(set()),
           iter(range(1)), iter(lambda: 0, 1), {}.keys(), {}.items(), enumerate([]), zip(), map(len, []),
           filter(None, []), itertools.count(), collections.deque(), re.compile(""), decimal.Decimal(1),
           datetime.date(2020, 1, 1), functools.partial(len), sys, sys._getframe(), types.SimpleNamespace(),
           list[int], int | str, slice(1), int.__add__, (1).__add__, object.__init__,
           dict.fromkeys, type.__dict__["__dict__"], K.__init_subclass__]
for o in objects:
    print(type(o).__name__, end=" ")
print()
c.close()
