# An uncaught TimeoutError from wait_for: the task's CancelledError is its cause.
import asyncio

async def slow_query():
    await asyncio.sleep(5)
    return 'rows'

async def main():
    print('querying with a 0.1 s limit')
    rows = await asyncio.wait_for(slow_query(), timeout=0.1)
    print(rows)

asyncio.run(main())
