# test_runners: test_asyncio_run_cancels_hanging_tasks / a leftover that fails on cancel
import asyncio

async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled at shutdown")
        raise ZeroDivisionError("during cancel")

async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0.01)
    print("main returns")
    return "result"

print(asyncio.run(main()))
