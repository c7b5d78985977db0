# A dataclass batch with field(default_factory=...), __post_init__ and asdict/astuple.
import asyncio
from dataclasses import dataclass, field, asdict, astuple, fields

@dataclass
class Batch:
    numbers: list[int]
    label: str = "batch"
    results: dict[int, int] = field(default_factory=dict)
    steps: int = field(default=0, repr=False)

    def __post_init__(self):
        self.numbers = sorted(set(self.numbers))
        if any(n < 0 for n in self.numbers):
            raise ValueError(f"negative numbers in {self.label}")

    async def run(self):
        async def one(n):
            r = 1
            for i in range(2, n + 1):
                await asyncio.sleep(0.01)
                self.steps += 1
                r *= i
            self.results[n] = r
        await asyncio.gather(*map(one, self.numbers))

async def main():
    b = Batch([5, 3, 5, 4])
    print(b)
    await b.run()
    print(b)
    print(asdict(b))
    print(astuple(b))
    print([(f.name, f.type) for f in fields(b)] == [(f.name, f.type) for f in fields(Batch)])
    print([f.name for f in fields(Batch)], b.steps)
    other = Batch([3])
    print(other.results is b.results, other == Batch([3]))
    try:
        Batch([1, -1], label="bad")
    except ValueError as e:
        print(e)

asyncio.run(main())
