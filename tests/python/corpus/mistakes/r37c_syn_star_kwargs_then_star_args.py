# forwarding arguments to a worker: I put the **options before *args
import asyncio

async def worker(name, *numbers, scale=1):
    await asyncio.sleep(0.01)
    return name, sum(numbers) * scale

async def main():
    args = ("w1", 1, 2, 3)
    options = {"scale": 10}
    print(await worker(**options, *args))

asyncio.run(main())
