# A types.coroutine helper that yields None: asyncio treats a bare yield as sleep(0)
import asyncio
import types


@types.coroutine
def yield_now():
    yield


async def spinner(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await yield_now()


async def main():
    log = []
    await asyncio.gather(spinner("a", 3, log), spinner("b", 2, log))
    print(log)
    print(asyncio.iscoroutinefunction(yield_now), asyncio.iscoroutine(yield_now()))


asyncio.run(main())
