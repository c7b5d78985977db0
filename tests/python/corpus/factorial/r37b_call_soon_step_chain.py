# Computing a factorial with no coroutines at all: each multiplication step is a callback scheduled with call_later.
import asyncio


def step(loop, state, done):
    if state["i"] > state["n"]:
        done.set_result(state["acc"])
        return
    state["acc"] *= state["i"]
    print(f"  step {state['i']}: acc={state['acc']}")
    state["i"] += 1
    loop.call_later(0.01, step, loop, state, done)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(step, loop, {"n": 6, "i": 1, "acc": 1}, done)
    print("6! =", await done)


asyncio.run(main())
