# A Semaphore limits downloads to two at a time; the peak and the start order are printed
import asyncio


async def download(sem, n, state):
    async with sem:
        state["now"] += 1
        state["peak"] = max(state["peak"], state["now"])
        state["order"].append(n)
        await asyncio.sleep(0.01 * (1 + n % 3))
        state["now"] -= 1
    return n


async def main():
    sem = asyncio.Semaphore(2)
    state = {"now": 0, "peak": 0, "order": []}
    out = await asyncio.gather(*(download(sem, n, state) for n in range(6)))
    print(out, "peak", state["peak"])
    print("started", state["order"][:2], "first")


asyncio.run(main())
