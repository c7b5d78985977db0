# Peeking at what Python compiles a function into, with dis and the code object's attributes
import dis


def add_one(x):
    y = x + 1
    return y


code = add_one.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_consts, code.co_filename.endswith(".py"))
print(code.co_firstlineno, code.co_nlocals, type(code).__name__)
dis.dis(add_one)
print([ins.opname for ins in dis.get_instructions(add_one)][:3])
