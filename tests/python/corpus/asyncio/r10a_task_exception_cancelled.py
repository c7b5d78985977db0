import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('shutdown')
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception() raised CancelledError', e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised CancelledError', e.args)

asyncio.run(main())
