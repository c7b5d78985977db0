# An event-driven async state machine using match on message tuples
import asyncio

async def machine(inbox):
    state = "idle"
    while True:
        msg = await inbox.get()
        match (state, msg):
            case (_, ("quit",)):
                print("quitting from", state)
                return state
            case ("idle", ("start", int(n))):
                state = f"running:{n}"
            case (s, ("tick",)) if s.startswith("running"):
                n = int(s.split(":")[1]) - 1
                state = f"running:{n}" if n else "idle"
            case (s, other):
                print(f"ignored {other} in {s}")
        print("state ->", state)

async def main():
    inbox = asyncio.Queue()
    for m in [("tick",), ("start", 2), ("tick",), ("start", 5), ("tick",), ("quit",)]:
        inbox.put_nowait(m)
    print("final:", await machine(inbox))

asyncio.run(main())
