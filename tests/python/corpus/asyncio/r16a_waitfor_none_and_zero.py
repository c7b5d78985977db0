# wait_for with timeout None waits forever; with 0 on an unfinished coroutine it times out at once
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def quick():
    return 'quick'

async def slow():
    await asyncio.sleep(0.2)
    return 'slow'

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(slow(), None), tenths(loop.time() - t0))
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print('quick timed out with 0')
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print('done task with 0:', await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(slow(), -5)
    except TimeoutError as e:
        print('negative:', type(e).__name__, e.args)

asyncio.run(main())
