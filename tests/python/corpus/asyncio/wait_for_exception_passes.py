# wait_for passes the inner coroutine's exception through unchanged, and its result when it finishes in time.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise LookupError('inner error')

async def answer():
    await asyncio.sleep(0.01)
    return 42

async def main():
    try:
        await asyncio.wait_for(fails(), timeout=1)
    except LookupError as e:
        print('caught', repr(e), e.__cause__, e.__context__)
    print('answer', await asyncio.wait_for(answer(), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
    except asyncio.TimeoutError as e:
        print('cause is', type(e.__cause__).__name__)
    print('TimeoutError is the builtin:', asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
