# The callback reads result() of a failed task: logged "Exception in callback".
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    raise ValueError('worker broke')

def print_it(task):
    print('print_it result:', task.result())

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(print_it)
    try:
        await t
    except ValueError as e:
        print('main caught', e)
    await asyncio.sleep(0.1)

asyncio.run(main())
