# Named tasks, done callbacks, results and the errors of asking too early.
import asyncio

async def brew(kind, delay):
    await asyncio.sleep(delay)
    if kind == "decaf":
        raise LookupError("out of decaf")
    return f"{kind} ready"

def announce(task):
    if task.cancelled():
        print(f"[{task.get_name()}] cancelled")
    elif task.exception():
        print(f"[{task.get_name()}] failed: {task.exception()!r}")
    else:
        print(f"[{task.get_name()}] {task.result()}")

async def main():
    me = asyncio.current_task()
    me.set_name("main-task")
    print("running in", me.get_name())
    tasks = []
    for i, (kind, delay) in enumerate([("espresso", 0.05), ("decaf", 0.1), ("latte", 0.3)]):
        t = asyncio.create_task(brew(kind, delay), name=f"order-{i}")
        t.add_done_callback(announce)
        tasks.append(t)
    try:
        tasks[0].result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.2)
    tasks[2].cancel("closing time")
    await asyncio.gather(*tasks, return_exceptions=True)
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    try:
        tasks[2].result()
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)
    print(tasks[1].exception().args, tasks[0].get_name(), len(asyncio.all_tasks()))
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("future callback got", f.result()))
    fut.set_result(99)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
