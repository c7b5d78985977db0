# Error messages from misusing asyncio's synchronization primitives.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock.release:", e)
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("Condition.notify:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("Condition.wait:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore(-1):", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("Barrier(0):", e)
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("Lock(loop=):", e)

asyncio.run(main())
