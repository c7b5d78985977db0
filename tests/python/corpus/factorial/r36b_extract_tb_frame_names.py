# Where did my ValueError travel? Print the frame names in its traceback for several APIs.
import asyncio
import os
import traceback


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return 1 if n < 2 else n * await factorial(n - 1)


def frames(e):
    return [(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(e.__traceback__)]


async def main():
    attempts = {
        "await": lambda: factorial(-1),
        "gather": lambda: asyncio.gather(factorial(3), factorial(-2)),
        "task": lambda: asyncio.create_task(factorial(-3)),
        "wait_for": lambda: asyncio.wait_for(factorial(-4), 1),
        "shield": lambda: asyncio.shield(factorial(-5)),
    }
    for label, make in attempts.items():
        try:
            await make()
        except ValueError as e:
            print(f"{label:>8}: {e} via {frames(e)}")


asyncio.run(main())
