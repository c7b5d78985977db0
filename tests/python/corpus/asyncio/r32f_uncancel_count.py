# Task.cancelling() and uncancel() (3.11) while handling a cancellation
import asyncio

async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("cancelling count:", me.cancelling())
        print("after uncancel:", me.uncancel())
        await asyncio.sleep(0.01)
        return "recovered"

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    print(await t)
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
