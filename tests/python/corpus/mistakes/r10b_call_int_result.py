# The learner writes result() on the int returned by await.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    result = await worker()
    print('result:', result())

asyncio.run(main())
