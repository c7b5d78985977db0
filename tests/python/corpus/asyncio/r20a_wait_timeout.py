# PyMOTW asyncio_wait_timeout: wait with a timeout leaves pending tasks, which are then cancelled.
import asyncio


async def phase(i):
    print('in phase {}'.format(i))
    try:
        await asyncio.sleep(0.15 * i)
    except asyncio.CancelledError:
        print('phase {} canceled'.format(i))
        raise
    else:
        print('done with phase {}'.format(i))
        return 'phase {} result'.format(i)


async def main(num_phases):
    print('starting main')
    phases = [asyncio.ensure_future(phase(i)) for i in range(num_phases)]
    print('waiting 0.15 for phases to complete')
    completed, pending = await asyncio.wait(phases, timeout=0.2)
    print('{} completed and {} pending'.format(len(completed), len(pending)))
    if pending:
        print('canceling tasks')
        for t in phases:
            if t in pending:
                t.cancel()
    print('exiting main')


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()
