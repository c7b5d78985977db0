# A worker that catches Exception and a worker with a bare except: only one swallows the cancel.
import asyncio


async def factorial(n, label):
    r = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            r *= i
    except Exception as e:
        print(label, "caught Exception:", type(e).__name__)
    return r


async def stubborn(n):
    r = 1
    for i in range(1, n + 1):
        try:
            await asyncio.sleep(0.1)
        except:
            print("stubborn ignores the cancel at", i)
        r *= i
    return r


async def main():
    t1 = asyncio.create_task(factorial(8, "polite"))
    t2 = asyncio.create_task(stubborn(4))
    await asyncio.sleep(0.15)
    t1.cancel()
    t2.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True))
    print(t1.cancelled(), t2.cancelled())


asyncio.run(main())
