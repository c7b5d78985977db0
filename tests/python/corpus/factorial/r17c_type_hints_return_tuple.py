# Type hints everywhere; the coroutine returns a tuple that main unpacks
import asyncio
from typing import Iterable


async def factorial(n: int) -> tuple[int, int]:
    value: int = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        value *= i
    return n, value


async def calculate_factorials(numbers: Iterable[int]) -> dict[int, int]:
    pairs: list[tuple[int, int]] = await asyncio.gather(*(factorial(n) for n in numbers))
    return dict(pairs)


def main() -> None:
    print('Main - Starting')
    results = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    for n, v in results.items():
        print(f'{n}! = {v}')
    print(factorial.__annotations__)
    print('Main - Done')


if __name__ == '__main__':
    main()
