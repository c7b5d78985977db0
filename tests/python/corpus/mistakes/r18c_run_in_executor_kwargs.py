import asyncio
import time


def resize(path, width=100, height=100):
    time.sleep(0.01)
    return f"{path}@{width}x{height}"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, resize, "a.png"))
    print(await loop.run_in_executor(None, resize, "b.png", width=50))


asyncio.run(main())
