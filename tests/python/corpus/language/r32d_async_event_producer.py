# An asyncio.Event to start workers at once, and a Condition-free handshake with Futures
import asyncio


async def worker(name, start, results):
    print(f"{name} waiting")
    await start.wait()
    await asyncio.sleep(0.1 * len(name))
    results.append(name)


async def main():
    start = asyncio.Event()
    results = []
    tasks = [asyncio.create_task(worker(n, start, results)) for n in ["ann", "bo", "cecil"]]
    await asyncio.sleep(0.02)
    print("is set?", start.is_set(), [t.done() for t in tasks])
    start.set()
    await asyncio.gather(*tasks)
    print(results)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "answer")
    print(await fut, fut.done(), fut.result())
    fut2 = loop.create_future()
    fut2.set_exception(LookupError("no answer"))
    await fut2


asyncio.run(main())
