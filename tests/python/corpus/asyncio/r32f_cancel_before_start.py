# Cancelling a task before it gets its first step: its body never runs
import asyncio

async def body(log):
    log.append("body started")
    try:
        await asyncio.sleep(0.01)
    finally:
        log.append("body finally")

async def main():
    log = []
    t = asyncio.create_task(body(log))
    print("cancel() returned", t.cancel())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "log:", log)
    t2 = asyncio.create_task(body(log))
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("second log:", log)

asyncio.run(main())
