# The body of "async with TaskGroup" raises: the children are cancelled and the error comes out in a group.
import asyncio
# (The children's clean-ups are in the order of a set of tasks, CPython's by address: printed sorted.)

cleaned = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(f'child {n} cleaned up')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0.01)
            raise KeyError('from body')
    except* KeyError as eg:
        print('caught', repr(eg.exceptions[0]), type(eg).__name__)
    print(sorted(cleaned))

asyncio.run(main())
