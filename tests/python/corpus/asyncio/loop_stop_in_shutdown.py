# loop.stop() in a task's cleanup while asyncio.run (or Runner.close())
# cancels what main left: that shutdown ends with "Event loop stopped
# before Future completed.", and the next run is not stopped by it.
import asyncio

async def stubborn(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(name, "cleanup stops the loop")
        asyncio.get_running_loop().stop()

async def leaves(name):
    asyncio.create_task(stubborn(name))
    await asyncio.sleep(0)
    return name + " returned"

async def sleeps_twice():
    await asyncio.sleep(0.1)
    print("slept once")
    await asyncio.sleep(0.1)
    return "slept twice"

try:
    print(asyncio.run(leaves("run")))
except RuntimeError as e:
    print("asyncio.run:", e)
print(asyncio.run(sleeps_twice()))

runner = asyncio.Runner()
print(runner.run(leaves("runner")))
try:
    runner.close()
except RuntimeError as e:
    print("Runner.close:", e)
print("closed")
loop = asyncio.new_event_loop()
print(loop.run_until_complete(sleeps_twice()))
loop.close()
