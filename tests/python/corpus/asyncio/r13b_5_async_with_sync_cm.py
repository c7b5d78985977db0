import asyncio

class Timer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")

async def main():
    with Timer():
        await asyncio.sleep(0)
    async with Timer():
        await asyncio.sleep(0)

asyncio.run(main())
