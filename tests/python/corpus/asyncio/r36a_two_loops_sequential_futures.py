# Two event loops used one after the other; a future from the first cannot be awaited in the second
import asyncio

first = asyncio.new_event_loop()
fut = first.create_future()
first.call_soon(fut.set_result, "from first")
print(first.run_until_complete(fut))
print(fut.get_loop() is first)
first.close()

second = asyncio.new_event_loop()


async def use_old():
    return await fut


print(second.run_until_complete(use_old()))
second.close()
