# shield a long factorial from a wait_for timeout, then await it properly afterwards.
import asyncio


async def long_factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 50 == 0:
            await asyncio.sleep(0.1)
    return r


async def main():
    task = asyncio.create_task(long_factorial(300))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.15)
    except asyncio.TimeoutError:
        print("gave up waiting, task cancelled?", task.cancelled())
    value = await task
    print("300! has", len(str(value)), "digits")
    print("starts with", str(value)[:12], "ends with", str(value)[-5:])


asyncio.run(main())
