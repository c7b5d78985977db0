# test_waitfor: timeout 0 or negative with a done future returns; with a pending coroutine cancels it at once
import asyncio

async def quick():
    return 'quick'

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    for tmo in (0, -1):
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(tmo)
        print(await asyncio.wait_for(fut, tmo))
        try:
            await asyncio.wait_for(slow(), tmo)
        except asyncio.TimeoutError as e:
            print('TimeoutError', type(e.__cause__).__name__)
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))

asyncio.run(main())
