import asyncio

async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up, is_set =", event.is_set())

async def main():
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.02)
    print("setting")
    event.set()
    await asyncio.gather(*waiters)
    event.clear()
    print("cleared:", event.is_set())
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.sleep(0.01)
    print("late done?", late.done())
    event.set()
    event.clear()
    await late
    print("set then cleared still wakes it")

asyncio.run(main())
