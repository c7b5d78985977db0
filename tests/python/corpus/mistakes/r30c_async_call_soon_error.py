# A callback scheduled with call_soon that raises: logged, loop continues.
import asyncio

def on_tick(state):
    state["ticks"] += 1
    print("tick", state["tick"])

async def main():
    loop = asyncio.get_running_loop()
    state = {"ticks": 0}
    loop.call_soon(on_tick, state)
    await asyncio.sleep(0.01)
    print("ticks so far", state["ticks"])

asyncio.run(main())
