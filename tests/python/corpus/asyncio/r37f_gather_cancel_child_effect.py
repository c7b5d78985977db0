# Cancelling one child of a gather (not the gather): without return_exceptions the gather raises CancelledError
import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    for return_exceptions in (False, True):
        tasks = [asyncio.create_task(work(n, d)) for n, d in [("a", 0.02), ("b", 0.3), ("c", 0.05)]]
        g = asyncio.gather(*tasks, return_exceptions=return_exceptions)
        await asyncio.sleep(0.01)
        tasks[1].cancel()
        try:
            print(return_exceptions, "->", await g)
        except asyncio.CancelledError:
            print(return_exceptions, "-> CancelledError; gather cancelled():", g.cancelled())
        await asyncio.sleep(0.1)
        print("   others:", [t.result() if not t.cancelled() else "cancelled" for t in tasks])

asyncio.run(main())
