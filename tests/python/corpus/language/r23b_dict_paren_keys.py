x = "k"
print({(x): 1})
print({(x + "2"): 2, ("a", "b"): 3})
print({(x): i for i in range(2)})
print({(1 if x else 2): "cond"})
f = lambda: 1
print(len({(lambda: 1): 2}), {(f()): "call"})
print({(yield_ := 5) if False else "plain": 0})
