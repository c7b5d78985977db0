# A nested TaskGroup's failure uncaught: the ExceptionGroup inside an ExceptionGroup, as the traceback prints it.
import asyncio

async def fail(msg):
    raise ValueError(msg)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail('inner one'))
        tg.create_task(fail('inner two'))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(fail('outer'))

asyncio.run(main())
