# add_done_callback: callbacks run in order, soon after the task is done; remove_done_callback.
import asyncio

async def compute(x):
    await asyncio.sleep(0.05)
    return x * 2

def report(tag):
    def callback(task):
        print(f'{tag}: done={task.done()} result={task.result()}')
    return callback

def never(task):
    print('never called')

async def main():
    task = asyncio.create_task(compute(21))
    task.add_done_callback(report('first'))
    task.add_done_callback(never)
    task.add_done_callback(report('second'))
    print('removed:', task.remove_done_callback(never))
    result = await task
    print('main got', result)
    task.add_done_callback(report('added late'))
    print('late callback is scheduled, not called yet')
    await asyncio.sleep(0)
    print('end of main')

asyncio.run(main())
