# asyncio.timeout_at with the loop's clock, then rescheduled to give more time
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return 'done'

async def do_something():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 0.05) as cm:
        print('deadline set?', cm.when() is not None)
        cm.reschedule(loop.time() + 0.3)
        print(await worker(0.1))
    try:
        async with asyncio.timeout(None) as cm2:
            cm2.reschedule(loop.time() + 0.02)
            await worker(0.2)
    except TimeoutError:
        print('second one timed out')

asyncio.run(do_something())
