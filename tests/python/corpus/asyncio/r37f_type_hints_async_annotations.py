# Annotating async code with typing: get_type_hints on coroutine functions, async generators and callables
import asyncio
from typing import AsyncIterator, Awaitable, Callable, Coroutine, Any, get_type_hints

async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def run_twice(fn: Callable[[], Awaitable[str]]) -> list[str]:
    return [await fn(), await fn()]

async def hello() -> str:
    return "hi"

Handler = Callable[[int], Coroutine[Any, Any, None]]

async def apply(h: Handler, x: int) -> None:
    await h(x)

async def show(x: int) -> None:
    print("handled", x)

async def main():
    for f in (numbers, run_twice, apply):
        print(f.__name__, get_type_hints(f))
    print([i async for i in numbers(3)], await run_twice(hello))
    await apply(show, 7)
    print(numbers.__annotations__["return"] == AsyncIterator[int])

asyncio.run(main())
