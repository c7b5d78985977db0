# wait_for of a task that already failed, already finished, and already cancelled.
import asyncio

async def bad():
    raise KeyError('k')

async def good():
    return 'good'

async def main():
    b = asyncio.create_task(bad())
    g = asyncio.create_task(good())
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    for t in (b, g, c):
        for timeout in (None, 0, 1):
            try:
                print(timeout, await asyncio.wait_for(t, timeout))
            except KeyError as e:
                print(timeout, 'KeyError', e)
            except asyncio.CancelledError:
                print(timeout, 'CancelledError')
            except TimeoutError:
                print(timeout, 'TimeoutError')

asyncio.run(main())
