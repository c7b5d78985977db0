import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn - cancelled, failing while cleaning up')
        raise OSError('could not close the file')

async def do_something():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.02)
    print('do_something - returning without waiting')

asyncio.run(do_something())
print('Main - Done')
