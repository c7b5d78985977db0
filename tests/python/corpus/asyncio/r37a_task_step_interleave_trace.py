# Tracing which task runs at each step when three tasks yield with sleep(0) different numbers of times
import asyncio

trace = []


async def job(name, steps):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    trace.append(f"{name}!")
    return name


async def main():
    tasks = [asyncio.create_task(job(n, k)) for n, k in (("a", 3), ("b", 1), ("c", 2))]
    trace.append("main-before")
    for coro in asyncio.as_completed(tasks):
        trace.append("done:" + await coro)
    print(" ".join(trace))


asyncio.run(main())
