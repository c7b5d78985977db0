# Printing futures and gathers at different moments (their reprs have no addresses).
import asyncio


async def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
        await asyncio.sleep(0.01)
    return acc


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.set_result(await factorial(5))
    print(repr(fut))
    bad = loop.create_future()
    bad.set_exception(ValueError("negative input"))
    print(repr(bad))
    bad.exception()
    g = asyncio.gather(factorial(3), factorial(4))
    print(repr(g))
    await g
    print(repr(g))
    c = loop.create_future()
    c.cancel()
    print(repr(c), c.cancelled())


asyncio.run(main())
