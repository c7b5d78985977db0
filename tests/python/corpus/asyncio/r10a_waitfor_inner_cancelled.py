import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper())
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    try:
        await asyncio.wait_for(t, 0.5)
    except asyncio.CancelledError:
        print('CancelledError from the inner task')
        print('main cancelling:', asyncio.current_task().cancelling())
    except TimeoutError:
        print('TimeoutError (wrong)')
    print('t cancelled:', t.cancelled())

asyncio.run(main())
