# passed the callback's name as a string by accident
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback('print_it')
    print('await:', await task)
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    loop.call_soon('print_it')
    await asyncio.sleep(0.05)
    print('main done')

asyncio.run(main())
