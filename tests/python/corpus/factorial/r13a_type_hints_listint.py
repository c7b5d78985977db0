import asyncio
from typing import Iterable

async def factorial(n: int, delay: float = 0.01) -> int:
    result: int = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        result *= i
    return result

async def calculate_factorials(numbers: Iterable[int]) -> dict[int, int]:
    numbers = list(numbers)
    values: list[int] = await asyncio.gather(*[factorial(n) for n in numbers])
    return dict(zip(numbers, values))

def main() -> None:
    print('Main - Starting')
    table = asyncio.run(calculate_factorials(range(3, 8)))
    print(table)
    print(factorial.__annotations__)
    print('Main - Done')

if __name__ == '__main__':
    main()
