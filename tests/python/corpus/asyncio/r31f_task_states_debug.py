# Debug output of task states: names, done(), cancelled(), all_tasks, current_task
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    me = asyncio.current_task()
    print("current:", me.get_name())
    t1 = asyncio.create_task(sleeper(0.01), name="fast")
    t2 = asyncio.create_task(sleeper(0.5), name="slow")
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    print(t1.done(), t2.done())
    await t1
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print("fast:", t1.done(), t1.cancelled(), t1.result())
    print("slow:", t2.done(), t2.cancelled())
    print("left:", [t.get_name() for t in asyncio.all_tasks()])
    print(t2.get_coro().__name__, t2.get_coro().cr_frame)

asyncio.run(main(), debug=False)
