import itertools as it

print(list(it.permutations("abc")))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.product("xy", repeat=2)))
print(list(it.product([1, 2], ["a", "b"], [True])))
print(len(list(it.permutations(range(6)))))
for p in it.permutations("123", 3):
    print("".join(p), end=" ")
print()
print(type(it.permutations("ab")).__name__, type(it.product("ab")))
