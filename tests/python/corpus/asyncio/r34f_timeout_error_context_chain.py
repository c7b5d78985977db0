# What does a TimeoutError from asyncio.timeout carry? Its __context__ is the CancelledError.
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError as e:
        print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
        print(str(e) == "", e.args)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError as e:
        print(repr(e), type(e.__context__).__name__, type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(0.01):
            try:
                await slow()
            finally:
                print("cleanup sees cancellation:", asyncio.current_task().cancelling())
    except TimeoutError:
        print("cancelling after timeout:", asyncio.current_task().cancelling())

asyncio.run(main())
