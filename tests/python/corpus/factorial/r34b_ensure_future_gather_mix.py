# Mixing coroutines, tasks from ensure_future and plain futures in one gather call.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01 * n)
    return math.factorial(n)


async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    ready.set_result(math.factorial(3))
    t = asyncio.ensure_future(factorial(4))
    same = asyncio.ensure_future(t)
    print("ensure_future(task) is task:", same is t)
    out = await asyncio.gather(factorial(5), t, ready, asyncio.sleep(0.01, result=1))
    print(out)
    print(await asyncio.gather())
    try:
        await asyncio.gather(factorial(2), 6)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.05)


asyncio.run(main())
