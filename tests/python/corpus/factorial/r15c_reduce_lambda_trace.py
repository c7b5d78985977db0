# reduce with a lambda that prints its multiplications
import asyncio
from functools import reduce

def mul(a, b):
    print(f"    {a} * {b} = {a * b}")
    return a * b

async def factorial(n):
    await asyncio.sleep(0.1)
    print(f"factorial({n}):")
    return reduce(lambda a, b: mul(a, b), range(2, n + 1), 1)

async def main():
    for n in (4, 1, 6):
        print(f"=> {await factorial(n)}")

asyncio.run(main())
