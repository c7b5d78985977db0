# PyMOTW asyncio_executor_thread: blocking work in a ThreadPoolExecutor via run_in_executor.
import asyncio
import concurrent.futures
import time


def blocks(n):
    time.sleep(0.1)
    return n ** 2


async def run_blocking_tasks(executor):
    print('starting')
    loop = asyncio.get_event_loop()
    print('creating executor tasks')
    blocking_tasks = [
        loop.run_in_executor(executor, blocks, i)
        for i in range(6)
    ]
    print('waiting for executor tasks')
    completed, pending = await asyncio.wait(blocking_tasks)
    results = [t.result() for t in completed]
    print('results: {!r}'.format(sorted(results)))
    print('exiting')


if __name__ == '__main__':
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=3)
    event_loop = asyncio.get_event_loop()
    try:
        event_loop.run_until_complete(run_blocking_tasks(executor))
    finally:
        event_loop.close()
