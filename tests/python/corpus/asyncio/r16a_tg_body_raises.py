# An exception raised in the TaskGroup's own body cancels the children and joins the group
# (the children are cancelled in the order of a set of tasks: printed sorted)
import asyncio

seen = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        seen.append(n)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(child(i))
            await asyncio.sleep(0.1)
            raise LookupError('from the body')
    except ExceptionGroup as eg:
        print(repr(eg))
        print('cancelled', sorted(seen))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(9))
            await asyncio.sleep(0)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        print('KeyboardInterrupt passes as itself', seen[-1])

asyncio.run(main())
