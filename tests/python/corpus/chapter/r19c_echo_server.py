# The echo server / client from the asyncio streams tutorial
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    print(f"Server received {message!r}")
    writer.write(message.upper().encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Client send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Client received: {data.decode()!r}')
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving(), isinstance(port, int))
    async with server:
        await tcp_echo_client('Hello World!', port)
        await tcp_echo_client('second message', port)
    print("serving after close:", server.is_serving())

asyncio.run(main())
