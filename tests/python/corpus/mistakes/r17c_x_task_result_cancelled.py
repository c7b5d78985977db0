# result() of a cancelled task: CancelledError raised in main
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in [1, 5]]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    for t in tasks:
        print(t.cancelled(), t.result())


asyncio.run(main())
