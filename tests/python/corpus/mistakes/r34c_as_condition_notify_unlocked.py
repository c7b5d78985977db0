# Notifying a Condition without holding its lock first
import asyncio

async def waiter(cond, results):
    async with cond:
        await cond.wait()
        results.append("woken")

async def main():
    cond = asyncio.Condition()
    results = []
    task = asyncio.create_task(waiter(cond, results))
    await asyncio.sleep(0.01)
    cond.notify_all()
    await task
    print(results)

asyncio.run(main())
