# exception() returns the error; result() raises it; both keep the same object.
import asyncio

class AppError(Exception):
    pass

async def fail():
    await asyncio.sleep(0)
    raise AppError('boom', 7)

async def main():
    t = asyncio.create_task(fail(), name='failing')
    await asyncio.wait([t])
    exc = t.exception()
    print(type(exc).__name__, exc.args)
    try:
        t.result()
    except AppError as e:
        print('result raised same object:', e is exc)
    try:
        await t
    except AppError as e:
        print('await raised same object:', e is exc)
    print(t.get_name(), t.done(), t.cancelled())

asyncio.run(main())
