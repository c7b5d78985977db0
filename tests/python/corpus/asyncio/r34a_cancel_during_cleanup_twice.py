# A task cancelled twice: once while working, again while awaiting in its cleanup handler
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as first:
        print("first cancel:", first.args)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as second:
            print("second cancel during cleanup:", second.args)
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("one")
    await asyncio.sleep(0.01)
    t.cancel("two")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees:", e.args, "cancelling:", t.cancelling())


asyncio.run(main())
