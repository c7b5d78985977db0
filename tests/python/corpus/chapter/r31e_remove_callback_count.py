# adding print_it twice and then removing it; how many times does it run?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

calls = []

def print_it(task):
    calls.append(task.result())
    print('print_it result:', task.result())

def other(task):
    print('other sees done =', task.done())

async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(other)
    task.add_done_callback(print_it)
    print('removed:', task.remove_done_callback(print_it))
    print('removed again:', task.remove_done_callback(print_it))
    await task
    await asyncio.sleep(0)
    print('calls:', calls)

asyncio.run(main())
