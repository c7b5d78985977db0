# typing's NamedTuple and TypedDict around a gathered factorial: the results and a summary
import asyncio
from typing import Awaitable, Callable, Iterable, NamedTuple, Optional, TypedDict


class Outcome(NamedTuple):
    n: int
    value: int
    note: Optional[str] = None


class Summary(TypedDict):
    count: int
    largest: int


async def factorial(n: int) -> Outcome:
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        value *= i
    return Outcome(n, value, "big" if value > 1000 else None)


async def run_all(func: Callable[[int], Awaitable[Outcome]], nums: Iterable[int]) -> Summary:
    outcomes = await asyncio.gather(*(func(n) for n in nums))
    for o in outcomes:
        print(o)
    return Summary(count=len(outcomes), largest=max(o.value for o in outcomes))


s = asyncio.run(run_all(factorial, [5, 7, 3, 6]))
print(s, type(s).__name__)
print(Outcome._fields, Outcome(1, 1)._asdict(), Outcome(2, 2)._replace(note="x"))
print(run_all.__annotations__["return"].__name__)
