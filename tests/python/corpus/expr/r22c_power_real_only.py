# ** results that stay real: zero, one, big, modular
print(0 ** 0, 0.0 ** 0, 1 ** 1e308, (-1) ** 2.0, (-2.0) ** 3, (-8) ** 1.0)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5), pow(5, 0, 1), pow(38, -1, 97))
print(2 ** 0.5, 2 ** -0.5, 0.5 ** -2, 1.0000001 ** 1e7)
print(10 ** 15, 10.0 ** 15, 10 ** 16 == 10.0 ** 16, 10 ** 22 == 10.0 ** 22, 10 ** 23 == 10.0 ** 23)
print(len(str(7 ** 777)), str(3 ** 100)[-10:])
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)
print(-3 ** 2, (-3) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(True ** 10, 2 ** True, 2 ** False)
for expr in ["0 ** -1", "0.0 ** -1", "pow(2, -1, 4)", "10.0 ** 400", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "2 ** None"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
