# Building a list of coroutines and forgetting to run them
import asyncio

async def notify(user):
    await asyncio.sleep(0.01)
    print("notified", user)

async def main():
    pending = [notify(u) for u in ("ana", "bo")]
    print("queued", len(pending), "notifications")
    del pending
    print("done")

asyncio.run(main())
