# result() and exception() of a task that has not finished: InvalidStateError in CPython's words.
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return 'late'

async def main():
    t = asyncio.create_task(slow())
    for name in ('result', 'exception'):
        try:
            getattr(t, name)()
        except asyncio.InvalidStateError as e:
            print(name, '->', type(e).__name__, e)
    print('done?', t.done())
    print(await t, t.result(), t.exception())

asyncio.run(main())
