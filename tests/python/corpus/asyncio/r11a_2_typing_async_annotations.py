import asyncio
from typing import AsyncIterator, Awaitable, Callable, Coroutine, Any, TypeVar

T = TypeVar("T")


async def run_all(funcs: list[Callable[[], Awaitable[T]]]) -> list[T]:
    return [await f() for f in funcs]


async def counter(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


def make(value: int) -> Callable[[], Coroutine[Any, Any, int]]:
    async def inner() -> int:
        await asyncio.sleep(0)
        return value
    return inner


async def main() -> None:
    print(await run_all([make(1), make(2), make(3)]))
    print([i async for i in counter(3)])
    print(run_all.__annotations__["return"])
    print(counter.__annotations__)


asyncio.run(main())
