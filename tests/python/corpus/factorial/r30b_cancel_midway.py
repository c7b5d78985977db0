# Cancel a long factorial halfway; it reports how far it got and re-raises.
import asyncio


async def factorial(n):
    result, i = 1, 0
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.2)
            result *= i
        return result
    except asyncio.CancelledError:
        print(f"factorial({n}) cancelled after step {i}, partial product {result}")
        raise


async def main():
    task = asyncio.create_task(factorial(20))
    await asyncio.sleep(0.5)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the cancellation")
    print("cancelled:", task.cancelled(), "done:", task.done())


asyncio.run(main())
