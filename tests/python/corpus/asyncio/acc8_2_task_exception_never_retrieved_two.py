# Two fire-and-forget tasks fail: both "Task exception was never retrieved" at exit, in creation order.
import asyncio

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f'failure {n}')

async def main():
    asyncio.create_task(fail(1))
    asyncio.create_task(fail(2))
    await asyncio.sleep(0.05)
    print('main finished')

asyncio.run(main())
