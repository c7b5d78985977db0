# Student schedules the work before starting the event loop.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"factorial({n}) = {result}")
    return result

early = asyncio.ensure_future(factorial(3))
print(type(early).__name__, early.done())

async def main():
    return await factorial(4)

print('Main - Starting')
print(asyncio.run(main()))
print('early task done?', early.done())
loop = asyncio.get_event_loop()
print(loop.run_until_complete(early))
