# Type hints with typing's Awaitable, Coroutine and Callable on the factorial
import asyncio
from typing import Awaitable, Callable, Coroutine, Any

async def factorial(n: int) -> int:
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        f *= i
    return f

async def run_all(fn: Callable[[int], Awaitable[int]], numbers: list[int]) -> dict[int, int]:
    return {n: await fn(n) for n in numbers}

def make(n: int) -> Coroutine[Any, Any, int]:
    return factorial(n)

print(factorial.__annotations__)
print(run_all.__annotations__['fn'])
print(asyncio.run(run_all(factorial, [3, 4])))
print(asyncio.run(make(5)))
