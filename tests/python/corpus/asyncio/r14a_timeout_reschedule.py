# test_timeouts: when(), reschedule() later and to None, measured on the loop's clock
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(None) as cm:
        print('when:', cm.when())
        cm.reschedule(loop.time() + 0.2)
        print('rescheduled:', round(cm.when() - start, 1))
        await asyncio.sleep(0.1)
        cm.reschedule(None)
        await asyncio.sleep(0.2)
    print('survived', cm.expired(), round(loop.time() - start, 1) >= 0.3)
    t1 = loop.time()
    try:
        async with asyncio.timeout(0.1) as cm:
            cm.reschedule(loop.time() + 0.3)
            await asyncio.sleep(1)
    except TimeoutError:
        print('expired after 0.3, not 0.1:', loop.time() - t1 >= 0.29)

asyncio.run(main())
