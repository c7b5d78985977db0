# a Future resolved by loop.call_later wakes its awaiter
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    loop.call_later(0.05, fut.set_result, 'ready')
    start = loop.time()
    print(await fut)
    print(fut, loop.time() - start >= 0.04)

asyncio.run(main())
