# TaskGroup errors left uncaught: the ExceptionGroup traceback is printed by asyncio.run
import asyncio

async def check(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd number {n}")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 5):
            tg.create_task(check(n))
    print("unreachable")

asyncio.run(main())
