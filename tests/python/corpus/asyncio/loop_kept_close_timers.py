# loop.close() drops the loop's timers with its callbacks, as CPython's
# close() clears its scheduled handles: a task asleep in the closed loop
# never wakes, even once its time has passed, a call_later never runs;
# at exit each task is destroyed, its finally running then.
import asyncio, time

async def sleeper(n, delay):
    try:
        await asyncio.sleep(delay)
        print("sleeper", n, "woke in a closed loop")
    finally:
        print("sleeper", n, "finally")

async def main():
    global first
    first = asyncio.create_task(sleeper(1, 0.3))
    asyncio.create_task(sleeper(2, 0.2))
    asyncio.get_running_loop().call_later(0.2, print, "call_later ran in a closed loop")
    await asyncio.sleep(0.01)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
time.sleep(0.4)
print("end", first.done())
