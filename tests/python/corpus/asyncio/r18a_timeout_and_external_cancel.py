# asyncio.timeout expiring while the task is also cancelled from outside
import asyncio

async def guarded(log):
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        log.append('TimeoutError')
    except asyncio.CancelledError:
        log.append('CancelledError')
        raise
    return 'finished'

async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        print('result', await t)
    except asyncio.CancelledError:
        print('task cancelled')
    print(log, t.cancelling())
    t2 = asyncio.create_task(guarded(log))
    print('result', await t2, log, t2.cancelling(), t2.uncancel())
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('swallowed; cancelling =', asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        return 'kept going'
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

asyncio.run(main())
