import asyncio
import time


async def polite(name):
    for i in range(2):
        print(f"{name} step {i}")
        await asyncio.sleep(0.01)


async def rude(name):
    for i in range(2):
        print(f"{name} step {i} (blocking)")
        time.sleep(0.01)


async def main():
    await asyncio.gather(polite("A"), rude("B"), polite("C"))


asyncio.run(main())
