# typing.reveal_type at runtime (new in 3.11) on coroutine things: it prints to stderr and returns the value
import asyncio
from typing import reveal_type, assert_never, Literal

async def get_num() -> int:
    return 42

def describe(kind: Literal["task", "coro"]) -> str:
    if kind == "task":
        return "a scheduled coroutine"
    elif kind == "coro":
        return "a paused function"
    else:
        assert_never(kind)

async def main():
    coro = reveal_type(get_num())
    n = reveal_type(await coro)
    print("n =", n)
    t = asyncio.create_task(get_num())
    reveal_type(t)
    print(await t, describe("task"))
    print(describe("oops"))

asyncio.run(main())
