# A TaskGroup where 17 children fail: the ExceptionGroup traceback is truncated after 15
import asyncio

async def fail(i):
    raise ValueError(f"child {i}")

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(17):
            tg.create_task(fail(i))

asyncio.run(main())
