# A parameter's name misspelt in a task.
import asyncio

async def download(url, delay):
    await asyncio.sleep(dealy)
    return url

async def main():
    task = asyncio.create_task(download("a.com", 0.1))
    print(await task)

asyncio.run(main())
