# Two tasks hand a ball back and forth through two queues.
import asyncio

async def player(name, inbox, outbox, rounds):
    for _ in range(rounds):
        ball = await inbox.get()
        print(f'{name} got the ball ({ball})')
        await asyncio.sleep(0.01)
        await outbox.put(ball + 1)
    print(name, 'is done')

async def main():
    to_ping, to_pong = asyncio.Queue(), asyncio.Queue()
    ping = asyncio.create_task(player('ping', to_ping, to_pong, 3))
    pong = asyncio.create_task(player('pong', to_pong, to_ping, 3))
    await to_ping.put(0)
    await asyncio.gather(ping, pong)
    print('ball ends at', to_ping.get_nowait())

asyncio.run(main())
