# test_tasks: shield passes the inner result or exception through, and a done future as is
import asyncio

async def ok():
    return 'fine'

async def fail():
    raise OSError('disk')

async def main():
    print(await asyncio.shield(ok()))
    try:
        await asyncio.shield(fail())
    except OSError as e:
        print('OSError', e)
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(asyncio.shield(f) is f)
    inner = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(inner)
    inner.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print('inner cancelled -> shield cancelled', s.cancelled())

asyncio.run(main())
