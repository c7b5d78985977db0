# cancel('a') then cancel('b') on a task: which message does the task's coroutine see, and the awaiter?
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('sleeper sees', e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel('a'), t.cancel('b'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiter sees', e.args)
    u = asyncio.create_task(sleeper())
    print(u.cancel('x'), u.cancel('y'), u.cancelling())
    try:
        await u
    except asyncio.CancelledError as e:
        print('unstarted awaiter sees', e.args)
    print(u.cancel('z'), u.cancelling())

asyncio.run(main())
