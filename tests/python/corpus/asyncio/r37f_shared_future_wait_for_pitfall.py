# Pitfall: wait_for on a shared future cancels it for every waiter; shield() keeps it alive
import asyncio

async def impatient(name, fut, t):
    try:
        print(name, "got", await asyncio.wait_for(fut, t))
    except TimeoutError:
        print(name, "timed out")

async def patient(name, fut):
    try:
        print(name, "got", await fut)
    except asyncio.CancelledError:
        print(name, "saw the shared future cancelled")

async def scenario(wrap):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, lambda: fut.done() or fut.set_result("config"))
    await asyncio.gather(impatient("A", wrap(fut), 0.05), patient("B", fut))
    print("future cancelled?", fut.cancelled())

async def main():
    await scenario(lambda f: f)
    print("--- with shield")
    await scenario(asyncio.shield)

asyncio.run(main())
