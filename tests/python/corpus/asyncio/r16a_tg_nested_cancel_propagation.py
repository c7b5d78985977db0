# An error in an outer group's child cancels an inner group running in a sibling
# (a group cancels its children in the order of a set of tasks: the leaves are printed sorted)
import asyncio

leaves = []

async def leaf(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        leaves.append(name)
        raise

async def inner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf('leaf-1'))
            tg.create_task(leaf('leaf-2'))
    except asyncio.CancelledError:
        print('inner group cancelled, leaves', sorted(leaves))
        raise

async def boom():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError('outer child')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(boom())
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
