# A callback that raises: the loop logs it and the program continues.
import asyncio

def bad(task):
    print('bad callback sees', task.result())
    raise ValueError('callback exploded')

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, result=5))
    t.add_done_callback(bad)
    await t
    await asyncio.sleep(0.1)
    print('main still running')

asyncio.run(main())
print('end')
