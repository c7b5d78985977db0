# Runner.run refuses non-coroutines and calls from inside a running loop.
import asyncio

async def inside(runner):
    coro = asyncio.sleep(0)
    try:
        runner.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

with asyncio.Runner() as runner:
    try:
        runner.run(123)
    except ValueError as e:
        print('ValueError:', e)
    runner.run(inside(runner))
    try:
        runner.run(asyncio.sleep)
    except ValueError as e:
        print('ValueError:', str(e).split(' got ')[0])
