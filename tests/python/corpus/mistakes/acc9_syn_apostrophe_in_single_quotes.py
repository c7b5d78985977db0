# An apostrophe inside a single-quoted string.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    print('it's done')

asyncio.run(main())
