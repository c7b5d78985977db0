# functools.singledispatch to accept ints, strings and lists as input.
import asyncio
from functools import singledispatch


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


@singledispatch
async def compute(x):
    raise TypeError(f"cannot compute factorial of {type(x).__name__}")


@compute.register
async def _(x: int):
    return await factorial(x)


@compute.register
async def _(x: str):
    return await factorial(int(x))


@compute.register(list)
async def _(x):
    return await asyncio.gather(*map(compute, x))


async def main():
    print(await compute(5), await compute("6"), await compute([3, "4", [2]]))
    print(await compute(2.5))


asyncio.run(main())
