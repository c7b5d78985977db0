# One party never arrives: timeouts on barrier.wait() do not break it, so we abort() it by hand
import asyncio


async def party(name, barrier, timeout):
    try:
        await asyncio.wait_for(barrier.wait(), timeout)
        return f"{name} passed"
    except TimeoutError:
        return f"{name} timed out"
    except asyncio.BrokenBarrierError:
        return f"{name} saw a broken barrier"


async def main():
    barrier = asyncio.Barrier(3)
    results = await asyncio.gather(party("a", barrier, 0.05), party("b", barrier, 0.2))
    print(results)
    print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
    late = asyncio.create_task(party("c", barrier, 1))
    await asyncio.sleep(0.01)
    print("waiting now:", barrier.n_waiting)
    await barrier.abort()
    print(await late, "| broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("late arrival:", type(e).__name__, e.args)
    await barrier.reset()
    print("after reset broken:", barrier.broken)


asyncio.run(main())
