# A pending future's repr lists its callbacks: one, two, or the first, '<N more>' and the last (on stderr).
import asyncio
import sys

def on_done(fut):
    pass

def also(fut):
    pass

async def waiter(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), file=sys.stderr)
    fut.add_done_callback(on_done)
    print(repr(fut), file=sys.stderr)
    fut.add_done_callback(also)
    print(repr(fut), file=sys.stderr)
    tasks = [asyncio.create_task(waiter(fut), name=f'w{i}') for i in range(2)]
    await asyncio.sleep(0)
    print(repr(fut), file=sys.stderr)
    fut.remove_done_callback(on_done)
    print(repr(fut), file=sys.stderr)
    print(repr(tasks[0]), file=sys.stderr)
    fut.set_result('r')
    print(repr(fut), file=sys.stderr)
    print(await asyncio.gather(*tasks))
    t = asyncio.create_task(asyncio.sleep(0.01))
    t.add_done_callback(on_done)
    print(repr(t).split(' coro=')[1].split('> ', 1)[1], file=sys.stderr)
    await t

asyncio.run(main())
