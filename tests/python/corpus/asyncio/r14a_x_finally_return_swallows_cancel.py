# test_tasks: a return in finally swallows the cancellation: the task returns its value, not cancelled
import asyncio
async def f():
    try:
        await asyncio.sleep(1)
    finally:
        return 'finally wins'
async def main():
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
asyncio.run(main())
