# A generator-based coroutine via types.coroutine still works with yield from, awaited from async def.
import asyncio
import types


@types.coroutine
def old_style(n):
    yield from asyncio.sleep(0.05)
    return n * 2


async def main():
    print(await old_style(21))
    print(asyncio.iscoroutine(old_style(1)))
    print(asyncio.iscoroutinefunction(old_style))


asyncio.run(main())
