# Edge cases: asyncio.wait on an empty list and wait_for with a zero timeout.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    try:
        await asyncio.wait_for(factorial(5), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0: TimeoutError")
    print("timeout=None:", await asyncio.wait_for(factorial(5), timeout=None))
    tasks = [asyncio.create_task(factorial(n)) for n in []]
    print("no tasks to wait for:", tasks)
    done, pending = await asyncio.wait(tasks)
    print(done, pending)


asyncio.run(main())
