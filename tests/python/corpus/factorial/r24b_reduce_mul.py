import asyncio
from functools import reduce
import operator

async def factorial(name, n):
    steps = []
    for i in range(1, n + 1):
        steps.append(i)
        print(f"Task {name}: collected {steps}")
        await asyncio.sleep(0.01)
    result = reduce(operator.mul, steps, 1)
    print(f"Task {name}: factorial({n}) = {result}")
    return result

async def main():
    await asyncio.gather(factorial("A", 3), factorial("B", 2), factorial("C", 0))
    print(reduce(lambda x, y: x * y, range(1, 8)))

asyncio.run(main())
