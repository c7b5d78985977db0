# sys.hash_info and sys.dont_write_bytecode, as a learner checks before hashing big factorials
import sys
import math

print(sys.hash_info)
print(type(sys.hash_info).__name__, len(sys.hash_info), sys.hash_info[1] == 2 ** 61 - 1)
print(hash(math.factorial(25)) == math.factorial(25) % sys.hash_info.modulus)
print(hash(float('inf')) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(sys.dont_write_bytecode == bool(sys.flags.dont_write_bytecode))
