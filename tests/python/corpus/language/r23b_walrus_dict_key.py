d = {(k := "a"): 1}
print(d, k)
print({(n := 2): n * 10, (n := 3): n})
print({(k := c): 1 for c in "xy"})
print([(w := 5), w])
print({(s := 1), s + 1})
