# shield keeps a factorial running when wait_for times out on it.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    task = asyncio.create_task(factorial(5))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
    except asyncio.TimeoutError:
        print("timed out, but task cancelled?", task.cancelled())
    print("still got:", await task)


asyncio.run(main())
