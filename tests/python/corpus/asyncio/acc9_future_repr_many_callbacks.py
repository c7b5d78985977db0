# A Future's repr with no, one, two and many done callbacks, and after it is done.
import asyncio, functools

def cb_one(fut):
    pass

def cb_two(fut, extra=None):
    pass

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def show():
        print(repr(fut).replace(__file__, 'FILE'))
    show()
    fut.add_done_callback(print)
    show()
    fut.add_done_callback(cb_one)
    show()
    fut.add_done_callback(functools.partial(cb_two, extra=1))
    show()
    fut.add_done_callback(len)
    fut.add_done_callback(cb_one)
    show()
    print(fut.remove_done_callback(cb_one))
    show()
    fut.remove_done_callback(print)
    fut.remove_done_callback(len)
    fut.remove_done_callback(fut.remove_done_callback)
    fut.set_result([1, 'two'])
    show()
    await asyncio.sleep(0)

asyncio.run(main())
