# the body of a TaskGroup raises: children are cancelled, the error comes out in a group
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, 'finished')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('fast', 0.01))
            tg.create_task(child('slow', 1))
            await asyncio.sleep(0.05)
            raise KeyError('from body')
    except* KeyError as eg:
        print('caught', repr(eg.exceptions[0]), len(eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child('alone', 0.01))
    print('result', t.result())
    try:
        tg.create_task(child('late', 0))
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
