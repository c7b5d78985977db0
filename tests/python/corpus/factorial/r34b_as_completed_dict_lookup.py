# Map each task to its n, then look up the futures that as_completed gives back (they aren't my tasks).
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.1 * n)
    return r


async def main():
    tasks = {asyncio.create_task(factorial(n)): n for n in (3, 1, 2)}
    for fut in asyncio.as_completed(tasks):
        value = await fut
        n = tasks.get(fut, "?")
        print(f"{n}! = {value}   (fut is a task: {fut in tasks})")
    print({n: t.result() for t, n in tasks.items()})


asyncio.run(main())
