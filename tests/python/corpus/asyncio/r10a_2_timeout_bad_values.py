import asyncio

async def main():
    for bad in ('1', [1]):
        try:
            async with asyncio.timeout(bad):
                await asyncio.sleep(0)
        except TypeError as e:
            print('TypeError:', e)
    try:
        await asyncio.wait_for(asyncio.sleep(0), 'x')
    except TypeError as e:
        print('TypeError:', e)
    try:
        await asyncio.sleep('a')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
