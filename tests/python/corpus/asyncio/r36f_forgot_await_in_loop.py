# A typical mistake: calling an async function in a loop without await, then printing the results.
import asyncio

async def save(record):
    await asyncio.sleep(0.01)
    return f"saved {record}"

async def main():
    outcomes = []
    for r in ["alice", "bob"]:
        outcomes.append(save(r))
    print([type(o).__name__ for o in outcomes])
    print("done without saving")

asyncio.run(main())
print("program end")
