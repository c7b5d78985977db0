# results collected as dataclass instances and sorted
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    value: int
    n: int = field(compare=False)

async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.1)
    return Result(v, n)

async def main():
    results = await asyncio.gather(*(factorial(n) for n in [6, 3, 7, 0]))
    for r in sorted(results, reverse=True):
        print(r)
    print(max(results).n)

asyncio.run(main())
