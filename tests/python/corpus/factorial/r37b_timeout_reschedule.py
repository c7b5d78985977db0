# Using asyncio.timeout() and pushing its deadline back once we see progress.
import asyncio


async def factorial(n, progress):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
        progress.append(i)
    return r


async def main():
    progress = []
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.3) as cm:
        task = asyncio.create_task(factorial(4, progress))
        await asyncio.sleep(0.15)
        print("steps so far:", len(progress))
        cm.reschedule(loop.time() + 1.0)
        result = await task
    print("4! =", result, "expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print("deadline:", cm2.when())


asyncio.run(main())
