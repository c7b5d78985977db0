# Tracing the exact interleaving of task steps, call_soon callbacks and done callbacks
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(worker("a", 3))
    loop.call_soon(log.append, "cb1")
    b = asyncio.create_task(worker("b", 2))
    a.add_done_callback(lambda t: log.append(f"done-{t.result()}"))
    b.add_done_callback(lambda t: log.append(f"done-{t.result()}"))
    loop.call_soon(log.append, "cb2")
    log.append("main-before-await")
    await asyncio.gather(a, b)
    log.append("main-after")
    print(" ".join(log))


asyncio.run(main())
