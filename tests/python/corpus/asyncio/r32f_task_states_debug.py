# Debug printout of task states: names, done(), cancelled(), and all_tasks() while running
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    t1 = asyncio.create_task(sleeper(0.01), name="quick")
    t2 = asyncio.create_task(sleeper(0.5), name="slow")
    t3 = asyncio.create_task(boom(), name="failing")
    await asyncio.sleep(0.05)
    t2.cancel()
    await asyncio.sleep(0)
    for t in (t1, t2, t3):
        state = "cancelled" if t.cancelled() else ("error" if t.exception() else "ok")
        print(f"{t.get_name():8} done={t.done()} state={state}")
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all_tasks:", names)
    print("current:", asyncio.current_task().get_name())

asyncio.run(main())
