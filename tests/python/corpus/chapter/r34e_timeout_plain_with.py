# asyncio.timeout used with a plain with statement
import asyncio

async def main():
    try:
        with asyncio.timeout(0.05):
            await asyncio.sleep(0.2)
    except TypeError as e:
        print('TypeError:', e)
    except AttributeError as e:
        print('AttributeError:', e)
    async with asyncio.timeout(None):
        await asyncio.sleep(0.01)
    print('no timeout worked')

asyncio.run(main())
