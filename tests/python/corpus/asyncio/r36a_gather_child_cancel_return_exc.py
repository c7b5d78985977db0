# gather(return_exceptions=True): one child cancelled from outside shows up as a CancelledError value
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.05), ("b", 0.3), ("c", 0.1)]]
    asyncio.get_running_loop().call_later(0.02, tasks[1].cancel, "not needed")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), type(r).__name__, r if not isinstance(r, BaseException) else r.args)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
