# a worker that awaits a Future nobody ever sets; timeout rescues me
import asyncio

async def worker(fut):
    print('worker - waiting for a value that never comes')
    return await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        async with asyncio.timeout(0.1):
            await worker(fut)
    except TimeoutError:
        print('gave up; future cancelled?', fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')

asyncio.run(main())
