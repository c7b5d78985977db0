# Debug output: a table of tasks by name with their state at several moments.
import asyncio

def state(t):
    if not t.done():
        return "pending"
    if t.cancelled():
        return "cancelled"
    return "error" if t.exception() else f"ok={t.result()}"

def show(title, tasks):
    print(f"-- {title}")
    for t in tasks:
        print(f"  {t.get_name():<8}{state(t)}")

async def ok(x):
    await asyncio.sleep(0.01)
    return x

async def boom():
    await asyncio.sleep(0.02)
    raise OSError("disk full")

async def main():
    tasks = [asyncio.create_task(ok(1), name="fast"),
             asyncio.create_task(boom(), name="boom"),
             asyncio.create_task(asyncio.sleep(1), name="slow")]
    show("start", tasks)
    await asyncio.sleep(0.015)
    show("after 15ms", tasks)
    tasks[2].cancel()
    await asyncio.wait(tasks)
    show("end", tasks)
    print("main is", asyncio.current_task().get_name())

asyncio.run(main())
