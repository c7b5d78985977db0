import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for bad in (None, 42, 'text'):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        loop.call_later(0.1, None)
    except TypeError as e:
        print('TypeError:', e)
    await asyncio.sleep(0)
    print('the loop goes on')

asyncio.run(main())
