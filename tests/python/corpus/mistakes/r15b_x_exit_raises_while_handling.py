# Mistake: an except block calls a cleanup helper that fails too; three errors are chained.
import asyncio

def cleanup(state):
    state["open"] -= 1
    return state["closed"]

async def job(state):
    state["open"] += 1
    try:
        await asyncio.sleep(0.01)
        raise ConnectionError("lost")
    except ConnectionError:
        cleanup(state)

async def main():
    state = {"open": 0}
    try:
        await job(state)
    finally:
        print("open:", state["open"], state["cause"])

asyncio.run(main())
