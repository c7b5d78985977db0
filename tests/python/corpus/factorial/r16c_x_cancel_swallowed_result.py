# A factorial that catches CancelledError and returns its partial product instead
import asyncio

async def factorial(n):
    f = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            f *= i
    except asyncio.CancelledError:
        print(f'cancelled at {f}, returning it')
        return f
    return f

async def main():
    t = asyncio.create_task(factorial(10))
    await asyncio.sleep(0.5)
    t.cancel()
    r = await t
    print('result', r, 'cancelled?', t.cancelled(), 'cancelling', t.cancelling())
    try:
        raise asyncio.CancelledError()
    except Exception:
        print('Exception caught it')
    except BaseException as e:
        print('only BaseException catches', type(e).__name__, isinstance(e, Exception))

asyncio.run(main())
