# Async functions with type hints: Awaitable, Coroutine, Callable, and printed annotations
import asyncio
from typing import Awaitable, Callable, Coroutine, Any, Optional


async def fetch(url: str, timeout: Optional[float] = None) -> dict[str, int]:
    await asyncio.sleep(0.01)
    return {url: len(url)}


async def run_all(fn: Callable[[str], Awaitable[dict[str, int]]], urls: list[str]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for part in await asyncio.gather(*map(fn, urls)):
        merged |= part
    return merged


Handler = Callable[..., Coroutine[Any, Any, None]]
print(fetch.__annotations__)
print(run_all.__annotations__["fn"])
print(Handler)
print(asyncio.run(run_all(fetch, ["a.io", "bb.org", "c.net"])))
coro = fetch("x")
print(type(coro).__name__, asyncio.iscoroutine(coro), isinstance(coro, Coroutine))
print(asyncio.run(coro))
