import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn: ignoring cancel, returning a value')
        return 'kept'

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), 0.05)
        print('result', r)
    except TimeoutError:
        print('TimeoutError')
    async with asyncio.timeout(0.05):
        r = await stubborn()
    print('timeout block result', r)

asyncio.run(main())
