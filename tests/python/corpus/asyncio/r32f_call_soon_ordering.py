# Ordering of call_soon callbacks, a task's first step, call_later(0) and current_task() in a callback
import asyncio

async def task_body(log):
    log.append("task step 1")
    await asyncio.sleep(0)
    log.append("task step 2")

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0, log.append, "call_later(0)")
    loop.call_soon(log.append, "soon 1")
    asyncio.create_task(task_body(log))
    h = loop.call_soon(log.append, "soon cancelled")
    loop.call_soon(lambda: log.append(f"current_task in callback: {asyncio.current_task()}"))
    loop.call_soon(log.append, "soon 2")
    h.cancel()
    await asyncio.sleep(0.01)
    print(*log, sep="\n")

asyncio.run(main())
