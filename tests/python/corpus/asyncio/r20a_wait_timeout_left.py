# wait with a timeout, pending tasks NOT cancelled before loop.close(): CPython logs them destroyed.
import asyncio


async def phase(i):
    await asyncio.sleep(0.2 * i)
    print('done with phase {}'.format(i))
    return i


async def main():
    phases = [asyncio.ensure_future(phase(i)) for i in range(3)]
    completed, pending = await asyncio.wait(phases, timeout=0.3)
    print('{} completed and {} pending'.format(len(completed), len(pending)))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main())
finally:
    event_loop.close()
print('closed')
