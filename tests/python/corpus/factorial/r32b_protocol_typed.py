# typing.Protocol and TypedDict in a typed factorial service.
import asyncio
from typing import Protocol, TypedDict, runtime_checkable


class Report(TypedDict):
    n: int
    value: int


@runtime_checkable
class Computes(Protocol):
    async def compute(self, n: int) -> int: ...


class Service:
    async def compute(self, n: int) -> int:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.002)
            r *= i
        return r


async def run(c: Computes, nums: list[int]) -> list[Report]:
    vals = await asyncio.gather(*(c.compute(n) for n in nums))
    return [Report(n=n, value=v) for n, v in zip(nums, vals)]


async def main():
    s = Service()
    print(isinstance(s, Computes), isinstance(42, Computes))
    print(await run(s, [3, 6]))
    print(Report.__required_keys__ == {"n", "value"}, sorted(Report.__annotations__))


asyncio.run(main())
