# test_waitfor: test_wait_for_cancellation -- the outer task is cancelled inside wait_for
import asyncio

async def main():
    async def inner():
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print("inner got cancelled")
            raise
        return 42

    async def outer():
        return await asyncio.wait_for(inner(), 5)

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
    print(t.cancelled())

asyncio.run(main())
