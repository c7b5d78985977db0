# A task that catches CancelledError and returns normally is not marked cancelled
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel())
    print(await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("cancel() on done task ->", t.cancel())

asyncio.run(main())
