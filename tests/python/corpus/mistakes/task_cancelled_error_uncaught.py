# Mistake: awaiting a task that was cancelled, without handling CancelledError.
import asyncio

async def factorial(n):
    await asyncio.sleep(1)
    return n

async def main():
    task = asyncio.create_task(factorial(5))
    await asyncio.sleep(0.01)
    task.cancel()
    print('cancelled?', task.cancelled())
    print(await task)

asyncio.run(main())
