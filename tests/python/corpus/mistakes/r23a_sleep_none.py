import asyncio

async def retry(times, delay=None):
    for attempt in range(times):
        print("attempt", attempt)
        await asyncio.sleep(delay)

asyncio.run(retry(2))
