# Factorial exercise: with type hints (list[int], Optional, -> int) as a learner adds them.
import asyncio
from typing import List, Optional

async def factorial(n: int, delay: Optional[float] = 0.1) -> int:
    result: int = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        result *= i
    return result

async def calculate_factorials(numbers: List[int]) -> list[int]:
    results: list[int] = await asyncio.gather(*[factorial(n) for n in numbers])
    print(len(results), 'results of type', type(results[0]).__name__)
    return results

def main() -> None:
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([5, 7, 3, 6])))
    print('Main - Done')

if __name__ == '__main__':
    main()
