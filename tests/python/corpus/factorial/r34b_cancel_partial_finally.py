# Cancel a long factorial part-way; its finally block reports how far it got.
import asyncio


async def factorial(n, state):
    state["value"] = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.2)
            state["value"] *= i
            state["i"] = i
        return state["value"]
    except asyncio.CancelledError:
        print("cancelled while computing", n)
        raise
    finally:
        print(f"finally: reached {state.get('i')}! = {state['value']}")


async def main():
    state = {}
    task = asyncio.create_task(factorial(20, state))
    await asyncio.sleep(0.55)
    print("cancel() returned", task.cancel("too slow"))
    try:
        await task
    except asyncio.CancelledError as e:
        print("main saw CancelledError:", e.args)
    print("task.cancelled():", task.cancelled(), "done:", task.done())


asyncio.run(main())
