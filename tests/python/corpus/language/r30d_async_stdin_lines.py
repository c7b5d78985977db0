# An async program reading commands from stdin with to_thread-free input() between awaits
import asyncio


async def handle(cmd, arg):
    await asyncio.sleep(0.01)
    match cmd:
        case "add":
            return sum(map(int, arg.split()))
        case "upper":
            return arg.upper()
        case _:
            raise ValueError(f"unknown command {cmd!r}")


async def main():
    results = []
    while True:
        try:
            line = input()
        except EOFError:
            break
        cmd, _, arg = line.partition(" ")
        try:
            results.append(await handle(cmd, arg))
        except ValueError as e:
            print("error:", e)
    print(results)


asyncio.run(main())
