# A thread from run_in_executor hands results back with call_soon_threadsafe onto a Future.
import asyncio
import time


def worker(loop, fut):
    time.sleep(0.1)
    loop.call_soon_threadsafe(fut.set_result, 'from thread')


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ex = loop.run_in_executor(None, worker, loop, fut)
    print(await fut)
    await ex
    print('executor done')


asyncio.run(main())
