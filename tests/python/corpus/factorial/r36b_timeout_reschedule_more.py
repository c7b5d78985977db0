# asyncio.timeout whose deadline I push back once I see the job is nearly done.
import asyncio


async def factorial(n, step):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(step)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.2) as cm:
        task = asyncio.create_task(factorial(6, 0.06))
        await asyncio.sleep(0.1)
        print("expired yet?", cm.expired())
        cm.reschedule(loop.time() + 0.5)
        print("value:", await task)
    print("expired at the end?", cm.expired())
    try:
        async with asyncio.timeout(0.1):
            await factorial(6, 0.06)
    except TimeoutError:
        print("second one timed out")


asyncio.run(main())
