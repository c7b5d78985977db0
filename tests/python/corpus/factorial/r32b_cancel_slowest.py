# Cancel the task computing the largest factorial after the others finish.
import asyncio


async def factorial(n):
    try:
        r = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            r *= i
        return r
    except asyncio.CancelledError:
        print(f"factorial({n}) was cancelled at i={i}")
        raise


async def main():
    tasks = {n: asyncio.create_task(factorial(n)) for n in (2, 3, 9)}
    print(await tasks[2], await tasks[3])
    tasks[9].cancel()
    try:
        await tasks[9]
    except asyncio.CancelledError:
        print("cancelled:", tasks[9].cancelled())


asyncio.run(main())
