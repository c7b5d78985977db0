# A task iterating an async generator is cancelled: the generator's finally runs, then the task's handler.
import asyncio

async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.01)
    finally:
        print('numbers finally')

async def consume(at_two):
    try:
        async for n in numbers():
            if n == 2:
                print('at 2')
                at_two.set()
    except asyncio.CancelledError:
        print('consume cancelled')
        raise

async def main():
    at_two = asyncio.Event()
    t = asyncio.create_task(consume(at_two))
    await at_two.wait()
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('done', t.cancelled())

asyncio.run(main())
