# two workers taking turns with an asyncio.Condition
import asyncio

async def player(name, my_turn, cond, state, rounds):
    for _ in range(rounds):
        async with cond:
            await cond.wait_for(lambda: state['turn'] == my_turn)
            print(name, 'plays move', state['moves'])
            state['moves'] += 1
            state['turn'] = 1 - my_turn
            cond.notify_all()

async def do_something():
    cond = asyncio.Condition()
    state = {'turn': 0, 'moves': 0}
    await asyncio.gather(player('ping', 0, cond, state, 3), player('pong', 1, cond, state, 3))
    print('total moves', state['moves'])

asyncio.run(do_something())
