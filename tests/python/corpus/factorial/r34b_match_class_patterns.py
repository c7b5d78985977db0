# Use match with class patterns to report each kind of result from gather(return_exceptions=True).
import asyncio
from dataclasses import dataclass


@dataclass
class Ok:
    n: int
    value: int


async def fact(n):
    await asyncio.sleep(0.01)
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(n)
    v = 1
    for i in range(2, n + 1):
        v *= i
    return Ok(n, v)


async def main():
    inputs = [4, -2, "6", 10, 2.5]
    for item in await asyncio.gather(*map(fact, inputs), return_exceptions=True):
        match item:
            case Ok(n=n, value=v) if v > 1000:
                print(f"big: {n}! = {v:,}")
            case Ok(n, v):
                print(f"small: {n}! = {v}")
            case ValueError(args=(bad,)):
                print("negative input:", bad)
            case TypeError() as err:
                print("type problem:", err)


asyncio.run(main())
