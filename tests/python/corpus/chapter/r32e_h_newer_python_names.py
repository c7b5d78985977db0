# things from newer Python docs tried on 3.11
import asyncio
import itertools

async def worker(n):
    await asyncio.sleep(0.001)
    return n

async def main():
    task = asyncio.create_task(worker(1))
    for name in ('get_context', 'get_coro', 'cancelling'):
        print(f'Task.{name}:', hasattr(task, name))
    print('itertools.batched:', hasattr(itertools, 'batched'))
    print('asyncio.eager_task_factory:', hasattr(asyncio, 'eager_task_factory'))
    print('asyncio.Runner:', hasattr(asyncio, 'Runner'), 'asyncio.timeout:', hasattr(asyncio, 'timeout'))
    await task
    for chunk in itertools.batched(range(7), 3):
        print(chunk)

asyncio.run(main())
