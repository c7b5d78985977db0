# ensure_future on a coroutine, a task and a future, and on a number
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 'w'

async def main():
    t1 = asyncio.ensure_future(worker())
    print(type(t1).__name__, asyncio.ensure_future(t1) is t1)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result('f')
    print(await t1, await f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
