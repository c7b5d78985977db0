# Testing async code with unittest.mock.AsyncMock: awaited calls, side effects and assertions
import asyncio
from unittest import mock


async def notify_all(client, users):
    sent = []
    for u in users:
        try:
            sent.append(await client.send(u, text="hi"))
        except ConnectionError as e:
            sent.append(f"failed: {e}")
    return sent


async def main():
    client = mock.AsyncMock()
    client.send.side_effect = ["ok-a", ConnectionError("b offline"), "ok-c"]
    print(await notify_all(client, ["a", "b", "c"]))
    print(client.send.await_count, client.send.call_args)
    client.send.assert_awaited_with("c", text="hi")
    print(asyncio.iscoroutinefunction(client.send))
    m = mock.AsyncMock(return_value=42)
    coro = m(1, 2)
    print(type(coro).__name__, m.called, m.await_count)
    print(await coro, m.await_count, m.await_args)
    try:
        m.assert_awaited_once_with(3)
    except AssertionError as e:
        print("AssertionError:", str(e).splitlines()[0])


asyncio.run(main())
