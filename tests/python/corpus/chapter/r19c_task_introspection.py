# Task names and introspection
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name(), me.get_coro().__name__)
    tasks = [asyncio.create_task(worker(0.1 * i), name=f"worker-{i}") for i in range(1, 4)]
    tasks[0].set_name("first")
    running = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", running)
    print(len(asyncio.all_tasks()), [t.done() for t in tasks])
    await tasks[0]
    print("after first:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(tasks[0].result(), tasks[0].exception(), tasks[0].cancelled())
    print(repr(tasks[0]).startswith("<Task finished name='first' coro=<worker() done"))
    r = repr(tasks[1])
    print(r[:r.index(" coro")])
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
