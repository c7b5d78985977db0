# A chat bot that parses "/commands" with shlex.split and dispatches them to async handlers
import asyncio
import shlex

async def cmd_say(*words):
    return " ".join(words)

async def cmd_remind(delay, *msg):
    await asyncio.sleep(float(delay))
    return f"reminder: {' '.join(msg)}"

COMMANDS = {"say": cmd_say, "remind": cmd_remind}

async def handle(line):
    try:
        name, *args = shlex.split(line.removeprefix("/"))
        return await COMMANDS[name](*args)
    except KeyError as e:
        return f"unknown command {e}"
    except ValueError as e:
        return f"parse error: {e}"

async def main():
    lines = ['/say "hello there" friend', "/remind 0.01 'stand up'", "/dance", '/say "unclosed']
    for reply in await asyncio.gather(*map(handle, lines)):
        print(reply)
    print(shlex.join(["say", "two words", "it's"]))

asyncio.run(main())
