# PyMOTW passes bare coroutines to asyncio.wait, as its 3.7 text did: 3.11 deprecation warning.
import asyncio


async def phase(i):
    await asyncio.sleep(0.1 * i)
    return 'phase {} result'.format(i)


async def main(num_phases):
    phases = [phase(i) for i in range(num_phases)]
    completed, pending = await asyncio.wait(phases)
    results = [t.result() for t in completed]
    print('results: {!r}'.format(sorted(results)))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()
