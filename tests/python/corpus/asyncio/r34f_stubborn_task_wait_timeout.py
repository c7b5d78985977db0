# A task that swallows CancelledError: cancel() is not enough, asyncio.wait(timeout=) shows it pending.
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.1)
            print("tick", i)
        except asyncio.CancelledError:
            print("ignoring cancel", i)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    print("cancel() returned", t.cancel())
    done, pending = await asyncio.wait({t}, timeout=0.05)
    print(len(done), len(pending), "cancelling:", t.cancelling())
    print(await t, t.cancelled())

asyncio.run(main())
