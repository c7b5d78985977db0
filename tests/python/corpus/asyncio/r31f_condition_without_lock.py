# Condition.wait and notify without holding the lock, then notify_all done right
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    woken = []

    async def sleeper(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(sleeper(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("woken:", woken)

asyncio.run(main())
