# Mistake: add_done_callback given the callback and an extra argument for it.
import asyncio


async def worker():
    await asyncio.sleep(0.01)
    return 42


def print_it(task, label):
    print(label, task.result())


async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it, 'result:')
    await task


asyncio.run(main())
