# An error in a task's done callback is reported; other callbacks still run.
import asyncio

def check(task):
    if task.result() < 0:
        raise ValueError(f'negative result {task.result()}')

async def compute(x):
    await asyncio.sleep(0.01)
    return x

async def main():
    t = asyncio.create_task(compute(-5), name='calc')
    t.add_done_callback(check)
    t.add_done_callback(lambda task: print('second callback sees', task.result()))
    print('awaited:', await t)
    await asyncio.sleep(0)
    print('main continues')

asyncio.run(main())
# (end of the program)
