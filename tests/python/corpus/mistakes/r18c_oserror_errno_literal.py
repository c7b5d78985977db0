import asyncio

async def connect(host, port):
    await asyncio.sleep(0)
    if port == 0:
        raise ConnectionRefusedError(111, f"Connect call failed ('{host}', {port})")
    if port > 65535:
        raise OSError(f"bad port {port}")
    return f"{host}:{port}"

async def main():
    for port in [80, 70000, 0]:
        try:
            print(await connect("127.0.0.1", port))
        except OSError as exc:
            print(type(exc).__name__, exc.errno, exc.strerror, "|", exc)
    await connect("127.0.0.1", 0)

asyncio.run(main())
