# shield() keeps the factorial running even though wait_for times out around it.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    print(f"factorial({n}) finished anyway")
    return r


async def main():
    task = asyncio.create_task(factorial(6))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print("timed out waiting, but task cancelled?", task.cancelled())
    print("now awaiting it directly:", await task)


asyncio.run(main())
