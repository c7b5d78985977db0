# wait() with a timeout returns (done, pending) and does not cancel or raise
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.05, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(len(done), len(pending))
    print([t.done() for t in tasks], tasks[1].cancelled())
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(tasks[1].cancelled())

asyncio.run(main())
