# asyncio.async(), from Python 3.4's tutorials.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    task = asyncio.async(job())
    await task

asyncio.run(main())
