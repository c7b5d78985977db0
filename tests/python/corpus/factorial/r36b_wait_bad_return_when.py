# Misspelt return_when for asyncio.wait (a string instead of the constant).
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (3, 5)]
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)
    done, pending = await asyncio.wait(tasks, return_when="ALL_COMPLETED")
    print("string works:", len(done), len(pending))
    await asyncio.wait(tasks, return_when="FIRST_DONE")


asyncio.run(main())
