# exception() of a task still running.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(job())
    print(t.done())
    print(t.exception())

asyncio.run(main())
