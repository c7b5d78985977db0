import asyncio


def frame(command, payload):
    header = command.encode("ascii")
    return header + b" " + payload + b"\r\n"


async def send(lines):
    out = []
    for cmd, payload in lines:
        await asyncio.sleep(0)
        out.append(frame(cmd, payload))
    return b"".join(out)


async def main():
    print(await send([("PING", b"1")]))
    print(await send([("SET", b"key"), ("GET", "key")]))


asyncio.run(main())
