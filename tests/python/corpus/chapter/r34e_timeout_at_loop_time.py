# asyncio.timeout_at using the loop's clock, then rescheduling the deadline
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.1) as cm:
            print('deadline set:', cm.when() is not None)
            cm.reschedule(loop.time() + 0.4)
            print(await worker(0.2))
        print('expired?', cm.expired())
        async with asyncio.timeout(0.1) as cm2:
            await worker(0.3)
    except TimeoutError:
        print('second timed out, expired?', cm2.expired())

asyncio.run(main())
