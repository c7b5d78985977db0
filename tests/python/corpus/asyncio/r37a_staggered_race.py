# Start attempts 0.05 s apart; the first to succeed wins and the others are cancelled
import asyncio

DELAYS = {"primary": 0.3, "backup": 0.08, "third": 0.5}


async def attempt(name):
    try:
        await asyncio.sleep(DELAYS[name])
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def race(names, stagger):
    tasks = []
    for name in names:
        tasks.append(asyncio.create_task(attempt(name), name=name))
        done, _ = await asyncio.wait(tasks, timeout=stagger, return_when=asyncio.FIRST_COMPLETED)
        if done:
            break
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    for t in tasks:
        if t is not winner:
            t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return winner.result(), [t.get_name() for t in tasks if t.cancelled()]


async def main():
    print(await race(["primary", "backup", "third"], 0.05))


asyncio.run(main())
