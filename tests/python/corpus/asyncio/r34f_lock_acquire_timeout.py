# Stack Overflow question: how to acquire an asyncio.Lock with a timeout.
import asyncio

async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(0.3)
    print("holder released")

async def impatient(lock, timeout):
    try:
        await asyncio.wait_for(lock.acquire(), timeout)
    except asyncio.TimeoutError:
        print(f"could not get the lock within {timeout}s")
        return False
    try:
        print("impatient got the lock")
        return True
    finally:
        lock.release()

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.01)
    print(await impatient(lock, 0.05), lock.locked())
    print(await impatient(lock, 1.0), lock.locked())
    await h
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
