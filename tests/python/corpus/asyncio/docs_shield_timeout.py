import asyncio

async def long_running_task():
    print("long task starts")
    await asyncio.sleep(2)
    print("never printed")

async def main():
    try:
        async with asyncio.timeout(0.5):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")

    async with asyncio.timeout(None) as cm:
        new_deadline = asyncio.get_running_loop().time() + 0.3
        cm.reschedule(new_deadline)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("not reached")

asyncio.run(main())
