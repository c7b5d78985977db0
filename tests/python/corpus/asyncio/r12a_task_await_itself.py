# test_tasks: test_yield_wait_does_not_shield_cancel / a task awaiting itself
import asyncio

async def main():
    async def selfish():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(selfish())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:38])
    print(me.done())

asyncio.run(main())
