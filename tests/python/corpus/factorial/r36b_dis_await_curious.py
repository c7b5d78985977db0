# Curious how await looks in bytecode: list the opcode names used by my async factorial.
import asyncio
import dis


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r


ops = [ins.opname for ins in dis.get_instructions(factorial)]
print("has SEND:", "SEND" in ops, "has YIELD_VALUE:", "YIELD_VALUE" in ops)
print("has GET_AWAITABLE:", "GET_AWAITABLE" in ops)
print("code flags coroutine:", bool(factorial.__code__.co_flags & 0x80))
print(asyncio.run(factorial(5)))
