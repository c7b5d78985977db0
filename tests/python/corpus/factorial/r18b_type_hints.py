from __future__ import annotations
import asyncio
from typing import Iterable, Optional

async def factorial(n: int, delay: float = 0.1) -> int:
    result: int = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        result *= i
    return result

async def calculate_factorials(numbers: Iterable[int]) -> list[tuple[int, int]]:
    nums: list[int] = list(numbers)
    values: list[int] = await asyncio.gather(*[factorial(n) for n in nums])
    return list(zip(nums, values))

def best(pairs: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    return max(pairs, key=lambda p: p[1]) if pairs else None

def main() -> None:
    print('Main - Starting')
    pairs = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print(pairs)
    print("largest:", best(pairs), best([]))
    print(factorial.__annotations__)
    print(calculate_factorials.__annotations__['return'])
    print('Main - Done')

if __name__ == '__main__':
    main()
