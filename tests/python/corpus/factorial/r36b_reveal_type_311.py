# typing.reveal_type (new in 3.11) at runtime, on a gathered list and on a coroutine.
import asyncio
from typing import reveal_type


async def factorial(n: int) -> int:
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main() -> None:
    results = await asyncio.gather(factorial(4), factorial(5))
    same = reveal_type(results)
    print("reveal_type returns its argument:", same is results)
    coro = factorial(3)
    reveal_type(coro)
    print(reveal_type(await coro))


asyncio.run(main())
