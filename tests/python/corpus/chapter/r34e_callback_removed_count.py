# adding the same callback three times and removing it
import asyncio

calls = []

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    calls.append(task.result())

async def main():
    task = asyncio.create_task(worker())
    for _ in range(3):
        task.add_done_callback(print_it)
    task.add_done_callback(lambda t: calls.append('lambda'))
    print('removed', task.remove_done_callback(print_it))
    print('removed again', task.remove_done_callback(print_it))
    await task
    await asyncio.sleep(0)
    print(calls)

asyncio.run(main())
