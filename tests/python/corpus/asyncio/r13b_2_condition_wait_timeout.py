import asyncio

async def main():
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.02)
        except TimeoutError:
            print("no notify came; still locked:", cond.locked())
    print("released:", cond.locked())
    async def notifier():
        await asyncio.sleep(0.01)
        async with cond:
            cond.notify_all()
    asyncio.create_task(notifier())
    async with cond:
        r = await asyncio.wait_for(cond.wait(), 0.5)
        print("notified:", r)

asyncio.run(main())
