# event loop policies (get/set_event_loop_policy, the default one's loops), the protocol classes a program may subclass, asyncio's stream exceptions
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy), policy is asyncio.get_event_loop_policy())
loop = policy.new_event_loop()
policy.set_event_loop(loop)
print(policy.get_event_loop() is loop, asyncio.get_event_loop() is loop)
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
print('new policy, same loop:', asyncio.get_event_loop() is loop)
loop.close()
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print('TypeError:', e)
asyncio.set_event_loop_policy(None)

class Echo(asyncio.Protocol):
    def data_received(self, data):
        print('received', data)

p = Echo()
print(p.connection_made(None), p.eof_received(), isinstance(p, asyncio.BaseProtocol))
print([c.__name__ for c in Echo.__mro__], asyncio.Protocol.__module__)
e = asyncio.IncompleteReadError(b'abc', 10)
print(e, e.partial, e.expected, isinstance(e, EOFError))
print(asyncio.IncompleteReadError(b'', None))
l = asyncio.LimitOverrunError('separator not found', 7)
print(repr(l), l.consumed, issubclass(asyncio.SendfileNotAvailableError, RuntimeError))

async def main():
    loop = asyncio.get_running_loop()
    print(loop.slow_callback_duration, loop.get_debug())
    await asyncio.sleep(0)

asyncio.run(main())
