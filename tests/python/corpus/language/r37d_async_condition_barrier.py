# Coordinating runners with asyncio.Barrier (3.11) and a Condition notifying waiters of a shared state.
import asyncio

async def runner(name, delay, barrier, log):
    await asyncio.sleep(delay)
    log.append(f"{name} ready")
    idx = await barrier.wait()
    log.append(f"{name} passed")
    return idx

async def consumer(cond, state, name):
    async with cond:
        await cond.wait_for(lambda: state["items"] > 0)
        state["items"] -= 1
        return f"{name} got one, {state['items']} left"

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    idxs = await asyncio.gather(*(runner(n, d, barrier, log) for n, d in [("a", 0.01), ("b", 0.2), ("c", 0.1)]))
    print(log, sorted(idxs), barrier.parties, barrier.n_waiting, barrier.broken)
    cond = asyncio.Condition()
    state = {"items": 0}
    tasks = [asyncio.create_task(consumer(cond, state, n)) for n in ("x", "y")]
    await asyncio.sleep(0.01)
    async with cond:
        state["items"] = 1
        cond.notify_all()
    await asyncio.sleep(0.01)
    print([t.done() for t in tasks])
    async with cond:
        state["items"] += 1
        cond.notify()
    print(await asyncio.gather(*tasks))
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("broken barrier:", barrier.broken)
    cond.notify()

asyncio.run(main())
