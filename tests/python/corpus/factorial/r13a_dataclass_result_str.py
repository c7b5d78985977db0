import asyncio
from dataclasses import dataclass, field

@dataclass
class Result:
    n: int
    value: int = 0
    steps: list = field(default_factory=list)

    def __str__(self):
        return f'{self.n}! = {self.value} via {"*".join(map(str, self.steps)) or "nothing"}'

async def factorial(n):
    r = Result(n, 1)
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r.value *= i
        r.steps.append(i)
    return r

async def main():
    results = await asyncio.gather(*[factorial(n) for n in [4, 0, 6]])
    for r in results:
        print(r)
    print(results[0])
    print(repr(results[1]))

asyncio.run(main())
