# the biggest factorial is cancelled when the others are done
import asyncio

async def factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            r *= i
    except asyncio.CancelledError:
        print(f"factorial({n}) cancelled at {r}")
        raise
    return r

async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (3, 4, 30)]
    print(await tasks[0], await tasks[1])
    tasks[2].cancel()
    try:
        await tasks[2]
    except asyncio.CancelledError:
        print("cancelled():", tasks[2].cancelled())

asyncio.run(main())
