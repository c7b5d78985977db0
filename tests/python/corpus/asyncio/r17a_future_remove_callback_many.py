# remove_done_callback removes every registration of the callback and returns the count
import asyncio

def cb(f):
    print('cb', f.result())

def other(f):
    print('other', f.result())

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(cb)
    fut.add_done_callback(other)
    fut.add_done_callback(cb)
    print(fut.remove_done_callback(cb))
    print(fut.remove_done_callback(cb))
    fut.set_result('x')
    await asyncio.sleep(0)
    print(fut.remove_done_callback(other))

asyncio.run(main())
