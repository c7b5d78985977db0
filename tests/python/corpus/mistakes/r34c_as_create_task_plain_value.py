# Wrapping the result of a plain function in create_task
import asyncio

def compute(x):
    return x * 2

async def main():
    task = asyncio.create_task(compute(21))
    print(await task)

asyncio.run(main())
