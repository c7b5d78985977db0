# A types.coroutine generator that yields None hands control back to the loop like sleep(0)
import asyncio
import types


@types.coroutine
def pause():
    yield


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await pause()


async def main():
    log = []
    await asyncio.gather(worker("a", 3, log), worker("b", 2, log), worker("c", 3, log))
    print(" ".join(log))
    print(asyncio.iscoroutinefunction(pause), asyncio.iscoroutine(pause()))


asyncio.run(main())
