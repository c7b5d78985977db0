# In debug mode, a failed factorial task nobody awaited reports where it was created.
import asyncio
import gc


async def factorial(n):
    await asyncio.sleep(0.001)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


async def main():
    task = asyncio.create_task(factorial(-1))
    await asyncio.sleep(0.01)
    print("task finished:", task.done())
    del task
    gc.collect()
    print("collected")


asyncio.run(main(), debug=True)
