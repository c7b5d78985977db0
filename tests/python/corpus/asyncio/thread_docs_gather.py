# The asyncio docs' to_thread example: a blocking call in a thread and a sleep run together (1 s, not 2; whole seconds printed).
import asyncio
import time

def blocking_io():
    print(f"start blocking_io at {round(time.monotonic() - t0)}")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(1)
    print(f"blocking_io complete at {round(time.monotonic() - t0)}")

async def main():
    print(f"started main at {round(time.monotonic() - t0)}")

    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(1))

    print(f"finished main at {round(time.monotonic() - t0)}")

t0 = time.monotonic()
asyncio.run(main())
