# Fully type-hinted solution; also prints the annotations the way a curious student would.
import asyncio
from typing import Iterable


async def factorial(n: int, delay: float = 0.01) -> int:
    result: int = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        result *= i
    return result


async def calculate_factorials(numbers: Iterable[int]) -> dict[int, int]:
    nums: list[int] = list(numbers)
    values: list[int] = await asyncio.gather(*(factorial(n) for n in nums))
    return dict(zip(nums, values))


print(factorial.__annotations__)
print(calculate_factorials.__annotations__)
print(asyncio.iscoroutinefunction(factorial))
print(asyncio.run(calculate_factorials(range(1, 6))))
