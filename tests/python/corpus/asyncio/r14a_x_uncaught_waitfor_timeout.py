# test_waitfor: an uncaught TimeoutError from wait_for is raised from the inner CancelledError
import asyncio

async def slow_query():
    await asyncio.sleep(2)
    return 'rows'

async def main():
    rows = await asyncio.wait_for(slow_query(), timeout=0.05)
    print(rows)

asyncio.run(main())
