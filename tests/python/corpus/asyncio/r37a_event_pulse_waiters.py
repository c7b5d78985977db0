# set() then clear() right away: waiters already waiting still wake, later waiters block
import asyncio


async def waiter(name, ev, log):
    await ev.wait()
    log.append(name)


async def main():
    ev = asyncio.Event()
    log = []
    early = [asyncio.create_task(waiter(f"early{i}", ev, log)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    late = asyncio.create_task(waiter("late", ev, log))
    await asyncio.sleep(0.01)
    print("woken:", log, "| is_set:", ev.is_set(), "| late done:", late.done())
    ev.set()
    await late
    print("woken:", log)
    print("wait on a set event returns", await ev.wait())


asyncio.run(main())
