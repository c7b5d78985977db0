# Fully type-hinted solution with docstrings; I also print the annotations and docs.
import asyncio
from typing import Sequence


async def factorial(n: int, delay: float = 0.01) -> int:
    """Return n! computed one step at a time, sleeping `delay` each step."""
    result: int = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        result *= i
    return result


async def calculate_factorials(numbers: Sequence[int]) -> list[int]:
    """Compute the factorials of numbers concurrently."""
    return list(await asyncio.gather(*(factorial(n) for n in numbers)))


def main() -> None:
    print(factorial.__doc__)
    print(factorial.__annotations__)
    print(calculate_factorials.__annotations__)
    print(asyncio.run(calculate_factorials((4, 5))))
    print(asyncio.iscoroutinefunction(factorial), asyncio.iscoroutinefunction(main))


if __name__ == '__main__':
    main()
