# functools.singledispatch chooses how to turn each input into an int before the factorial.
import asyncio
from functools import singledispatch


@singledispatch
def to_int(value):
    raise TypeError(f"cannot take the factorial of {type(value).__name__}")


@to_int.register
def _(value: int):
    return value


@to_int.register
def _(value: str):
    return int(value.strip())


@to_int.register(float)
def _(value):
    if not value.is_integer():
        raise ValueError(f"{value} is not whole")
    return int(value)


async def factorial(x):
    n = to_int(x)
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r


async def main():
    for x in [4, " 5 ", 6.0, 2.5, [3], "abc"]:
        try:
            print(repr(x), await factorial(x))
        except (TypeError, ValueError) as e:
            print(repr(x), "error:", e)


asyncio.run(main())
