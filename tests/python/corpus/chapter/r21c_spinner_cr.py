# A spinner using '\r' and flush=True while a job runs.
import asyncio
import itertools

async def spin(msg):
    for ch in itertools.cycle('|/-\\'):
        print(f'\r{ch} {msg}', end='', flush=True)
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            break
    print('\r' + ' ' * (len(msg) + 2) + '\r', end='')

async def slow_job():
    await asyncio.sleep(0.5)
    return 42

async def main():
    spinner = asyncio.create_task(spin('thinking!'))
    result = await slow_job()
    spinner.cancel()
    await spinner
    print('Answer:', result)

asyncio.run(main())
