# current_task() is None in a plain callback and the task inside a coroutine.
import asyncio

def cb(label):
    print(label, asyncio.current_task())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'call_soon:')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: cb('done callback:'))
    fut.set_result(None)
    await asyncio.sleep(0.01)
    print('in main:', asyncio.current_task().get_name())

asyncio.run(main())
