# add_done_callback on an already finished future schedules the callback; it does not run immediately.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    fut.add_done_callback(lambda f: print("callback:", f.result()))
    print("after add_done_callback")
    loop.call_soon(print, "call_soon queued after")
    await asyncio.sleep(0)
    print("after one loop iteration")
    print("removed:", fut.remove_done_callback(print))

asyncio.run(main())
