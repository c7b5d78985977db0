width, precision = 12, 3
value = 2 ** 0.5
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}.{precision + 2}}]")
for align in "<^>":
    print(f"[{'mid':{align}{width}}]")
fill = "~"
print(f"[{'x':{fill}^{width}}]")
table = {"alpha": 1.5, "beta": 22.25, "gamma": 333.125}
w = max(map(len, table)) + 2
for k, v in table.items():
    print(f"{k:<{w}}{v:>{10}.{2}f}")
spec = ">8,.1f"
print(f"[{1234567.89:{spec}}]")
for base in "bxo":
    print(f"{255:#{base}} {255:0>12{base}}")
print("{:{}{}}".format("z", ">", 5))
print("{0:{1}}|{2:{fill}>{w}}".format(7, "03", "r", fill="*", w=4))
