# modular inverses for a little RSA toy
for a, m in [(3, 7), (2, 9), (4, 8)]:
    print(a, m, pow(a, -1, m))
# (end of the program)
# (end of the program)
