import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-done")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb1")
    t1 = asyncio.create_task(worker("A", 3))
    loop.call_soon(log.append, "cb2")
    t2 = asyncio.create_task(worker("B", 2))
    loop.call_soon(log.append, "cb3")
    log.append("main-before-await")
    await asyncio.sleep(0)
    log.append("main-after-sleep0")
    await asyncio.gather(t1, t2)
    log.append("main-end")
    for entry in log:
        print(entry)

asyncio.run(main())
