# A worker catches CancelledError and keeps going, so cancel has no effect.
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.02)
        except asyncio.CancelledError:
            print("ignoring cancel at", i)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    print(t.cancelled())

asyncio.run(main())
