# test_waitfor: wait_for returns the result, with None or a long timeout, or of a done future
import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    print(await asyncio.wait_for(compute(1), None))
    print(await asyncio.wait_for(compute(2), 10))
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(compute(3), 0)
    except asyncio.TimeoutError:
        print('timeout 0 with a pending coroutine')

asyncio.run(main())
