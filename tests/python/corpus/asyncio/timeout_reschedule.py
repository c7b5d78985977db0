# asyncio.timeout(None) never expires until rescheduled; when(), expired() and the Timeout's repr at each step.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print('when:', cm.when(), '| expired:', cm.expired())
            await asyncio.sleep(0.02)
            cm.reschedule(loop.time() + 0.05)
            print('rescheduled:', cm.when() is not None)
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError:
        print('TimeoutError; expired:', cm.expired())
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with asyncio.timeout(1) as ok:
        await asyncio.sleep(0)
    print(repr(ok), ok.expired())
    t = asyncio.timeout(5)
    print(repr(t).startswith('<Timeout [created]'))

asyncio.run(main())
