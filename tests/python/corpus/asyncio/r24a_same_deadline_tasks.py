import asyncio

async def wake_at(loop, deadline, name, log):
    await asyncio.sleep(0)
    loop.call_at(deadline, log.append, name + "-cb")
    log.append(name + "-scheduled")

async def main():
    loop = asyncio.get_running_loop()
    log = []
    deadline = loop.time() + 0.05
    await asyncio.gather(*(wake_at(loop, deadline, n, log) for n in "pqrst"))
    await asyncio.sleep(0.1)
    for entry in log:
        print(entry)

asyncio.run(main())
