# test_tasks: cancel() twice before the task runs: cancelling() counts both, first message wins
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancelling())
    print(t.cancel('second'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('args:', e.args)
    print(t.cancel('third'), t.cancelled())

asyncio.run(main())
