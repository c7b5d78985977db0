import asyncio

async def quick():
    return 'instant'

async def main():
    print(await asyncio.wait_for(quick(), 0))
    try:
        await asyncio.wait_for(asyncio.sleep(0.01), 0)
    except asyncio.TimeoutError:
        print('timed out at 0')
    print(await asyncio.wait_for(quick(), None))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('done already')
    print(await asyncio.wait_for(fut, 0))

asyncio.run(main())
