import asyncio


async def download(n):
    await asyncio.sleep(0.01 * n)
    return f"file{n}"


async def main():
    tasks = [asyncio.create_task(download(n)) for n in range(1, 4)]
    done, pending = asyncio.wait(tasks, timeout=0.5)
    print(len(done), len(pending))


asyncio.run(main())
