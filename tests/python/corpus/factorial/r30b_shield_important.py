# shield() keeps the big factorial running even though wait_for times out.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    print(f"factorial({n}) finished anyway: {f}")
    return f


async def main():
    task = asyncio.create_task(factorial(5))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.15)
    except asyncio.TimeoutError:
        print("gave up waiting, task cancelled?", task.cancelled())
    print("now awaiting it directly:", await task)


asyncio.run(main())
