# timeout_at() takes an absolute loop time; a deadline in the past fires at the first await
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.3) as cm:
            print('when - start =', round(cm.when() - start, 1))
            await asyncio.sleep(1)
    except TimeoutError:
        print('fired after', tenths(loop.time() - start))
    try:
        async with asyncio.timeout_at(start) as cm:
            print('entered with a past deadline')
            await asyncio.sleep(0.1)
            print('not here')
    except TimeoutError:
        print('past deadline fired, expired', cm.expired())

asyncio.run(main())
