# A list of delays left open at the end of the file.
import asyncio

async def main():
    delays = [0.1, 0.2,
    print(delays)

asyncio.run(main())
