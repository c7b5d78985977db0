import asyncio
from dataclasses import dataclass, field, asdict

@dataclass(order=True)
class FactorialResult:
    n: int
    value: int = field(compare=False)
    steps: list = field(default_factory=list, repr=False, compare=False)

    @property
    def digits(self) -> int:
        return len(str(self.value))

async def factorial(n: int) -> FactorialResult:
    res = FactorialResult(n, 1)
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        res.value *= i
        res.steps.append(res.value)
    return res

async def main():
    results = await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    for r in sorted(results, reverse=True):
        print(r, r.digits, r.steps)
    print(asdict(results[2]))
    print(results[0] == FactorialResult(5, 0), results[0] < results[1])
    print(max(results))

if __name__ == '__main__':
    asyncio.run(main())
