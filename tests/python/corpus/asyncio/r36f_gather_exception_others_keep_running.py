# With gather (no return_exceptions) the first error propagates but the other tasks keep running.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} crashed")
    print(f"{name} completed")
    return name

async def main():
    tasks = [asyncio.create_task(job("a", 0.05, fail=True)), asyncio.create_task(job("b", 0.2)),
             asyncio.create_task(job("c", 0.3))]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print("gather raised:", e)
        print("still running:", [t.done() for t in tasks])
    await asyncio.sleep(0.4)
    print("later:", [t.result() if not t.exception() else "error" for t in tasks])

asyncio.run(main())
