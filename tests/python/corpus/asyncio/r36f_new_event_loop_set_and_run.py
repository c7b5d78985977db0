# Create a loop by hand, set it as current, schedule tasks and run until one completes.
import asyncio

async def count(n):
    for i in range(n):
        await asyncio.sleep(0.01)
    return n

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    t1 = loop.create_task(count(3))
    t2 = loop.create_task(count(6))
    print(loop.run_until_complete(t1), t2.done())
    print(loop.run_until_complete(t2))
    print(asyncio.get_event_loop() is loop)
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)
print("loop closed:", loop.is_closed())
