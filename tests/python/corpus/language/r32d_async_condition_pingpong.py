# Two tasks playing ping-pong with an asyncio.Condition and a shared turn variable
import asyncio

turn = "ping"


async def player(me, other, cond, rounds, out):
    global turn
    for i in range(rounds):
        async with cond:
            await cond.wait_for(lambda: turn == me)
            out.append(f"{me} {i}")
            turn = other
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    out = []
    await asyncio.gather(player("pong", "ping", cond, 3, out), player("ping", "pong", cond, 3, out))
    print(out)
    print(cond.locked())
    await cond.wait()


asyncio.run(main())
