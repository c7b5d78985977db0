# Cancelling a task: CancelledError runs finally blocks, a cancel message, and cancelled() states
import asyncio


async def worker(name, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(1)
        log.append(f"{name} finished")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled: {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def main():
    log = []
    t1 = asyncio.create_task(worker("a", log))
    t2 = asyncio.create_task(worker("b", log))
    await asyncio.sleep(0.01)
    t1.cancel()
    t2.cancel("shutting down")
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print(log)
    print([type(r).__name__ for r in results], t1.cancelled(), t2.cancelled())
    print(repr(results[1]), isinstance(results[0], BaseException), issubclass(asyncio.CancelledError, Exception))
    t3 = asyncio.create_task(worker("c", log))
    await asyncio.sleep(0)
    t3.cancel()
    await t3


asyncio.run(main())
