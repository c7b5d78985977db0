import asyncio


async def download(n):
    await asyncio.sleep(0.01 * n)
    return f"file{n}"


async def main():
    tasks = [asyncio.create_task(download(n)) for n in range(1, 4)]
    for t in await asyncio.wait(tasks):
        print(t.result())


asyncio.run(main())
