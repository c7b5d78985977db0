# asyncio.timeout() gives a factorial more time with reschedule() when it is nearly done.
import asyncio


async def factorial(n, progress):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
        progress.append(i)
    return r


async def main():
    loop = asyncio.get_running_loop()
    progress = []
    async with asyncio.timeout(None) as cm:
        print("deadline at start:", cm.when())
        cm.reschedule(loop.time() + 1.0)
        value = await factorial(6, progress)
    print("6! =", value, "steps:", progress)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(0.12) as cm2:
            await factorial(10, progress)
    except TimeoutError:
        print("too slow; expired:", cm2.expired())


asyncio.run(main())
