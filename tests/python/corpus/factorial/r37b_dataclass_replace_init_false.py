# dataclasses.replace on a result whose value field has init=False, and make_dataclass for a quick record.
import asyncio
import math
from dataclasses import dataclass, field, replace, astuple, make_dataclass


@dataclass
class Result:
    n: int
    value: int = field(init=False)

    def __post_init__(self):
        self.value = math.factorial(self.n)


Row = make_dataclass("Row", [("n", int), ("digits", int, field(default=0))])


async def compute(n):
    await asyncio.sleep(0.01)
    return Result(n)


async def main():
    results = await asyncio.gather(*map(compute, [4, 6]))
    print(results, astuple(results[1]))
    print(replace(results[0], n=5))
    print([Row(r.n, len(str(r.value))) for r in results], Row(9))
    print(replace(results[0], value=1))


asyncio.run(main())
