import asyncio
import time


def blocking(x):
    time.sleep(0.05)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3))))
    await loop.shutdown_default_executor()
    print("executor shut down")
    try:
        await loop.run_in_executor(None, blocking, 5)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
