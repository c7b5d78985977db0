# An async comprehension in a plain function: SyntaxError asynchronous comprehension outside of an asynchronous function
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


def collect():
    return [i async for i in ticks(3)]
