# A worker that swallows CancelledError and keeps going.
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            print("step", i)
        except asyncio.CancelledError:
            print("ignoring cancel at step", i)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.02)
    t.cancel()
    print(await t)
    print("cancelled?", t.cancelled())

asyncio.run(main())
