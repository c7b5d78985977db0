# set_task_factory with something that is not callable, and a factory returning a coroutine's task twice
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_task_factory("not callable")
    except TypeError as e:
        print("TypeError:", e)
    print(loop.get_task_factory())
    calls = []
    def counting(loop, coro):
        calls.append(1)
        return asyncio.Task(coro, loop=loop)
    loop.set_task_factory(counting)
    results = await asyncio.gather(*(asyncio.sleep(0.01, i) for i in range(3)))
    print(results, "factory calls:", len(calls))

asyncio.run(main())
