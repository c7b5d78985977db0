# docs "Task.uncancel": structured timeout block, outer code not affected
import asyncio

async def make_request():
    await asyncio.sleep(0.1)
    print("first request done")

async def make_another_request():
    await asyncio.sleep(1)
    print("never printed")

async def unrelated_code():
    await asyncio.sleep(0.1)
    print("unrelated code ran; cancelling =", asyncio.current_task().cancelling())

async def make_request_with_timeout():
    try:
        async with asyncio.timeout(0.3):
            await make_request()
            await make_another_request()
    except TimeoutError:
        print("There was a timeout")
    await unrelated_code()
    return "ok"

async def main():
    t = asyncio.create_task(make_request_with_timeout())
    print(await t, t.cancelling(), t.cancelled())

asyncio.run(main())
