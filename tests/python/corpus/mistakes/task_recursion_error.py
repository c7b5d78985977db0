import asyncio

def fact(n):
    return n * fact(n - 1)

async def compute(n):
    await asyncio.sleep(0)
    return fact(n)

async def main():
    try:
        await compute(5)
    except RecursionError as e:
        print("caught:", e)
    task = asyncio.create_task(compute(3))
    await task

asyncio.run(main())
