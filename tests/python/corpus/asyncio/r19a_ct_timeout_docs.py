# docs "Timeouts": asyncio.timeout, handled and checked with expired()
import asyncio

async def long_running_task():
    await asyncio.sleep(3600)

async def main():
    try:
        async with asyncio.timeout(0.2):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.")

    async with asyncio.timeout(0.2) as cm:
        await asyncio.sleep(0.05)
    print("expired:", cm.expired(), "when is set:", cm.when() is not None)

    try:
        async with asyncio.timeout(0.1) as cm:
            await long_running_task()
    except TimeoutError as e:
        print("caught", type(e).__name__, repr(e), e.__cause__ is not None,
              type(e.__cause__).__name__)
    if cm.expired():
        print("Looks like we haven't finished on time.")

asyncio.run(main())
