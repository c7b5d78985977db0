# Mistake: a done callback that raises; the loop logs it and carries on.
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

def print_it(task):
    print('print_it result: ' + task.result())

async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    print('main got', await task)
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())
