# Done callbacks run in the order they were added, each once per add, soon after the result (not inside set_result).
import asyncio

def make(label):
    def cb(fut):
        print('callback', label, 'sees', fut.result())
    return cb

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    first, second = make('first'), make('second')
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    fut.set_result(7)
    print('set_result returned; callbacks not run yet')
    await asyncio.sleep(0)
    print('after one turn')
    fut.add_done_callback(make('late'))
    print('late callback added to a done future')
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.01, 'task value'))
    t.add_done_callback(make('task-1'))
    t.add_done_callback(make('task-2'))
    print('awaited:', await t)
    await asyncio.sleep(0)

asyncio.run(main())
