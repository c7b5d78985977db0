# Results as an ordered dataclass, sorted by value descending.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    value: int
    n: int = field(compare=False)

async def factorial(n: int) -> Result:
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return Result(r, n)

async def main() -> None:
    results = await asyncio.gather(*map(factorial, [4, 6, 1, 5]))
    for res in sorted(results, reverse=True):
        print(res)
    print(max(results), min(results).n)

asyncio.run(main())
