# One coroutine object awaited from two tasks at once, and a task that awaits itself
import asyncio


async def slow():
    await asyncio.sleep(0.05)
    return "slow done"


async def waiter(coro, name):
    try:
        return f"{name}: {await coro}"
    except RuntimeError as e:
        return f"{name}: RuntimeError: {e}"


async def selfish():
    await asyncio.sleep(0)
    await asyncio.current_task()


async def main():
    shared = slow()
    print(await asyncio.gather(waiter(shared, "first"), waiter(shared, "second")))
    print(await waiter(shared, "third"))
    await asyncio.create_task(selfish(), name="selfish")


asyncio.run(main())
