# wait_for with timeout 0 and with None, on a worker that is already done
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    print(await asyncio.wait_for(worker(0.01), None))
    t = asyncio.create_task(worker(0))
    await asyncio.sleep(0.01)
    print('done task with timeout 0:', await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(worker(0.01), 0)
    except asyncio.TimeoutError:
        print('coroutine with timeout 0 timed out')

asyncio.run(main())
