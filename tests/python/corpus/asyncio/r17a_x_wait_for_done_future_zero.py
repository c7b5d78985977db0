# wait_for with timeout 0 on a finished future returns its result; on a pending one times out
import asyncio

async def quick():
    return 'quick'

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    print(await asyncio.wait_for(f, 0))
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print('coroutine with timeout 0 timed out')

asyncio.run(main())
