# Order of call_soon callbacks, a task's first step and a future's done callback on the same loop turn
import asyncio

log = []


async def task_body():
    log.append("task step 1")
    await asyncio.sleep(0)
    log.append("task step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon A")
    t = asyncio.create_task(task_body())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("fut callback"))
    fut.set_result(None)
    loop.call_soon(log.append, "soon B")
    loop.call_later(0, log.append, "later 0")
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after sleep(0)")
    await t
    print("\n".join(log))


asyncio.run(main())
