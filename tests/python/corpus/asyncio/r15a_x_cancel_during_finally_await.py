# A cancelled task awaits in its finally block: cleanup still completes before it ends
import asyncio

async def worker(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append("cleanup start")
        await asyncio.sleep(0.05)
        log.append("cleanup end")

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    print(log)

asyncio.run(main())
