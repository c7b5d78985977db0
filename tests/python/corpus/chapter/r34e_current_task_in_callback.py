# what does current_task() say inside a done callback and call_soon?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()

def print_it(task):
    print('callback: result', task.result(), 'current task:', asyncio.current_task())
    print('callback: loop running', asyncio.get_running_loop().is_running())

async def main():
    t = asyncio.create_task(worker(), name='W')
    t.add_done_callback(print_it)
    asyncio.get_running_loop().call_soon(lambda: print('call_soon sees', asyncio.current_task()))
    await t
    await asyncio.sleep(0)
    print('main sees', asyncio.current_task().get_name())

asyncio.run(main())
