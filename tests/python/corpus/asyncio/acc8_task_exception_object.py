# exception() hands back the very exception a task raised; result() raises it again.
import asyncio

class AppError(Exception):
    pass

async def failing(code):
    await asyncio.sleep(0.01)
    raise AppError('code', code)

async def main():
    t = asyncio.create_task(failing(7))
    await asyncio.wait([t])
    e = t.exception()
    print(type(e).__name__, e.args, str(e))
    try:
        t.result()
    except AppError as again:
        print('same object:', again is e)
    print('done', t.done(), 'cancelled', t.cancelled())

asyncio.run(main())
