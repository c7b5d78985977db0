# A factorial task cancels the main task when it sees a bad input: CancelledError escapes asyncio.run.
import asyncio


async def factorial(n, main_task):
    if n < 0:
        main_task.cancel()
        return None
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    me = asyncio.current_task()
    print(await factorial(4, me))
    print(await asyncio.gather(factorial(3, me), factorial(-1, me)))
    print("not printed")


asyncio.run(main())
