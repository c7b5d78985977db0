import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise OSError('disk full')

async def main():
    try:
        await asyncio.shield(boom())
    except OSError as e:
        print('shield passed on', repr(e))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    s = asyncio.shield(fut)
    print(s is fut, await s)

asyncio.run(main())
