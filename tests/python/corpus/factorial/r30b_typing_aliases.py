# Type aliases and Callable/Awaitable hints for a factorial runner.
import asyncio
from typing import Awaitable, Callable, TypeAlias, get_type_hints

Results: TypeAlias = dict[int, int]
FactorialFn = Callable[[int], Awaitable[int]]


async def factorial(n: int) -> int:
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def run_all(fn: FactorialFn, numbers: list[int]) -> Results:
    values = await asyncio.gather(*(fn(n) for n in numbers))
    return dict(zip(numbers, values))


print(Results, FactorialFn)
print(get_type_hints(run_all))
print(asyncio.run(run_all(factorial, [3, 4])))
print(run_all.__annotations__["return"] is Results)
