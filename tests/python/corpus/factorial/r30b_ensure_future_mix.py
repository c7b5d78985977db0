# ensure_future for coroutines, and a gather of tasks and coroutines mixed.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    t = asyncio.ensure_future(factorial(4))
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    res = await asyncio.gather(t, factorial(5), asyncio.create_task(factorial(3)))
    print(res)
    print(t.result(), t.exception(), t.cancelled())
    asyncio.ensure_future(42)


asyncio.run(main())
