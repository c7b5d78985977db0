# Schedule reminders at absolute loop times with call_at, added out of order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fired = []
    done = asyncio.Event()
    reminders = [("tea", 0.3), ("stretch", 0.1), ("email", 0.2), ("lunch", 0.4)]
    def fire(name):
        fired.append(name)
        print("reminder:", name)
        if len(fired) == len(reminders):
            done.set()
    handles = [loop.call_at(start + delay, fire, name) for name, delay in reminders]
    print([type(h).__name__ for h in handles][:1], handles[0].when() - start == 0.3)
    await done.wait()
    print(fired)

asyncio.run(main())
