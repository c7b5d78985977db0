# remove_done_callback returns how many times the callback was registered, and removes them all.
import asyncio

def a(fut):
    print('a called')

def b(fut):
    print('b called')

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(a)
    print('removed a:', fut.remove_done_callback(a))
    print('removed a again:', fut.remove_done_callback(a))
    print('removed unknown:', fut.remove_done_callback(print))
    fut.set_result(None)
    await asyncio.sleep(0)
    print('removed after done:', fut.remove_done_callback(b))
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(a)
    print('task removed:', t.remove_done_callback(a))
    await t
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
