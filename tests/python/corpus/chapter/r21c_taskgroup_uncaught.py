# TaskGroup with two failures left uncaught: the ExceptionGroup traceback.
import asyncio

async def fail(n):
    await asyncio.sleep(0.1)
    raise RuntimeError(f'failure {n}')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(2))

asyncio.run(main())
