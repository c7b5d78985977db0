# The docs' eternity example with wait_for, then with asyncio.timeout, then with a generous timeout
import asyncio

async def eternity():
    await asyncio.sleep(3600)
    print('yay!')

async def quick():
    await asyncio.sleep(0.05)
    return 'quick done'

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.1)
    except TimeoutError:
        print('timeout! (wait_for)')
    try:
        async with asyncio.timeout(0.1):
            await eternity()
    except TimeoutError:
        print('timeout! (asyncio.timeout)')
    print(await asyncio.wait_for(quick(), timeout=1))
    print(TimeoutError is asyncio.TimeoutError)

asyncio.run(main())
