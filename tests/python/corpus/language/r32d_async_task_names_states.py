# Task names, states and reprs of tasks and futures as a learner prints them
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name="second")
    t3 = asyncio.create_task(job(3))
    print(t1.get_name(), t2.get_name(), t3.get_name(), asyncio.current_task().get_name())
    print(t1.done(), t1.cancelled(), len(asyncio.all_tasks()))
    await t1
    t3.cancel()
    await asyncio.sleep(0)
    print(t1.done(), t1.result(), t3.cancelled(), t2.done())
    print(await t2, [t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.iscoroutine(job(0)), asyncio.isfuture(t1), asyncio.iscoroutinefunction(job))
    f = asyncio.get_running_loop().create_future()
    print(f.done(), f.cancel(), f.cancelled())
    t3.result()


asyncio.run(main())
