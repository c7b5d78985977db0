# Cancel a task with a message and see the message inside the task and in the awaiting code.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside worker:", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("server shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees:", e.args, str(e))
    print(t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)

asyncio.run(main())
