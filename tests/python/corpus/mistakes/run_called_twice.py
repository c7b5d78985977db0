# asyncio.run() called twice in a row: fine, each run has its own loop; task names go on counting.
import asyncio

async def factorial(n):
    print(asyncio.current_task().get_name(), 'computes', n)
    await asyncio.sleep(0.01)
    return n * 2

async def main(n):
    return await asyncio.gather(factorial(n), asyncio.create_task(factorial(n + 1)))

print(asyncio.run(main(1)))
print(asyncio.run(main(5)))
