# Inside a plain loop callback there is no current task; inside a task there is.
import asyncio

def callback(tag):
    task = asyncio.current_task()
    print(tag, "current task:", None if task is None else task.get_name())

async def main():
    loop = asyncio.get_running_loop()
    callback("in main")
    loop.call_soon(callback, "call_soon")
    loop.call_later(0.01, callback, "call_later")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: callback("done callback"))
    fut.set_result(None)
    await asyncio.sleep(0.02)
    t = asyncio.create_task(asyncio.sleep(0), name="helper")
    t.add_done_callback(lambda f: callback("task done callback"))
    await t
    await asyncio.sleep(0)

asyncio.run(main())
