# wait_for times out and nobody catches it: the traceback at the top
import asyncio

async def slow_query():
    await asyncio.sleep(2)
    return "rows"

async def main():
    print("querying")
    rows = await asyncio.wait_for(slow_query(), timeout=0.05)
    print(rows)

asyncio.run(main())
