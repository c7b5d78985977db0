import asyncio
import time

async def download(name, seconds):
    print("start", name)
    time.sleep(seconds)
    print("end", name)
    return name

async def main():
    results = await asyncio.gather(download("a", 0.05), download("b", 0.01), download("c", 0.02))
    print(results)

asyncio.run(main())
