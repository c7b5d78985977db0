# I wrote my own async factorial and then did "from math import *", which replaced it.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

from math import *


async def main():
    print("sqrt(16) =", sqrt(16))
    print("5! =", await factorial(5))


asyncio.run(main())
