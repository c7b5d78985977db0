import asyncio
import time


def sync_fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


async def async_fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        await asyncio.sleep(0)
        a, b = b, a + b


async def main():
    print(list(sync_fib(10)))
    print([x async for x in async_fib(10)])
    agen = async_fib(3)
    print(type(agen).__name__, hasattr(agen, "__anext__"), hasattr(agen, "__next__"))
    print(await agen.__anext__(), await anext(agen), await anext(agen))
    print(await anext(agen, "exhausted"))


asyncio.run(main())
