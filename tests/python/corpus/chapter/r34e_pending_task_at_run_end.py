# a background ticker is still running when do_something returns
import asyncio

async def ticker():
    try:
        n = 0
        while True:
            print('tick', n)
            n += 1
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print('ticker cancelled by asyncio.run at tick', n)
        raise
    finally:
        print('ticker finally')

async def do_something():
    asyncio.create_task(ticker())
    await asyncio.sleep(0.3)
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
