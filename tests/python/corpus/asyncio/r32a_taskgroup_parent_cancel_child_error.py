# TaskGroup's parent is cancelled while a child fails during its cleanup
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print(type(e).__name__, getattr(e, "exceptions", None))
    print("cancelled:", t.cancelled())

asyncio.run(main())
