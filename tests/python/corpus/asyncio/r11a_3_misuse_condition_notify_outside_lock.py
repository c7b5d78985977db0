import asyncio


async def waiter(cond):
    async with cond:
        await cond.wait()
        print("woken")


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0.01)
    cond.notify_all()
    await t


asyncio.run(main())
