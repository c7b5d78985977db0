# Which awaits actually give other tasks a turn: done futures, set events, free locks and full queues don't
import asyncio

log = []


async def spy():
    for i in range(8):
        log.append(f"spy{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(spy())
    await asyncio.sleep(0)
    fut = loop.create_future(); fut.set_result(1)
    ev = asyncio.Event(); ev.set()
    lock = asyncio.Lock()
    q = asyncio.Queue(); q.put_nowait("x")
    sem = asyncio.Semaphore(1)
    for label, aw in [("done future", fut), ("set event", ev.wait()), ("free lock", lock.acquire()),
                      ("queue item", q.get()), ("semaphore", sem.acquire()),
                      ("plain coroutine", asyncio.sleep(0.0, None).__await__() and asyncio.gather()),
                      ("sleep(0)", asyncio.sleep(0))]:
        before = len(log)
        await aw
        log.append(f"[{label}: {'yielded' if len(log) > before else 'no yield'}]")
    print(" ".join(log))


asyncio.run(main())
