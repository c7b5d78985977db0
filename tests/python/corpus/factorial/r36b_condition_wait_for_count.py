# A Condition: the reporter waits until at least three factorials are ready, then prints them.
import asyncio

ready = []


async def factorial(cond, n):
    await asyncio.sleep(0.1 * n)
    r = 1
    for i in range(2, n + 1):
        r *= i
    async with cond:
        ready.append((n, r))
        cond.notify_all()


async def reporter(cond):
    async with cond:
        await cond.wait_for(lambda: len(ready) >= 3)
        print("three ready:", ready)


async def main():
    cond = asyncio.Condition()
    rep = asyncio.create_task(reporter(cond))
    await asyncio.gather(*(factorial(cond, n) for n in (4, 1, 6, 2, 3)))
    await rep
    print("all:", sorted(ready))
    print("locked now?", cond.locked())


asyncio.run(main())
