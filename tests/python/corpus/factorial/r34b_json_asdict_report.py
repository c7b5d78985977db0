# Collect factorial results in dataclasses and print them as a JSON report.
import asyncio
import json
from dataclasses import dataclass, asdict, field


@dataclass
class Result:
    n: int
    value: int = 0
    digits: int = field(init=False, default=0)

    def __post_init__(self):
        if self.n < 0:
            raise ValueError(f"n must be >= 0, got {self.n}")


async def compute(n):
    r = Result(n)
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    r.value, r.digits = v, len(str(v))
    return r


async def main():
    results = await asyncio.gather(*map(compute, [3, 12, 25]))
    print(json.dumps([asdict(r) for r in results], indent=2))
    print(json.dumps({"total": sum(r.value for r in results)}, separators=(",", ":")))
    await compute(-1)


asyncio.run(main())
