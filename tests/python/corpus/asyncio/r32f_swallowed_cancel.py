# Wrong version: a worker swallows CancelledError, so cancel() does not stop it
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            print("tick", i)
        except asyncio.CancelledError:
            print("ignoring cancellation at", i)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    result = await t
    print(result, "| cancelled():", t.cancelled())

asyncio.run(main())
