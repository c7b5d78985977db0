# test_taskgroups: test_taskgroup_11/12 -- the enclosing task is cancelled while the group waits
import asyncio

async def main():
    async def child():
        try:
            await asyncio.sleep(1)
        finally:
            print("child cleanup")

    async def runner():
        async with asyncio.TaskGroup() as g:
            g.create_task(child())
            g.create_task(child())

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner cancelled:", r.cancelled())

asyncio.run(main())
