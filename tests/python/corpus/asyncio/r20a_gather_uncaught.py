# gather with a failing phase and nothing catching it: traceback through run_until_complete.
import asyncio


async def phase(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        raise RuntimeError('phase {} failed'.format(i))
    return i


async def main():
    results = await asyncio.gather(*[phase(i) for i in range(4)])
    print(results)


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main())
finally:
    print('closing')
    event_loop.close()
