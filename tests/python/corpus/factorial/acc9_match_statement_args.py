# The match statement to interpret commands for the factorial program.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r

async def handle(cmd):
    match cmd.split():
        case ["fact", n] if n.isdigit():
            return f"{n}! = {await factorial(int(n))}"
        case ["fact", *ns] if ns and all(x.isdigit() for x in ns):
            vals = await asyncio.gather(*(factorial(int(x)) for x in ns))
            return ", ".join(f"{x}!={v}" for x, v in zip(ns, vals))
        case ["fact"]:
            return "usage: fact N..."
        case ["quit" | "exit"]:
            return "bye"
        case [("help" | "?") as word, *rest]:
            return f"{word}: try 'fact 5' ({len(rest)} extra)"
        case []:
            return "empty"
        case [other, *_]:
            return f"unknown command {other!r}"

async def main():
    for cmd in ["fact 5", "fact 3 4 6", "fact", "fact x", "quit", "? a b", "", "go now"]:
        print(repr(cmd), "->", await handle(cmd))

asyncio.run(main())
