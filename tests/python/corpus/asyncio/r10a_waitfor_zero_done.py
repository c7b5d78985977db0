import asyncio

async def quick():
    return 'quick'

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(42)
    print(await asyncio.wait_for(fut, 0))
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print('coroutine with timeout 0 timed out')
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))

asyncio.run(main())
