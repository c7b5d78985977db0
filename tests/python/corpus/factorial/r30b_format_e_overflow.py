# Scientific notation for big factorials: fine for 100!, but 200! overflows a float.
import asyncio
import math
from decimal import Decimal


async def factorial(n):
    await asyncio.sleep(0)
    return math.factorial(n)


async def main():
    for n in [20, 100, 170]:
        v = await factorial(n)
        print(f"{n}! ~ {v:e} ~ {v:.3E} ~ {Decimal(v):.4e}")
    v = await factorial(200)
    print(f"200! ~ {Decimal(v):.6e}")
    print(f"200! ~ {'%.2e' % Decimal(v)}")
    print(f"200! ~ {v:e}")


asyncio.run(main())
