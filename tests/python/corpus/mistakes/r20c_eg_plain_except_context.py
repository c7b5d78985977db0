# handling an ExceptionGroup with plain except then failing: group shown as context
import asyncio

async def bad(i):
    raise ValueError(i)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except ExceptionGroup as eg:
        first = eg.exceptions[0]
        raise RuntimeError(f"{len(eg.exceptions)} tasks failed, first: {first}")

asyncio.run(main())
