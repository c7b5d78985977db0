# A misspelt Task method.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return 5

async def main():
    t = asyncio.create_task(job())
    await t
    print(t.results())

asyncio.run(main())
