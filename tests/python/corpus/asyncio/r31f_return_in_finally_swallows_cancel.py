# return inside finally swallows the cancellation: the task is not cancelled
import asyncio

async def sneaky():
    try:
        await asyncio.sleep(1)
    finally:
        return "finally wins"

async def main():
    t = asyncio.create_task(sneaky())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    print("cancelled?", t.cancelled())

asyncio.run(main())
