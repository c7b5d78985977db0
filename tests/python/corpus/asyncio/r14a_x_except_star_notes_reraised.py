# test_taskgroups: except* over a TaskGroup's errors with notes on each and on the group, re-raised uncaught
import asyncio
gate = asyncio.Event()

async def fetch(i):
    if i % 2:
        await gate.wait()
        e = ConnectionError(f'host {i} down')
        e.add_note(f'attempt {i}')
        raise e
    return i
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(fetch(i))
            await asyncio.sleep(0.1)
            gate.set()
    except* ConnectionError as eg:
        eg.add_note('while fetching')
        for e in eg.exceptions:
            print(e, e.__notes__)
        raise
asyncio.run(main())
