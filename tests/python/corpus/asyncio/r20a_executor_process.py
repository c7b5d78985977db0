# PyMOTW asyncio_executor_process: the same blocking work in a ProcessPoolExecutor.
import asyncio
import concurrent.futures


def blocks(n):
    return n ** 2


async def run_blocking_tasks(executor):
    loop = asyncio.get_event_loop()
    blocking_tasks = [loop.run_in_executor(executor, blocks, i) for i in range(6)]
    completed, pending = await asyncio.wait(blocking_tasks)
    results = [t.result() for t in completed]
    print('results: {!r}'.format(sorted(results)))


if __name__ == '__main__':
    executor = concurrent.futures.ProcessPoolExecutor(max_workers=3)
    event_loop = asyncio.get_event_loop()
    try:
        event_loop.run_until_complete(run_blocking_tasks(executor))
    finally:
        event_loop.close()
        executor.shutdown()
