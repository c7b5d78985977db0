# A child's failure interrupts the body at its next await.
import asyncio

async def fail_soon():
    await asyncio.sleep(0.01)
    raise ValueError('child failed')

async def main():
    steps = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            try:
                for i in range(10):
                    await asyncio.sleep(0.004)
                    steps.append(i)
            except asyncio.CancelledError:
                print('body cancelled after', len(steps) > 0, 'steps')
                raise
    except* ValueError as eg:
        print('caught', [str(e) for e in eg.exceptions])
    print('cancelling after group:', asyncio.current_task().cancelling())

asyncio.run(main())
# (end of the program)
