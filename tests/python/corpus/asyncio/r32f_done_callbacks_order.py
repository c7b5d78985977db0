# Done callbacks on a Future: order of calls, removal, and adding after completion
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    cb1 = lambda f: log.append(("cb1", f.result()))
    def cb2(f):
        log.append(("cb2", f.result()))
    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb1)
    print("removed:", fut.remove_done_callback(cb1))
    fut.set_result("value")
    print("right after set_result:", log)
    await asyncio.sleep(0)
    print("after one loop step:", log)
    fut.add_done_callback(lambda f: log.append(("late", f.done())))
    await asyncio.sleep(0)
    print(log[-1])

asyncio.run(main())
