# An apostrophe inside a single-quoted string
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print('it's done now')

asyncio.run(main())
