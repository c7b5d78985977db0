import asyncio
from datetime import timedelta

async def main():
    await asyncio.sleep(timedelta(milliseconds=50))
    print("slept")

asyncio.run(main())
