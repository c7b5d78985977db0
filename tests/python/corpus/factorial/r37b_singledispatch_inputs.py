# functools.singledispatch converts each kind of input before the async factorial runs.
import asyncio
from functools import singledispatch
from decimal import Decimal


@singledispatch
def to_n(x):
    raise TypeError(f"unsupported input type: {type(x).__name__}")


@to_n.register
def _(x: int):
    return x


@to_n.register
def _(x: str):
    return int(x.strip())


@to_n.register(float)
@to_n.register(Decimal)
def _(x):
    if x != int(x):
        raise ValueError(f"{x} is not a whole number")
    return int(x)


async def factorial(x):
    n = to_n(x)
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


async def main():
    inputs = [4, " 5 ", 6.0, Decimal("3"), 2.5, [1], True]
    for x, out in zip(inputs, await asyncio.gather(*map(factorial, inputs), return_exceptions=True)):
        print(f"{x!r:>14} -> {out!r}")
    print(sorted(t.__name__ for t in to_n.registry))


asyncio.run(main())
