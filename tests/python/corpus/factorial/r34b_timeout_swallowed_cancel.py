# The factorial catches CancelledError and returns its partial value: does asyncio.timeout still raise?
import asyncio


async def stubborn_factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
    except asyncio.CancelledError:
        print(f"  swallowing cancel at r={r}")
    return r


async def main():
    result = "unset"
    try:
        async with asyncio.timeout(0.52):
            result = await stubborn_factorial(10)
        print("no TimeoutError, result =", result)
    except TimeoutError:
        print("TimeoutError, result =", result)
    task = asyncio.current_task()
    print("cancelling() afterwards:", task.cancelling())


asyncio.run(main())
