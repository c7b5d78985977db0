# The TimeoutError of asyncio.timeout() has the CancelledError as its __context__ and __cause__
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(type(e).__name__, e.args)
        print('cause:', type(e.__cause__).__name__)
        print('context:', type(e.__context__).__name__)
        print('suppress:', e.__suppress_context__)
        print(TimeoutError is asyncio.TimeoutError)

asyncio.run(main())
