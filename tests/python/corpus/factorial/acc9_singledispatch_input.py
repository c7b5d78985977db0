# functools.singledispatch to accept an int, a string, a list or a range of numbers.
import asyncio
from functools import singledispatch

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r

@singledispatch
def numbers(arg):
    raise TypeError(f"cannot take numbers from {type(arg).__name__}")

@numbers.register
def _(arg: int):
    return [arg]

@numbers.register
def _(arg: str):
    return [int(x) for x in arg.replace(",", " ").split()]

@numbers.register(list)
@numbers.register(range)
def _(arg):
    return [m for x in arg for m in numbers(x)]

async def main():
    for arg in [5, "3, 4 6", [1, "2 3", range(4, 6)], range(3)]:
        ns = numbers(arg)
        print(repr(arg), ns, await asyncio.gather(*map(factorial, ns)))
    print(numbers.dispatch(bool).__name__, sorted(t.__name__ for t in numbers.registry))
    numbers(2.5)

asyncio.run(main())
