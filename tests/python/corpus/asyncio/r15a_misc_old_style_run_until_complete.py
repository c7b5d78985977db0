# The pre-3.7 style: new_event_loop, run_until_complete of gather, close
import asyncio

async def compute(x, y):
    print(f"Compute {x} + {y} ...")
    await asyncio.sleep(0.05)
    return x + y

async def print_sum(x, y):
    result = await compute(x, y)
    print(f"{x} + {y} = {result}")
    return result

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    results = loop.run_until_complete(asyncio.gather(print_sum(1, 2), print_sum(3, 4)))
    print(results)
finally:
    loop.close()
