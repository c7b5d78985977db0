# Awaiting a task that was cancelled, without catching CancelledError.
import asyncio

async def long_job():
    await asyncio.sleep(1)
    return "done"

async def main():
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0.01)
    t.cancel()
    result = await t
    print(result)

asyncio.run(main())
