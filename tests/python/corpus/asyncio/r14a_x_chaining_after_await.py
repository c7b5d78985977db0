# test_tasks test_exception_chaining_after_await: an error awaited inside an except block chains to it
import asyncio

async def raise_error():
    raise ValueError('from the task')

async def run():
    try:
        raise KeyError(3)
    except Exception:
        task = asyncio.create_task(raise_error())
        try:
            await task
        except Exception as exc:
            chained = exc.__context__
            print(type(exc).__name__, (type(chained).__name__, chained.args), exc.__cause__)
            print(chained.__context__)

asyncio.run(run())
