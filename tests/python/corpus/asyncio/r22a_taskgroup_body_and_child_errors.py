# Errors from the body and from children land in one group.
import asyncio

async def bad(n):
    await asyncio.sleep(0)
    raise KeyError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad('child'))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise IndexError('body')
    except ExceptionGroup as eg:
        print(len(eg.exceptions))
        print(sorted(type(e).__name__ for e in eg.exceptions))
        keys, rest = eg.split(KeyError)
        print(keys.exceptions, rest.exceptions)

asyncio.run(main())
# (end of the program)
