# test_tasks: a task cancelled before its first step never runs its body
import asyncio

async def body():
    print('body ran')
    return 1

async def main():
    t = asyncio.create_task(body())
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t.done())
    print(t.cancel())

asyncio.run(main())
