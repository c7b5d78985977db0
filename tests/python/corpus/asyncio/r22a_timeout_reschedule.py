# A timeout can be moved later (or cancelled) with reschedule().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print('when:', cm.when())
        cm.reschedule(loop.time() + 0.5)
        print('rescheduled:', cm.when() is not None)
        await asyncio.sleep(0.05)
        cm.reschedule(None)
        await asyncio.sleep(0.05)
    print('no timeout, expired:', cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print('moved earlier and expired:', cm.expired())

asyncio.run(main())
