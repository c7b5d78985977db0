# list() of a number.
import asyncio

async def main():
    count = 3
    await asyncio.sleep(0.1)
    print(list(count))

asyncio.run(main())
