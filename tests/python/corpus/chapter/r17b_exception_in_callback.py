# A done callback that raises: the loop logs it and the program carries on
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return {'value': 1}

def print_it(task):
    print('print_it result:', task.result()['missing'])

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(print_it)
    print('awaited:', await t)
    await asyncio.sleep(0.01)
    print('main still running')

asyncio.run(main())
print('Main - Done')
