# a task cancelled before its first step: CancelledError thrown into its coroutine at the def line
import asyncio
async def job():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(job())
    t.cancel()
    await t
asyncio.run(main())
