# Without return_exceptions, gather raises the first error at once but its other children keep running.
import asyncio

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError(f'failed after {delay}')

async def work(name, delay):
    await asyncio.sleep(delay)
    print(name, 'still finished')
    return name

async def main():
    others = [asyncio.create_task(work('a', 0.1)), asyncio.create_task(work('b', 0.2))]
    try:
        await asyncio.gather(fail(0.05), *others, fail(0.15))
    except ValueError as e:
        print('gather raised:', e)
    print('pending after the error:', [t.done() for t in others])
    await asyncio.sleep(0.3)
    print('results:', [t.result() for t in others])

asyncio.run(main())
