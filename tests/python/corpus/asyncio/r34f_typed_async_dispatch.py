# A command dispatcher: dict of async handlers typed Callable[..., Awaitable[str]], with match.
import asyncio
from typing import Awaitable, Callable

Handler = Callable[[list[str]], Awaitable[str]]

async def greet(args: list[str]) -> str:
    await asyncio.sleep(0)
    return "hello " + " and ".join(args or ["nobody"])

async def add(args: list[str]) -> str:
    return str(sum(map(int, args)))

HANDLERS: dict[str, Handler] = {"greet": greet, "add": add}

async def dispatch(line: str) -> str:
    match line.split():
        case []:
            return "(empty)"
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *args] if cmd in HANDLERS:
            try:
                return await HANDLERS[cmd](args)
            except ValueError as e:
                return f"error: {e}"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"

async def main():
    for line in ["greet Ann Bo", "greet", "add 1 2 39", "add 1 x", "", "jump 3", "exit"]:
        print(f"{line!r:>16} -> {await dispatch(line)}")
    print(Handler)

asyncio.run(main())
