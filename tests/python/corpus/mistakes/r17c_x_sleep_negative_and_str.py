# asyncio.sleep of a negative number returns at once; of a string it fails in the loop
import asyncio


async def main():
    await asyncio.sleep(-1)
    print('negative sleep is fine')
    delay = '0.1'
    await asyncio.sleep(delay)
    print('not reached')


asyncio.run(main())
