import asyncio

async def slow_query():
    await asyncio.sleep(1)
    return "rows"

async def main():
    rows = await asyncio.wait_for(slow_query(), timeout=0.05)
    print(rows)

asyncio.run(main())
