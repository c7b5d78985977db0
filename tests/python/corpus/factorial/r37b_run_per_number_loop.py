# Calling asyncio.run once per number in a for loop (it works, but each run is a new event loop).
import asyncio


async def factorial(n):
    loop_id = id(asyncio.get_running_loop())
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r, loop_id, asyncio.current_task().get_name()


seen_loops = set()
for n in [5, 7, 3]:
    value, loop_id, name = asyncio.run(factorial(n))
    seen_loops.add(loop_id)
    print(f"{n}! = {value} (task {name})")
print("distinct loops (at most 3):", 1 <= len(seen_loops) <= 3)
