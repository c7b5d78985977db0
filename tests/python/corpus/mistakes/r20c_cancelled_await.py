# awaiting a cancelled task raises CancelledError traceback
import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested")
    await t

asyncio.run(main())
