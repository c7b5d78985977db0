# The TimeoutError from asyncio.timeout and wait_for: its __cause__, __context__ and traceback frames.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timeout:', repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        print('wait_for:', repr(e), repr(e.__cause__), type(e.__context__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyError('replaced')
    except KeyError as e:
        print('foreign:', repr(e), type(e.__context__).__name__)

asyncio.run(main())
