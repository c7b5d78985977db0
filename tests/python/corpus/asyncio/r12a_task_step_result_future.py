# test_tasks: a coroutine yielding something that is not a future
import asyncio
import types

@types.coroutine
def bad_yield(value):
    yield value

async def coro(v):
    await bad_yield(v)

async def main():
    for v in (42, "x", None):
        t = asyncio.create_task(coro(v))
        try:
            await t
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" in task")[0])
        except Exception as e:
            print(type(e).__name__, e)

asyncio.run(main())
