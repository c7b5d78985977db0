# add_done_callback on an already finished Future runs later via call_soon, not immediately
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    fut.set_result("r")
    fut.add_done_callback(lambda f: log.append("late-added callback"))
    log.append("after add_done_callback")
    loop.call_soon(log.append, "call_soon queued after")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: log.append("f2 callback"))
    f2.set_result(1)
    log.append("right after f2.set_result")
    await asyncio.sleep(0)
    print("\n".join(log))


asyncio.run(main())
