import asyncio


async def player(barrier, name, log):
    for phase in range(3):
        await asyncio.sleep(0.01 * len(name))
        log.append((phase, name))
        idx = await barrier.wait()
        if idx == 0:
            print(f"phase {phase} complete: {sorted(n for p, n in log if p == phase)}")


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    async with asyncio.TaskGroup() as tg:
        for name in ["ann", "bo", "cyrus"]:
            tg.create_task(player(barrier, name, log))
    print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)


asyncio.run(main())
