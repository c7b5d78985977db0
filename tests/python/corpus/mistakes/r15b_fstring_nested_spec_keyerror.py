# Mistake: a KeyError inside an f-string's nested format spec (the width looked up by a wrong key).
widths = {"name": 10, "delay": 6}
rows = [("alpha", 1.5), ("beta", 0.25)]

def show(name, delay):
    print(f"{name:<{widths['name']}}|{delay:>{widths['delays']}.2f}")

for name, delay in rows:
    show(name, delay)
