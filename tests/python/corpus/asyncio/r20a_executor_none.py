# run_in_executor(None, ...) uses the loop's default executor; gather keeps argument order.
import asyncio
import time


def blocking(label, delay):
    time.sleep(delay)
    return label.upper()


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, 'a', 0.2),
        loop.run_in_executor(None, blocking, 'b', 0.1),
    )
    print(results)
    fut = loop.run_in_executor(None, blocking, 'c', 0.05)
    print(type(fut).__name__)
    print(await fut)


asyncio.run(main())
