# test_locks: EventTests.test_wait / test_clear / test_clear_with_waiters
import asyncio

async def main():
    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).split(" [")[1])
    result = []

    async def c(n):
        if await ev.wait():
            result.append(n)

    tasks = [asyncio.create_task(c(i)) for i in (1, 2)]
    await asyncio.sleep(0)
    print(repr(ev).split(" [")[1])
    ev.set()
    ev.clear()
    print("set then clear:", ev.is_set())
    await asyncio.sleep(0)
    print(result)
    print("wait() on set event:", await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "x")), 1))
    ev.set()
    print(await ev.wait(), repr(ev).split(" [")[1])
    await asyncio.gather(*tasks)

asyncio.run(main())
