import asyncio

def a(fut):
    print("a called")

def b(fut):
    print("b called")

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(a)
    print("removed a:", fut.remove_done_callback(a))
    print("removed a again:", fut.remove_done_callback(a))
    print("removed missing:", fut.remove_done_callback(print))
    fut.set_result(None)
    print("removed b after done:", fut.remove_done_callback(b))
    await asyncio.sleep(0)
    print("finished")

asyncio.run(main())
