# asyncio.timeout context manager: expired() and the TimeoutError.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out; expired =', cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.1)
    print('in time; expired =', cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.1)
    print('when():', cm3.when())

asyncio.run(main())
