# Old code passes loop= to asyncio.sleep and asyncio.Queue: TypeErrors in 3.10+.
import asyncio


async def main(loop):
    try:
        await asyncio.sleep(0.1, loop=loop)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.Queue(loop=loop)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.Lock(loop=loop)
    except TypeError as e:
        print('TypeError:', e)


loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(main(loop))
finally:
    loop.close()
