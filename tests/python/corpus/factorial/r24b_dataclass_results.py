import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    value: int
    name: str = field(compare=False)
    n: int = field(compare=False)

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        print(f"Task {name}: step i={i}, partial={f}")
    return Result(f, name, n)

async def main():
    results = await asyncio.gather(factorial("A", 5), factorial("B", 3), factorial("C", 4))
    for r in results:
        print(r)
    print("Largest:", max(results))
    print("Sorted:", [r.name for r in sorted(results)])

asyncio.run(main())
