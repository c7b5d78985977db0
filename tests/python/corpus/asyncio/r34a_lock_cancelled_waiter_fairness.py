# Three waiters queue on a Lock; the middle one is cancelled; the others still get it in FIFO order
import asyncio


async def user(lock, name, log):
    try:
        async with lock:
            log.append(f"{name} got lock")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = {n: asyncio.create_task(user(lock, n, log)) for n in ("u1", "u2", "u3")}
    await asyncio.sleep(0.01)
    tasks["u2"].cancel()
    await asyncio.sleep(0)
    lock.release()
    res = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print("\n".join(log))
    print([type(r).__name__ for r in res], lock.locked())


asyncio.run(main())
