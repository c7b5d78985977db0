import asyncio
import functools

def report(label, task):
    if task.cancelled():
        print(label, "cancelled")
    elif task.exception() is not None:
        print(label, "failed:", task.exception())
    else:
        print(label, "->", task.result())

async def work(v, fail=False):
    await asyncio.sleep(0.01 * v)
    if fail:
        raise KeyError(v)
    return v * v

async def main():
    t1 = asyncio.create_task(work(1))
    t1.add_done_callback(functools.partial(report, "t1"))
    t2 = asyncio.create_task(work(2, fail=True))
    t2.add_done_callback(functools.partial(report, "t2"))
    t3 = asyncio.create_task(work(3))
    cb = functools.partial(report, "t3")
    t3.add_done_callback(cb)
    print("removed:", t3.remove_done_callback(cb))
    t4 = asyncio.create_task(work(4))
    t4.add_done_callback(functools.partial(report, "t4"))
    t4.cancel()
    await asyncio.gather(t1, t2, t3, t4, return_exceptions=True)
    await asyncio.sleep(0)

asyncio.run(main())
