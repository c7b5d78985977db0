# Does the cancel message reach the coroutine and the awaiting caller?
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside sleeper:", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caller sees:", e.args)
    print("cancelled():", t.cancelled())
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raised CancelledError:", e.args)

asyncio.run(main())
