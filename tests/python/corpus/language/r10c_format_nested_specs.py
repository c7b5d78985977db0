data = {"alpha": 1.5, "beta": 22.125, "gamma": 333.0}
w = max(len(k) for k in data)
for k, v in data.items():
    print(f"{k:<{w}} : {v:>{w + 2}.{2}f}")
for align in "<^>":
    print(f"[{'ab':{align}6}]")
spec = ">10.3f"
print(f"{3.14159:{spec}}")
print("{0:{1}}".format(42, "*^9"))
print("{:{}{}}".format("x", "_", 5))
print("{0[0]:{0[1]}}".format(("y", ">4")))
print("{a:{b}.{c}}".format(a=2 / 3, b=8, c=3))
print("{:{width}.{prec}}".format("truncated", width=6, prec=4))
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(e)
print("{!r:^{}}".format("s", 7))
fmt = "{:" + str(w) + "}|"
print(fmt.format("ok"))
print(format(12345.678, f",.{1}f"))
