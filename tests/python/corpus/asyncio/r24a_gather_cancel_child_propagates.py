import asyncio

async def child(n):
    await asyncio.sleep(0.05)
    return n

async def canceller(task):
    await asyncio.sleep(0.01)
    task.cancel("child stopped")

async def main():
    t = asyncio.create_task(child(1))
    asyncio.create_task(canceller(t))
    res = await asyncio.gather(t, child(2))
    print(res)

asyncio.run(main())
