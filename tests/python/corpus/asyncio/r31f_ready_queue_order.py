# Who runs first? call_soon callbacks, new tasks and sleep(0) interleaving
import asyncio

log = []

async def task(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb1")
    t1 = asyncio.create_task(task("A", 3))
    loop.call_soon(log.append, "cb2")
    t2 = asyncio.create_task(task("B", 2))
    log.append("main-before-sleep")
    await asyncio.sleep(0)
    log.append("main-after-sleep")
    loop.call_soon(log.append, "cb3")
    await t1
    log.append("main-after-t1")
    await t2
    print(log)

asyncio.run(main())
