# nested replacement fields inside f-strings
width, prec = 12, 3
value = 3.14159265
for w in (6, 10, 14):
    print(f"[{value:{w}.{prec}f}]")
for align in "<^>":
    print(f"[{'mid':{align}{width}}]")
fill = "."
print(f"[{'dots':{fill}^{width}}]")
spec = "+,.2f"
print(f"{1234567.891:{spec}}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
namew = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{namew}} | {price:>{width - 4}.2f} | {qty:0{3}d} | {price * qty:{'>'}{8},.{2}f}")
print(f"{'total':>{namew}} = {sum(p * q for _, p, q in rows):.{prec + 1}f}")
print(f"{f'{value:.2f}':>10}|")
print("{:{}{}{}}".format(7, "0", ">", 5), "{0:{1}}".format("x", 4) + "|")
