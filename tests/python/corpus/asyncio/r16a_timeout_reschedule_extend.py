# Extending and shortening a timeout while inside it with reschedule() and when()
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.2) as cm:
            print('deadline in', tenths(cm.when() - t0))
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.3)
            print('moved to', tenths(cm.when() - t0))
            await asyncio.sleep(0.2)
            print('survived past the first deadline:', loop.time() - t0 > 0.2)
            cm.reschedule(None)
            print('when is', cm.when())
            await asyncio.sleep(0.3)
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
            print('not printed')
    except TimeoutError:
        print('timed out after 0.6 s:', loop.time() - t0 >= 0.6, 'expired', cm.expired())

asyncio.run(main())
